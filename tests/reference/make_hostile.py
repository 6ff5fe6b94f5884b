"""Hostile and damaged spreadsheet packages for TestHostileFiles (issue 20), and real-tool workbooks for the
sheet choice and the format sniffing.

Each case starts from a workbook written by a real tool (openpyxl for XLSX; LibreOffice's types.ods fixture
for ODS) and changes one part with Python's zipfile, or one byte of the archive, to make what a damaged or
malicious file holds: XML nested a million levels deep, DTD entities, invalid deflate streams, wrong CRCs,
entries flagged as encrypted, ZIP bombs, repeat counts and cell references far beyond a sheet, texts longer
than a cell, tables wider than SQLite allows, truncated archives.

Small files go to tests/fixtures/hostile/ (committed); `--large DIR` writes the big ones (a 1 GB sheet of
spaces, a million-deep part stored without compression, a 2 MB text node) into DIR at test time.
Run with Debian's python: /usr/bin/python3 tests/reference/make_hostile.py [--large DIR]
"""
import csv as csv_module
import functools
import io
import pathlib
import random
import re
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

root = pathlib.Path(__file__).resolve().parents[2]
fixtures = root / "tests/fixtures/hostile"
ods_base = root / "tests/fixtures/ods/types.ods"

SHEET = "xl/worksheets/sheet1.xml"
SST = "xl/sharedStrings.xml"
SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@functools.cache
def base_xlsx():
    """A small workbook written by openpyxl and saved again by LibreOffice, which writes shared strings:
    sheet 'Data' with text and numbers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Customer", "Fresh", "Milk"])
    for i in range(1, 7):
        ws.append([f"C{i}", i * 100, i * 7.5])
    with tempfile.TemporaryDirectory() as tmp:
        source = pathlib.Path(tmp) / "base.xlsx"
        wb.save(source)
        out = pathlib.Path(tmp) / "out"
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
                       check=True, capture_output=True)
        return (out / "base.xlsx").read_bytes()


def rewrite(source, parts=None, stored=(), method=None):
    """The archive `source` (bytes) with some parts replaced; `stored` parts are not compressed."""
    parts = parts or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = parts.get(info.filename, zin.read(info.filename))
            kind = zipfile.ZIP_STORED if info.filename in stored else zipfile.ZIP_DEFLATED
            if method is not None and info.filename in method:
                kind = method[info.filename]
            zout.writestr(info.filename, data, compress_type=kind)
    return out.getvalue()


def local_header(data, name):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.getinfo(name).header_offset


def central_header(data, name):
    eocd = data.rindex(b"PK\x05\x06")
    offset = struct.unpack_from("<I", data, eocd + 16)[0]
    while data[offset:offset + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, offset + 28)
        if data[offset + 46:offset + 46 + name_len].decode() == name:
            return offset
        offset += 46 + name_len + extra_len + comment_len
    raise KeyError(name)


def entry_data_offset(data, name):
    offset = local_header(data, name)
    name_len, extra_len = struct.unpack_from("<HH", data, offset + 26)
    return offset + 30 + name_len + extra_len


def invalid_deflate(data, name):
    """The entry's deflate stream starts with a block of the reserved type 3: zlib says "invalid block type"."""
    data = bytearray(data)
    data[entry_data_offset(data, name)] = 0x07
    return bytes(data)


def flagged_encrypted(data, name):
    """The entry is marked encrypted (general purpose flag bit 0) in both headers."""
    data = bytearray(data)
    for offset, at in ((local_header(data, name), 6), (central_header(data, name), 8)):
        flags = struct.unpack_from("<H", data, offset + at)[0]
        struct.pack_into("<H", data, offset + at, flags | 1)
    return bytes(data)


def wrong_crc(data, name):
    """One byte of a stored entry's data changed, so its CRC-32 no longer matches."""
    data = bytearray(data)
    start = entry_data_offset(data, name)
    at = data.index(b"100", start)  # the first Fresh value
    data[at] = ord("9")
    return bytes(data)


def zip_with_password(data):
    """The package re-zipped by Info-ZIP's zip with a password (traditional PKWARE encryption)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp) / "parts"
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            z.extractall(folder)
            names = z.namelist()
        target = pathlib.Path(tmp) / "encrypted.xlsx"
        subprocess.run(["zip", "-q", "-X", "-P", "secret", str(target)] + names, cwd=folder, check=True)
        return target.read_bytes()


def repetitive_ods(directory):
    """100,000 rows of small repeated codes saved by LibreOffice: content.xml compresses about 130 : 1."""
    rng = random.Random(1)
    source = directory / "repetitive_100k_rows.csv"
    with open(source, "w") as f:
        f.write("Channel,Region,A,B,C\n")
        for i in range(100000):
            f.write(f"{1 + i // 50000},{1 + (i // 20000) % 3},0,0,{rng.randint(0, 3)}\n")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "ods", "--outdir", str(directory), str(source)], check=True, capture_output=True)
    source.unlink()


def sheet_xml(rows_xml):
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {SHEET_NS}><sheetData>{rows_xml}'
            '</sheetData></worksheet>').encode()


def header_row():
    return '<row r="1"><c r="A1" t="inlineStr"><is><t>Customer</t></is></c>' \
           '<c r="B1" t="inlineStr"><is><t>Fresh</t></is></c></row>' \
           '<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2"><v>1</v></c></row>'


def sst_xml(items, count=None, prolog=""):
    count = count if count is not None else len(items)
    body = "".join(f"<si>{item}</si>" for item in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<sst {SHEET_NS} count="{count}" '
            f'uniqueCount="{count}">{body}</sst>').encode()


def nested(tag, depth, inner="x"):
    return f"<{tag}>" * depth + inner + f"</{tag}>" * depth


def wide_workbook(columns):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Wide"
    ws.append([f"c{i}" for i in range(1, columns + 1)])
    for r in range(2):
        ws.append([r * columns + i for i in range(1, columns + 1)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods_content(table_xml, prolog=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {ODS_NS} '
            f'office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Data">'
            f'{table_xml}</table:table></office:spreadsheet></office:body></office:document-content>').encode()


def ods_cell(value):
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
            '</table:table-cell>')


def ods_row(values, repeat=None, cell_repeat=None):
    attr = f' table:number-rows-repeated="{repeat}"' if repeat else ""
    cells = "".join(ods_cell(v) for v in values)
    if cell_repeat:
        cells += cell_repeat
    return f"<table:table-row{attr}>{cells}</table:table-row>"


ODS_HEADER = ods_row(["Customer", "Fresh"]) + ods_row(["C1", 1])


def deep_cell(depth):
    """A cell whose paragraph nests `depth` spans: the cell text is read recursively."""
    return (ODS_HEADER + "<table:table-row><table:table-cell><text:p>" + nested("text:span", depth) +
            "</text:p></table:table-cell></table:table-row>")


def ods_with(content, **kwargs):
    return rewrite(ods_base.read_bytes(), {"content.xml": content}, **kwargs)


def small_cases():
    xlsx = base_xlsx()
    cases = {}
    # --- XML that crashed or exhausted the readers
    cases["deep_shared_strings.xlsx"] = rewrite(xlsx, {SST: sst_xml([nested("r", 1_000_000, "<t>x</t>")])})
    cases["deep300_shared_strings.xlsx"] = rewrite(xlsx, {SST: sst_xml([nested("r", 300, "<t>x</t>")])})
    cases["deep300_sheet.xlsx"] = rewrite(xlsx, {SHEET: sheet_xml(header_row() + nested("x", 300))})
    cases["deep300_styles.xlsx"] = rewrite(xlsx, {"xl/styles.xml": (
        f'<?xml version="1.0"?><styleSheet {SHEET_NS}>{nested("numFmts", 300)}</styleSheet>').encode()})
    cases["deep_content.ods"] = ods_with(ods_content(deep_cell(1_000_000)))
    cases["deep300_content.ods"] = ods_with(ods_content(deep_cell(300)))
    laugh = '<!DOCTYPE sst [<!ENTITY a "' + "x" * 4000 + '">]>'
    cases["entity_blowup_shared_strings.xlsx"] = rewrite(xlsx, {SST: sst_xml(
        ["<t>" + "&a;" * 1000 + "</t>"] * 100, prolog=laugh)})
    lol = ('<!DOCTYPE sst [<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "' + f"&l{i - 1};" * 10 + '">' for i in range(1, 10)) + "]>")
    cases["billion_laughs_shared_strings.xlsx"] = rewrite(xlsx, {SST: sst_xml(["<t>&l9;</t>"], prolog=lol)})
    cases["entity_content.ods"] = ods_with(ods_content(ODS_HEADER, prolog=laugh.replace("sst", "office:document-content")))
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        sst = z.read(SST).decode()
    claims = re.sub(r'(unique)?[cC]ount="\d+"', lambda m: m.group(0).split("=")[0] + '="2147483647"', sst)
    cases["huge_unique_count.xlsx"] = rewrite(xlsx, {SST: claims.encode()})
    # --- deflate and CRC damage, encryption
    for name, part in (("sheet", SHEET), ("shared_strings", SST), ("workbook", "xl/workbook.xml"),
                       ("styles", "xl/styles.xml")):
        cases[f"invalid_deflate_{name}.xlsx"] = invalid_deflate(xlsx, part)
    cases["invalid_deflate_content.ods"] = invalid_deflate(ods_base.read_bytes(), "content.xml")
    cases["wrong_crc_sheet.xlsx"] = wrong_crc(rewrite(xlsx, stored={SHEET}), SHEET)
    ods_stored = ods_with(ods_content(ODS_HEADER + ods_row(["C2", 100])), stored={"content.xml"})
    cases["wrong_crc_content.ods"] = wrong_crc(ods_stored, "content.xml")
    cases["encrypted_sheet.xlsx"] = flagged_encrypted(xlsx, SHEET)
    cases["encrypted_zipcrypto.xlsx"] = zip_with_password(xlsx)
    cases["encrypted_content.ods"] = flagged_encrypted(ods_base.read_bytes(), "content.xml")
    cases["bzip2_sheet.xlsx"] = rewrite(xlsx, method={SHEET: zipfile.ZIP_BZIP2})
    cases["truncated.xlsx"] = xlsx[: len(xlsx) * 2 // 3]
    cases["truncated.ods"] = ods_base.read_bytes()[: ods_base.stat().st_size // 2]
    # --- a small ZIP bomb: 20 MB of spaces deflated to about 20 KB
    cases["bomb_20mb_spaces.xlsx"] = rewrite(xlsx, {SHEET: sheet_xml(header_row()).replace(
        b"<sheetData>", b"<sheetData>" + b" " * (20 << 20))})
    # --- numbers from the file that overflowed or were trusted for allocations
    big = 9223372036854775807
    cases["row_int64_max.xlsx"] = rewrite(xlsx, {SHEET: sheet_xml(
        header_row() + f'<row r="{big}"><c r="A3"><v>1</v></c></row><row><c r="A4"><v>2</v></c></row>')})
    cases["row_beyond_sheet.xlsx"] = rewrite(xlsx, {SHEET: sheet_xml(
        header_row() + '<row r="1048577"><c><v>1</v></c><c><v>2</v></c></row>')})
    cases["column_ten_letters.xlsx"] = rewrite(xlsx, {SHEET: sheet_xml(
        header_row() + '<row r="3"><c r="ABCDEFGHIJ3"><v>1</v></c></row>')})
    cases["column_321_million.xlsx"] = rewrite(xlsx, {SHEET: sheet_xml(
        header_row() + '<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row>')})
    cases["long_shared_string.xlsx"] = rewrite(xlsx, {SST: sst_xml(["<t>" + "y" * 40000 + "</t>"])})
    cases["long_inline_string.xlsx"] = rewrite(xlsx, {SHEET: sheet_xml(
        header_row() + '<row r="3"><c r="A3" t="inlineStr"><is><t>' + "z" * 40000 + "</t></is></c></row>")})
    cases["wide_1999_columns.xlsx"] = wide_workbook(1999)
    cases["wide_10000_columns.xlsx"] = wide_workbook(10000)
    cases["wide_1000_columns.xlsx"] = wide_workbook(1000)
    # --- OpenDocument repeats
    cases["rows_repeated_billion.ods"] = ods_with(ods_content(
        ODS_HEADER + ods_row(["C2", 5], repeat=1_000_000_000)))
    cases["rows_repeated_int64.ods"] = ods_with(ods_content(
        ODS_HEADER + ods_row([], repeat=big - 5) + ods_row(["C3", 6], repeat=big)))
    cases["cells_repeated_16384_columns.ods"] = ods_with(ods_content(
        ODS_HEADER + ods_row([], repeat=1_000_000, cell_repeat=(
            '<table:table-cell table:number-columns-repeated="16384" office:value-type="float" '
            'office:value="1"><text:p>1</text:p></table:table-cell>'))))
    cases["repeated_cells_budget.ods"] = ods_with(ods_content(
        ods_row([f"h{i}" for i in range(500)]) + ods_row(list(range(500)), repeat=1_000_000)))
    cases["long_cell.ods"] = ods_with(ods_content(ODS_HEADER + ods_row(["w" * 40000, 1])))
    cases["empty_repeats_cost_nothing.ods"] = ods_with(ods_content(
        ODS_HEADER + ods_row(["C2", 2]) + ods_row([], repeat=1_000_000_000, cell_repeat=(
            '<table:table-cell table:number-columns-repeated="16384"/>')) +
        '<table:table-row table:number-rows-repeated="1048576"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'))
    return cases


def real_tool_cases():
    cases = {}
    # A pivot-style summary in front of the data, as analysts save it.
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "Pivot"
    summary.append(["Region", "Sum of Fresh", "Sum of Milk"])
    rng = random.Random(20)
    rows = [[f"C{i}", rng.choice(["Lisbon", "Oporto", "Other"]), rng.randint(100, 9000),
             rng.randint(100, 9000)] for i in range(1, 41)]
    for region in ("Lisbon", "Oporto", "Other"):
        summary.append([region, sum(r[2] for r in rows if r[1] == region),
                        sum(r[3] for r in rows if r[1] == region)])
    summary.append(["Grand Total", sum(r[2] for r in rows), sum(r[3] for r in rows)])
    data = wb.create_sheet("Customers")
    data.append(["Customer", "Region", "Fresh", "Milk"])
    for row in rows:
        data.append(row)
    notes = wb.create_sheet("Hidden copy")
    notes.sheet_state = "hidden"
    for row in [["Customer", "Region", "Fresh", "Milk"]] + rows * 2:
        notes.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    cases["pivot_first.xlsx"] = buffer.getvalue()
    csv = b"Customer,Fresh,Milk\r\nC1,100,7.5\r\nC2,200,15\r\nC3,300,22.5\r\n"
    cases["csv_named.xls"] = csv
    cases["csv_named.xlsx"] = csv
    # Wider than a project table may be (SQLite allows 2,000 columns), as the csv module writes it.
    text = io.StringIO()
    writer = csv_module.writer(text, lineterminator="\r\n")
    writer.writerow([f"c{i}" for i in range(1500)])
    for _ in range(3):
        writer.writerow([rng.randint(0, 99) for _ in range(1500)])
    cases["wide_1500_columns.csv"] = text.getvalue().encode()
    return cases


def large_cases(directory):
    directory.mkdir(parents=True, exist_ok=True)
    xlsx = base_xlsx()
    # 1 GB of spaces inside <sheetData>, deflated about 1000:1.
    path = directory / "bomb_1gb_spaces.xlsx"
    with zipfile.ZipFile(io.BytesIO(xlsx)) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            if info.filename != SHEET:
                zout.writestr(info.filename, zin.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
                continue
            head, tail = sheet_xml(header_row()).split(b"<sheetData>")
            info = zipfile.ZipInfo(SHEET)
            info.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(info, "w", force_zip64=True) as out:
                out.write(head + b"<sheetData>")
                block = b" " * (1 << 20)
                for _ in range(1024):
                    out.write(block)
                out.write(tail)
    # A million levels stored without compression: past the ratio check, so only the depth limit stops it.
    (directory / "deep_stored_shared_strings.xlsx").write_bytes(
        rewrite(xlsx, {SST: sst_xml([nested("r", 1_000_000, "<t>x</t>")])}, stored={SST}))
    (directory / "deep_stored_content.ods").write_bytes(
        ods_with(ods_content(deep_cell(1_000_000)), stored={"content.xml"}))
    repetitive_ods(directory)
    # 2 MB of letters without markup (a text node the parser would hold whole).
    rng = random.Random(2)
    letters = "".join(rng.choice("abcdefghij") for _ in range(2 << 20))
    (directory / "token_2mb.xlsx").write_bytes(rewrite(xlsx, {SHEET: sheet_xml(
        header_row() + f'<row r="3"><c r="A3" t="inlineStr"><is><t>{letters}</t></is></c></row>')}))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        large_cases(pathlib.Path(sys.argv[2]))
        return
    fixtures.mkdir(parents=True, exist_ok=True)
    for name, data in {**small_cases(), **real_tool_cases()}.items():
        (fixtures / name).write_bytes(data)
        print("wrote", (fixtures / name).relative_to(root), len(data))


if __name__ == "__main__":
    main()
