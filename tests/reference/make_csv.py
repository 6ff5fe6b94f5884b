"""Reference for TestCsvReader: the Wholesale sample as Python's csv module reads it."""
import csv
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
source = "resources/wholesale_customers.csv"
with open(root / source, newline="", encoding="utf-8") as f:
    header, *rows = list(csv.reader(f))
values = [[float(cell) for cell in row] for row in rows]
picked = [0, 1, 2, 219, len(values) - 1]
reference = {
    "source": source,
    "header": header,
    "rows": len(values),
    "cells": [[r, c, values[r][c]] for r in picked for c in range(len(header))],
    "columnSums": [sum(row[c] for row in values) for c in range(len(header))],
}
out = root / "tests/fixtures/reference/csv_wholesale.json"
lines = [f" {json.dumps(key)}: {json.dumps(value)}" for key, value in reference.items()]
out.write_text("{\n" + ",\n".join(lines) + "\n}\n")
print("wrote", out.relative_to(root))

# ---------------------------------------------------------------------------------------------------
# Import-grade fixtures: encodings written by iconv, number formats and title lines, each read back by
# pandas with the parameters it was written with; the real files under ../shared/data/real read by pandas.
import math
import subprocess

import pandas as pd

fixtures = root / "tests/fixtures/csv"
real = root.parent / "shared/data/real"

ACCENTS = (
    "Name,City,Fresh,Milk\n"
    "Müller,São Paulo,12669,9656\n"
    "Françoise,Málaga,7057,9810\n"
    "Cœur Œuvre,Köln,6353,8808\n"
    "Øyvind,Zürich,13265,1196\n"
)
GERMAN = (
    "Kunde;Stadt;Umsatz;Rabatt\n"
    "Müller;München;1.234,56;0,5\n"
    "Françoise;Düsseldorf;12,5;1,25\n"
    "Jörg;Köln;2.000.000,75;0\n"
    "Zoë;Göttingen;-7,1;2,5\n"
)
DECIMAL_COMMA = (
    "id;segment;spend;share\n"
    "1;retail;1.234,56;0,25\n"
    "2;horeca;12,5;0,5\n"
    "3;retail;1.000.000;0,125\n"
    "4;horeca;-3,75;1\n"
    "5;retail;;0,75\n"
)
THOUSANDS = (
    "id,segment,spend,visits\n"
    '1,retail,"1,234.56",3\n'
    '2,horeca,"12,000",4\n'
    "3,retail,17.5,5\n"
    '4,horeca,"1,000,000.25",6\n'
)
TITLE_ROWS = (
    "Sales report 2023\n"
    "Exported by ERP on 2024-01-05 10:00\n"
    "\n"
    "# one row per customer\n"
    "Customer ID,Channel,Region,Fresh,Milk,Since\n"
    "101,1,3,12669,9656,2021-03-04\n"
    "102,2,3,7057,9810,2020-11-30\n"
    "103,2,1,6353,8808,2022-01-15\n"
    "104,1,2,13265,1196,2019-07-01\n"
    "105,2,3,22615,5410,2021-12-24\n"
    "106,1,1,9413,8259,2023-02-28\n"
    "107,2,2,12126,3199,2020-06-06\n"
    "108,1,3,7579,4956,2022-09-09\n"
)


# Dates as text in the layouts people's tools write: month first with a time and no leading zeros (the UCI
# CSV, Excel in the US), ISO with a T, day first with dots (German), and two-digit years that never tell
# day from month (read day first, with a warning).
TEXT_DATES = (
    "Customer,Joined,Last order,Birthday,Visit,Code\n"
    "A,12/1/2010 8:26,2011-01-05T10:00:00,04.09.1985,1/2/12,12/2\n"
    "B,12/13/2010 17:05,2011-02-28T23:59:59,24.12.1990,3/4/11,3/4\n"
    "C,1/2/2011 0:00,2010-12-31T00:00:00,1.1.2000,5/6/99,1/12\n"
    "D,,2011-03-01T08:30:00,29.02.1996,,7/8\n"
)


def write_iconv(name, text, encoding, bom=False):
    """Converts text with iconv, the independent tool, optionally after a BOM (U+FEFF)."""
    data = (("\ufeff" if bom else "") + text).encode("utf-8")
    out = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=data, check=True,
                         capture_output=True).stdout
    (fixtures / name).write_bytes(out)


def describe(frame, date_formats):
    """Shapes, names, sums, missing counts, texts and date ranges of a pandas frame, as the test checks."""
    summary = {"rows": len(frame), "columns": list(frame.columns), "sums": {}, "missing": {}, "texts": {},
               "dates": {}}
    for name in frame.columns:
        column = frame[name]
        summary["missing"][name] = int(column.isna().sum())
        if name in date_formats:
            days = (pd.to_datetime(column, format=date_formats[name]) - pd.Timestamp("1970-01-01")) / pd.Timedelta(
                days=1)
            summary["dates"][name] = [float(days.min()), float(days.max())]
        elif pd.api.types.is_numeric_dtype(column):
            total = float(column.sum())
            summary["sums"][name] = total if math.isfinite(total) else None
        elif len(frame) <= 20:
            summary["texts"][name] = [None if pd.isna(v) else v for v in column]
    return summary


def write_reference(name, source, written, frame, date_formats=()):
    reference = {"source": source, "written": written, **describe(frame, dict(date_formats))}
    out = root / f"tests/fixtures/reference/csv_{name}.json"
    out.write_text(json.dumps(reference, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out.relative_to(root))


def fixture(name, text, iconv_encoding, bom, written, date_formats=(), **read):
    write_iconv(name, text, iconv_encoding, bom)
    frame = pd.read_csv(fixtures / name, **read)
    write_reference(pathlib.Path(name).stem, f"tests/fixtures/csv/{name}", written, frame, date_formats)


fixture("utf16le_bom.csv", ACCENTS, "UTF-16LE", True,
        {"encoding": "UTF-16LE", "delimiter": ",", "headerLine": 1}, encoding="utf-16")
fixture("utf16be_bom.csv", ACCENTS, "UTF-16BE", True,
        {"encoding": "UTF-16BE", "delimiter": ",", "headerLine": 1}, encoding="utf-16")
# Without a BOM, as some exports write UTF-16: told by the zero bytes.
fixture("utf16le_nobom.csv", ACCENTS, "UTF-16LE", False,
        {"encoding": "UTF-16LE", "delimiter": ",", "headerLine": 1}, encoding="utf-16-le")
fixture("utf16be_nobom.csv", ACCENTS, "UTF-16BE", False,
        {"encoding": "UTF-16BE", "delimiter": ",", "headerLine": 1}, encoding="utf-16-be")
fixture("text_dates.csv", TEXT_DATES, "UTF-8", False, {"encoding": "UTF-8", "delimiter": ",", "headerLine": 1},
        {"Joined": "%m/%d/%Y %H:%M", "Last order": "%Y-%m-%dT%H:%M:%S", "Birthday": "%d.%m.%Y",
         "Visit": "%d/%m/%y"}, dtype={"Code": str})
fixture("windows1252.csv", GERMAN, "WINDOWS-1252", False,
        {"encoding": "windows-1252", "delimiter": ";", "decimal": ",", "thousands": ".", "headerLine": 1},
        encoding="cp1252", sep=";", decimal=",", thousands=".")
fixture("decimal_comma.csv", DECIMAL_COMMA, "UTF-8", False,
        {"encoding": "UTF-8", "delimiter": ";", "decimal": ",", "thousands": ".", "headerLine": 1},
        sep=";", decimal=",", thousands=".")
fixture("thousands.csv", THOUSANDS, "UTF-8", False,
        {"encoding": "UTF-8", "delimiter": ",", "decimal": ".", "thousands": ",", "headerLine": 1},
        thousands=",")
fixture("title_rows.csv", TITLE_ROWS, "UTF-8", False,
        {"encoding": "UTF-8", "delimiter": ",", "headerLine": 5}, {"Since": "%Y-%m-%d"}, skiprows=4)

REAL = [
    ("marketing_tab", "marketing_campaign_tab.csv", {"encoding": "UTF-8", "delimiter": "\t", "headerLine": 1},
     {"Dt_Customer": "%d-%m-%Y"}, {"sep": "\t"}),
    ("marketing_semicolon", "marketing_campaign_semicolon_bom.csv",
     {"encoding": "UTF-8", "delimiter": ";", "headerLine": 1}, {"Dt_Customer": "%Y-%m-%d"},
     {"sep": ";", "encoding": "utf-8-sig"}),
    ("mall", "mall_customers.csv", {"encoding": "UTF-8", "delimiter": ",", "headerLine": 1}, {}, {}),
    ("wholesale_missing", "wholesale_missing_values.csv",
     {"encoding": "UTF-8", "delimiter": ",", "headerLine": 1}, {}, {}),
]
if real.is_dir():
    for name, file, written, date_formats, read in REAL:
        write_reference(name, f"../shared/data/real/{file}", written, pd.read_csv(real / file, **read),
                        date_formats)
else:
    print("skipped the real files:", real, "is absent")
