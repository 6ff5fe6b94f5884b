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
