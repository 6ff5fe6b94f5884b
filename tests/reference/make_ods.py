"""Fixtures and references for TestOdsReader.

Writes flat-XML spreadsheets (.fods) whose values are known here, lets LibreOffice (soffice --headless) turn
them into .ods files -- so the reader is tested on LibreOffice's own encoding (repeated rows and columns,
styles, cached formula results) -- and checks LibreOffice's CSV export of every sheet against the expected
values before writing them to tests/fixtures/reference/ods_*.json. Also writes the broken files the reader
must reject. Run with /usr/bin/python3; needs LibreOffice (soffice) on PATH.
"""
import csv
import datetime
import io
import json
import math
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', 'fixtures', 'ods')
REFERENCE = os.path.join(HERE, '..', 'fixtures', 'reference')
EPOCH = datetime.datetime(1970, 1, 1)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')

STYLES = '''<office:automatic-styles>
 <number:date-style style:name="N_DATE"><number:year number:style="long"/><number:text>-</number:text>
  <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="N_STAMP"><number:year number:style="long"/><number:text>-</number:text>
  <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>
  <number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text>
  <number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
 <number:time-style style:name="N_TIME"><number:hours number:style="long"/><number:text>:</number:text>
  <number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>
 <number:percentage-style style:name="N_PCT"><number:number number:decimal-places="0" number:min-integer-digits="1"/>
  <number:text>%</number:text></number:percentage-style>
 <number:currency-style style:name="N_EUR"><number:number number:decimal-places="2" number:min-integer-digits="1"/>
  <number:text> </number:text><number:currency-symbol>€</number:currency-symbol></number:currency-style>
 <style:style style:name="ce_eur" style:family="table-cell" style:data-style-name="N_EUR"/>
 <number:boolean-style style:name="N_BOOL"><number:boolean/></number:boolean-style>
 <style:style style:name="ce_bool" style:family="table-cell" style:data-style-name="N_BOOL"/>
 <style:style style:name="ta_visible" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
 <style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_DATE"/>
 <style:style style:name="ce_stamp" style:family="table-cell" style:data-style-name="N_STAMP"/>
 <style:style style:name="ce_time" style:family="table-cell" style:data-style-name="N_TIME"/>
 <style:style style:name="ce_pct" style:family="table-cell" style:data-style-name="N_PCT"/>
 <style:style style:name="ce_fill" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>
</office:automatic-styles>'''

MAX_ROWS, MAX_COLS = 1048576, 16384


def days(text):
    """Days since 1970-01-01 of an ISO date or date-time."""
    fmt = '%Y-%m-%dT%H:%M:%S' if 'T' in text else '%Y-%m-%d'
    return (datetime.datetime.strptime(text, fmt) - EPOCH).total_seconds() / 86400.0


def seconds_of_day(h, m, s):
    return (h * 3600 + m * 60 + s) / 86400.0


# A cell: (xml, expected JSON value or None for empty, csv check)
def num(v):
    return (f'<table:table-cell office:value-type="float" office:value="{v!r}"><text:p>{v}</text:p></table:table-cell>',
            {'t': 'number', 'v': v}, ('number', v))


def pct(v):
    return (f'<table:table-cell table:style-name="ce_pct" office:value-type="percentage" office:value="{v!r}">'
            f'<text:p>{round(v * 100)}%</text:p></table:table-cell>', {'t': 'number', 'v': v}, ('percent', v))


def cur(v):
    return (f'<table:table-cell table:style-name="ce_eur" office:value-type="currency" office:currency="EUR" office:value="{v!r}">'
            f'<text:p>{v} €</text:p></table:table-cell>', {'t': 'number', 'v': v}, ('currency', v))


def date(text):
    style = 'ce_stamp' if 'T' in text else 'ce_date'
    return (f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{text}">'
            f'<text:p>{text}</text:p></table:table-cell>', {'t': 'date', 'v': days(text)},
            ('text', text.replace('T', ' ')))


def time(h, m, s):
    return (f'<table:table-cell table:style-name="ce_time" office:value-type="time" '
            f'office:time-value="PT{h:02}H{m:02}M{s:02}S"><text:p>{h:02}:{m:02}:{s:02}</text:p></table:table-cell>',
            {'t': 'number', 'v': seconds_of_day(h, m, s)}, ('time', datetime.time(h, m, s)))


def boolean(v):
    word = 'true' if v else 'false'
    return (f'<table:table-cell table:style-name="ce_bool" office:value-type="boolean" office:boolean-value="{word}"><text:p>{word.upper()}</text:p>'
            '</table:table-cell>', {'t': 'boolean', 'v': 1 if v else 0}, ('text', word.upper()))


def text(markup, value):
    """A string cell whose paragraphs are given as markup; value is what a reader must return."""
    return (f'<table:table-cell office:value-type="string">{markup}</table:table-cell>', {'t': 'text', 'v': value},
            ('text', value))


def plain(value):
    return text(f'<text:p>{value}</text:p>', value)


def formula(expr, expected):
    """Cached value is left out: LibreOffice computes it while converting."""
    cell = f'<table:table-cell table:formula="of:={expr}"><text:p/></table:table-cell>'
    if isinstance(expected, str):
        return cell, {'t': 'error', 'v': expected}, ('text', expected)
    return cell, {'t': 'number', 'v': expected}, ('number', expected)


EMPTY = ('<table:table-cell/>', None, ('empty', None))
FILL_TAIL = f'<table:table-cell table:style-name="ce_fill" table:number-columns-repeated="{{n}}"/>'


def row(cells, fill_to=None):
    xml = ''.join(c[0] for c in cells)
    if fill_to:
        xml += FILL_TAIL.format(n=fill_to - len(cells))
    return f'<table:table-row>{xml}</table:table-row>'


def table(name, style, rows, fill=False):
    body = ''.join(row(r, MAX_COLS if fill else None) for r in rows)
    if fill:  # formatted but empty rows down to the last row LibreOffice has, as in sheets formatted whole
        body += (f'<table:table-row table:number-rows-repeated="{MAX_ROWS - len(rows)}">'
                 f'<table:table-cell table:style-name="ce_fill" table:number-columns-repeated="{MAX_COLS}"/>'
                 '</table:table-row>')
    return f'<table:table table:name="{name}" table:style-name="{style}">{body}</table:table>'


def fods(tables):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}<office:body>'
            f'<office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body></office:document>\n')


def data_rows():
    same = [plain('Same'), num(7), pct(0.1), cur(2.0), date('2000-02-29'), date('2000-02-29T00:00:00'),
            time(23, 59, 59), boolean(True), text('<text:p>two <text:s/>spaces</text:p>', 'two  spaces'), num(14)]
    return [
        [plain('Customer export 2024')],
        [],
        [plain(h) for h in ['Name', 'Amount', 'Share', 'Price', 'Day', 'Stamp', 'Time', 'Active', 'Note', 'Formula']],
        [plain('Ana'), num(12.5), pct(0.25), cur(3.5), date('2024-03-05'), date('2024-03-05T10:30:00'),
         time(10, 30, 0), boolean(True), text('<text:p>two</text:p><text:p>paragraphs</text:p>', 'two\nparagraphs'),
         formula('[.B4]*2', 25.0)],
        [plain('Bruno'), num(-3.0), pct(1.5), cur(0.0), date('1970-01-01'), date('1969-12-31T18:00:00'),
         time(0, 0, 1), boolean(False), text('<text:p>a <text:s text:c="2"/>b</text:p>', 'a   b'),
         formula('1/0', '#DIV/0!')],
        same, same, same,
        [plain('Gaps'), EMPTY, EMPTY, cur(1.25), EMPTY, EMPTY, EMPTY, EMPTY,
         text('<text:p><text:span>see </text:span><text:a xlink:href="https://example.org">the site</text:a>'
              '</text:p>', 'see the site'), formula('NA()', '#N/A')],
        [text('<text:p><text:s text:c="3"/>lead</text:p>', '   lead'), num(1e-07), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY,
         EMPTY, plain('Ünïcödé €'), formula('[.B10]+1', 1.0000001)],
    ]


SECRET_ROWS = [[plain('secret'), num(1.0)]]
SECOND_ROWS = [[plain('A'), plain('B')], [num(1.0), num(2.0)], [num(3.0), num(4.0)]]


def soffice(fmt, source, outdir):
    profile = 'file://' + os.path.join(tempfile.gettempdir(), 'segmenta_make_ods_profile')
    subprocess.run(['soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', fmt,
                    '--outdir', outdir, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def export_csv(ods, outdir):
    """LibreOffice's own reading of every sheet: raw values, UTF-8, one file per sheet."""
    soffice('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', ods, outdir)
    stem = os.path.splitext(os.path.basename(ods))[0]
    sheets = {}
    for name in os.listdir(outdir):
        if name.startswith(stem + '-') and name.endswith('.csv'):
            with open(os.path.join(outdir, name), encoding='utf-8', newline='') as f:
                sheets[name[len(stem) + 1:-4]] = list(csv.reader(f))
    return sheets


def parsed_time(text, fmt):
    try:
        return datetime.datetime.strptime(text, fmt).time()
    except ValueError:
        return None


def check_against_csv(sheet, rows, exported):
    """Every expected cell must be what LibreOffice exports for it."""
    for r, cells in enumerate(rows):
        line = exported[r] if r < len(exported) else []
        for c, (_, _, (kind, value)) in enumerate(cells):
            got = line[c] if c < len(line) else ''
            if kind == 'empty':
                ok = got == ''
            elif kind == 'text':
                ok = got == value
            elif kind == 'time':  # LibreOffice may show times in its locale's 12-hour form
                ok = any(parsed_time(got, fmt) == value for fmt in ('%H:%M:%S', '%I:%M:%S %p'))
            else:
                number = float(got.rstrip('%').replace(' €', '').replace('€', '').strip())
                number = number / 100 if got.endswith('%') else number
                ok = math.isclose(number, value, rel_tol=1e-12, abs_tol=1e-15)
            assert ok, f'{sheet} row {r + 1} column {c + 1}: LibreOffice exports {got!r}, expected {value!r}'


def expected_rows(rows):
    """[[sheet row, cells]] for the rows that hold a value, trailing empty cells dropped."""
    out = []
    for r, cells in enumerate(rows, start=1):
        values = [c[1] for c in cells]
        while values and values[-1] is None:
            values.pop()
        if values:
            out.append([r, values])
    return out


def repeat_equal_rows(ods):
    """LibreOffice repeats only empty rows when it saves; files from other producers (and older versions)
    also repeat rows with values. The three equal 'Same' rows LibreOffice wrote become one row repeated three
    times, and LibreOffice's CSV export of the result confirms it still reads them as three rows."""
    with zipfile.ZipFile(ods) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    content = dict(entries)['content.xml'].decode('utf-8')
    same = re.search(r'(<table:table-row[^>]*>)((?:(?!</table:table-row>).)*>Same<.*?</table:table-row>)', content)
    single = same.group(1) + same.group(2)
    assert content.count(single * 3) == 1, 'the three equal rows are not written alike'
    repeated = same.group(1)[:-1] + ' table:number-rows-repeated="3">' + same.group(2)
    content = content.replace(single * 3, repeated)
    write_zip(ods, [(n, content.encode('utf-8') if n == 'content.xml' else d) for n, d in entries])


def make_workbook(workdir):
    source = os.path.join(workdir, 'types.fods')
    with open(source, 'w', encoding='utf-8') as f:
        f.write(fods([table('Secret', 'ta_hidden', SECRET_ROWS), table('Data', 'ta_visible', data_rows(), fill=True),
                      table('Second', 'ta_visible', SECOND_ROWS)]))
    soffice('ods', source, workdir)
    ods = os.path.join(workdir, 'types.ods')
    repeat_equal_rows(ods)
    exported = export_csv(ods, workdir)
    sheets = {'Secret': SECRET_ROWS, 'Data': data_rows(), 'Second': SECOND_ROWS}
    for name, rows in sheets.items():
        check_against_csv(name, rows, exported[name])
    with zipfile.ZipFile(ods) as z:
        content = z.read('content.xml').decode('utf-8')
    # The fixture is only worth its name if LibreOffice used the encodings under test.
    assert re.search(r'number-rows-repeated="3"[^>]*>\s*<table:table-cell[^>]*office:value-type', content), \
        'LibreOffice did not write the three equal rows as one repeated row'
    assert re.search(r'number-rows-repeated="10485\d\d"', content), 'no huge run of empty rows'
    assert re.search(r'number-columns-repeated="163\d\d"', content), 'no huge run of empty cells'
    assert 'calcext:value-type="error"' in content, 'no cached formula error'
    for value_type in ('boolean', 'percentage', 'currency', 'date', 'time'):
        assert f'office:value-type="{value_type}"' in content, f'no {value_type} cell'
    shutil.copy(ods, os.path.join(FIXTURES, 'types.ods'))
    reference = {'sheets': [{'name': 'Secret', 'hidden': True}, {'name': 'Data', 'hidden': False},
                            {'name': 'Second', 'hidden': False}],
                 'rows': {name: expected_rows(rows) for name, rows in sheets.items()}}
    with open(os.path.join(REFERENCE, 'ods_types.json'), 'w', encoding='utf-8') as f:
        json.dump(reference, f, indent=1, ensure_ascii=False)
        f.write('\n')
    return ods


def write_zip(path, entries):
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in entries:
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED)


def make_broken(workdir, good):
    with open(os.path.join(FIXTURES, 'not_zip.ods'), 'w') as f:
        f.write('version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 1\n')
    # Only LibreOffice Calc is installed here, so the text document is a minimal ODT written directly.
    write_zip(os.path.join(FIXTURES, 'text_document.ods'), [
        ('mimetype', b'application/vnd.oasis.opendocument.text'),
        ('content.xml', b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
                        b'<text:p>Dear customer,</text:p></office:text></office:body></office:document-content>')])
    table_csv = os.path.join(workdir, 'book.csv')
    with open(table_csv, 'w') as f:
        f.write('a,b\n1,2\n')
    soffice('xlsx', table_csv, workdir)
    shutil.copy(os.path.join(workdir, 'book.xlsx'), os.path.join(FIXTURES, 'excel_workbook.ods'))
    with zipfile.ZipFile(good) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    spreadsheet_mime = b'application/vnd.oasis.opendocument.spreadsheet'
    write_zip(os.path.join(FIXTURES, 'no_content.ods'), [('mimetype', spreadsheet_mime)])
    # What LibreOffice writes for a password-protected file: the manifest lists encryption data per part
    # (the parts themselves are left readable here; the reader must stop at the manifest).
    encrypted_manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1">'
        '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
        'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
        'manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>')
    write_zip(os.path.join(FIXTURES, 'encrypted.ods'),
              [(n, encrypted_manifest.encode() if n == 'META-INF/manifest.xml' else d) for n, d in entries])
    # content.xml cut in the middle of the Data sheet's fifth row, as a truncated download would leave it.
    content = dict(entries)['content.xml'].decode('utf-8')
    cut = content.index('Bruno')
    write_zip(os.path.join(FIXTURES, 'damaged.ods'),
              [(n, content[:cut].encode() if n == 'content.xml' else d) for n, d in entries])


def make_real_reference(workdir):
    """LibreOffice's reading of the real food-delivery survey, cell by cell as its CSV export shows them."""
    real = os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'real', 'food_delivery_customers.ods')
    if not os.path.exists(real):
        print('skipped ods_food_delivery.json: shared/data/real is not beside the repository')
        return
    rows = export_csv(real, workdir)['Sheet1']
    with open(os.path.join(REFERENCE, 'ods_food_delivery.json'), 'w', encoding='utf-8') as f:
        json.dump({'source': 'soffice --convert-to csv of shared/data/real/food_delivery_customers.ods',
                   'rows': rows}, f, ensure_ascii=False)
        f.write('\n')


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        good = make_workbook(workdir)
        make_broken(workdir, good)
        make_real_reference(workdir)


if __name__ == '__main__':
    main()
