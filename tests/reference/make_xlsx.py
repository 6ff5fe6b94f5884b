"""Fixtures and references for TestXlsxReader.

Workbooks are written by openpyxl and by LibreOffice (headless); a few worksheets are then replaced by
hand-written XML for layouts those tools never write (rich text with phonetic runs, inline strings without
text, rows and cells without r attributes, a <dimension> that counts formatted empty rows). Expected values
come from openpyxl reading the files back (cached formula values with data_only=True) and from pandas for
the real files in shared/data/real.
Run with Debian's python: /usr/bin/python3 tests/reference/make_xlsx.py
TestXlsxReader also runs it as `make_xlsx.py --large OUT.xlsx ROWS` for a big sheet written in openpyxl's
write-only (streaming) mode, not committed because of its size.
"""
import datetime as dt
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
import pandas as pd
from openpyxl.utils.datetime import CALENDAR_MAC_1904

root = pathlib.Path(__file__).resolve().parents[2]
fixtures = root / "tests/fixtures/xlsx"
references = root / "tests/fixtures/reference"
real = root.parent / "shared/data/real"
fixtures.mkdir(parents=True, exist_ok=True)
EPOCH = dt.datetime(1970, 1, 1)


def write_json(name, value):
    path = references / name
    path.write_text(json.dumps(value, indent=1) + "\n")
    print("wrote", path.relative_to(root))


def raw_cell(cell):
    """A cell as [column, type, value], as openpyxl reads it; None for an empty cell."""
    value = cell.value
    if value is None or value == "":
        return None
    if cell.data_type == "e":
        return [cell.column, "error", value]
    if isinstance(value, bool):
        return [cell.column, "boolean", 1.0 if value else 0.0]
    if isinstance(value, dt.datetime):
        return [cell.column, "date", (value - EPOCH).total_seconds() / 86400.0]
    if isinstance(value, (int, float)):
        return [cell.column, "number", float(value)]
    return [cell.column, "text", str(value)]


def raw_rows(path, sheet):
    """Every row with a value as [sheet row, [cells]], read back by openpyxl (cached formula values)."""
    ws = openpyxl.load_workbook(path, data_only=True)[sheet]
    rows = []
    for row in ws.iter_rows():
        cells = [c for c in (raw_cell(cell) for cell in row) if c is not None]
        if cells:
            rows.append([row[0].row, cells])
    return rows


def reference_for(name, sheet):
    wb = openpyxl.load_workbook(fixtures / name)
    write_json(f"xlsx_{pathlib.Path(name).stem}.json", {
        "file": name,
        "sheet": sheet,
        "sheets": [[ws.title, ws.sheet_state != "visible"] for ws in wb.worksheets],
        "rows": raw_rows(fixtures / name, sheet),
    })


def replace_sheet_xml(path, sheet_entry, sheet_xml):
    """Rewrites one worksheet part of an existing package, keeping every other part byte for byte."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = sheet_xml.encode() if item.filename == sheet_entry else src.read(item.filename)
            dst.writestr(item, data)
    tmp.replace(path)


def soffice_convert(source, target_format, out_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", target_format, "--outdir", str(out_dir),
                    str(source)], check=True, capture_output=True)


def make_types():
    """Numbers, shared strings, booleans, errors, absent cells, dates in built-in and custom formats;
    a hidden first sheet and two visible sheets."""
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Notes"
    hidden["A1"] = "internal notes"
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Data")
    ws.append(["Customer", "Amount", "Count", "Active", "Ratio", "Joined", "Stamp", "Clock", "Red", "Quoted",
               "Minutes"])
    formats = {"F": "yyyy-mm-dd", "G": "dd/mm/yyyy hh:mm", "H": "h:mm AM/PM", "I": "[Red]0.00",
               "J": '"day "0', "K": '0.0 "min"'}
    rows = [
        ["Ana", 1250.5, 3, True, 0.25, dt.datetime(2011, 12, 9), dt.datetime(2010, 12, 1, 8, 26),
         dt.datetime(2020, 2, 29, 13, 45), -12.5, 7, 3.5],
        ["Bruno", -0.125, 0, False, "#DIV/0!", dt.datetime(1900, 1, 1), dt.datetime(1999, 12, 31, 23, 59),
         None, 0, 8, None],
        [None, 1e-5, 12, None, "#N/A", None, dt.datetime(1900, 2, 28, 12, 0), dt.datetime(1970, 1, 1, 6, 0),
         None, None, 12.25],
        ["Clara", 3.5e9, None, True, 1.5, dt.datetime(1900, 3, 1), None, None, 4, 9, 0],
    ]
    for values in rows:
        ws.append(values)
    for column, code in formats.items():
        for row in range(2, 6):
            ws[f"{column}{row}"].number_format = code
    ws["F3"].number_format = "mm-dd-yy"  # built-in id 14
    second = wb.create_sheet("Second")
    second.append(["Code", "Value"])
    second.append(["x", 1])
    wb.save(fixtures / "types.xlsx")
    reference_for("types.xlsx", "Data")


def make_date1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append(["When", "Amount"])
    for when, amount in [(dt.datetime(2011, 12, 9, 12, 0), 1), (dt.datetime(1904, 1, 2), 2),
                         (dt.datetime(1969, 12, 31), 3)]:
        ws.append([when, amount])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd hh:mm"
    wb.save(fixtures / "date1904.xlsx")
    reference_for("date1904.xlsx", "Mac")


def make_offset():
    """A table whose used range starts at C3, with a title and a note above it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Report"
    ws["C1"] = "Quarterly sales"
    ws["C2"] = "Source: ERP export"
    ws.append([])
    for r, values in enumerate([["Region", "Fresh", "Milk"], ["North", 12669, 9656], ["South", 7057, 9810],
                                ["East", 6353, 8808], ["West", 13265, 1196]], start=3):
        for c, value in enumerate(values, start=3):
            ws.cell(r, c, value)
    wb.save(fixtures / "offset_c3.xlsx")
    reference_for("offset_c3.xlsx", "Report")


HAND_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<dimension ref="A1:D5000"/>
<sheetData>
<row><c t="inlineStr"><is><t>Name</t></is></c><c t="inlineStr"><is><t>Note</t></is></c><c t="inlineStr"><is><t>Qty</t></is></c><c t="inlineStr"><is><t>Price</t></is></c></row>
<row><c t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></is></c><c t="inlineStr"/><c><v>4</v></c><c><v>2.5</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">  spaced  </t></is></c><c r="C4"><v>7</v></c><c><v>1.25</v></c></row>
<row r="5"><c r="B5" t="inlineStr"><is><t>only note</t><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></is></c><c r="D5"><v>3</v></c></row>
<row r="6" s="1" customFormat="1"><c r="A6" s="1"/><c r="B6" s="1"/></row>
<row r="4999" s="1" customFormat="1"/>
<row r="5000"><c r="D5000" s="1"/></row>
</sheetData>
</worksheet>
"""


def make_handwritten():
    """Inline rich text, an inline cell without <is>, rows and cells without r, phonetic runs, and a
    <dimension> of A1:D5000 whose rows past 5 are formatted but empty."""
    wb = openpyxl.Workbook()
    wb.active.title = "Hand"
    wb.active["A1"] = "placeholder"
    wb.active["A1"].number_format = "0.00"  # gives the styles part an xf with index 1
    wb.save(fixtures / "handwritten.xlsx")
    replace_sheet_xml(fixtures / "handwritten.xlsx", "xl/worksheets/sheet1.xml", HAND_SHEET)
    reference_for("handwritten.xlsx", "Hand")


def make_libreoffice():
    """Formulas with cached results (number, text, boolean, error, date), and shared strings with rich
    text, as LibreOffice writes them."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        source = tmp / "formulas.csv"
        source.write_text('Item,Qty,Price,Total,Label,Big,Ratio,Due\n'
                          'pen,3,1.5,=B2*C2,=A2&"-"&B2,=B2>2,=B2/(B2-3),=DATE(2011;12;9)+B2\n'
                          'ink,10,0.25,=B3*C3,=UPPER(A3),=B3>2,=B3/(B3-3),=DATE(1999;1;1)\n'
                          'pad,,2,=SUM(B4:C4),=A4,=ISBLANK(B4),=NA(),=DATE(1900;2;1)\n')
        soffice_convert(source, "xlsx", tmp)
        shutil.copy(tmp / "formulas.xlsx", fixtures / "formulas_lo.xlsx")
    reference_for("formulas_lo.xlsx", openpyxl.load_workbook(fixtures / "formulas_lo.xlsx").sheetnames[0])


def make_foreign_files():
    """Files an importer may be handed instead of a workbook: a legacy .xls and an .ods."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        (tmp / "legacy.csv").write_text("a,b\n1,2\n")
        soffice_convert(tmp / "legacy.csv", "xls:MS Excel 97", tmp)
        shutil.copy(tmp / "legacy.xls", fixtures / "legacy.xls")
        soffice_convert(tmp / "legacy.csv", "ods", tmp)
        shutil.copy(tmp / "legacy.ods", fixtures / "spreadsheet.ods")


def make_real_references():
    """pandas.read_excel on the real files: shape, headers, sums, missing counts, kinds' evidence."""
    out = {}
    specs = {
        "online_retail_70k.xlsx": None,
        "online_retail_inline_strings.xlsx": None,
        "online_retail_II_two_sheets.xlsx": "Year 2010-2011",
        "wholesale_missing_cells.xlsx": None,
    }
    for name, sheet in specs.items():
        path = real / name
        sheets = openpyxl.load_workbook(path, read_only=True).sheetnames
        df = pd.read_excel(path, sheet_name=sheet if sheet else 0)
        numeric = df.select_dtypes("number")
        out[name] = {
            "sheet": sheet or sheets[0],
            "sheets": sheets,
            "rows": len(df),
            "columns": [str(c) for c in df.columns],
            "sums": {str(c): float(numeric[c].sum()) for c in numeric.columns},
            "missing": {str(c): int(df[c].isna().sum()) for c in df.columns},
            "dates": [str(c) for c in df.select_dtypes("datetime").columns],
            "firstDates": {str(c): (df[c].dropna().iloc[0] - pd.Timestamp(EPOCH)).total_seconds() / 86400.0
                           for c in df.select_dtypes("datetime").columns},
        }
    write_json("xlsx_real.json", out)


def make_large(path, rows):
    """ROWS invoice-like lines: text, integer, float, date and a text code, via shared strings."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Large")
    ws.append(["Invoice", "Quantity", "Price", "Date", "Country"])
    countries = ["United Kingdom", "France", "Germany", "EIRE", "Spain"]
    start = dt.datetime(2010, 12, 1, 8, 26)
    for i in range(rows):
        ws.append([f"INV{i:07d}", i % 97 - 10, (i % 1000) / 8.0, start + dt.timedelta(minutes=i),
                   countries[i % 5]])
    wb.save(path)


if len(sys.argv) == 4 and sys.argv[1] == "--large":
    make_large(sys.argv[2], int(sys.argv[3]))
    sys.exit(0)
make_types()
make_date1904()
make_offset()
make_handwritten()
make_libreoffice()
make_foreign_files()
if real.is_dir():
    make_real_references()
