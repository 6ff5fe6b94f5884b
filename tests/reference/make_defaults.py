"""A customer table as people publish them, for the default feature choice of `segmenta-cli analyze FILE`:
an unnamed row index written by pandas, a customer number, a constant region of a regional extract, a
constant cost column, category codes, a text tier, dates, an empty trailing column, a mostly empty notes
column and five spending columns with a few gaps. Written by pandas as CSV, by openpyxl as XLSX and by
LibreOffice as ODS; the reference says which columns must be used, why each other one is left out, and
how many rows pandas keeps once rows with a gap in a used column are dropped. Run with Debian's python:
    /usr/bin/python3 make_defaults.py
"""
import os
import shutil
import subprocess
import tempfile

import numpy as np
import pandas as pd

from common import DATA, make_output_dirs, write_json

SPEND = ["Fresh", "Dairy", "Grocery", "Frozen", "Household"]


def messy_table():
    rng = np.random.default_rng(2024)
    n = 300
    group = rng.integers(0, 3, n)
    centres = np.array([[9.0, 7.0, 7.5, 6.0, 5.0], [7.0, 9.0, 9.5, 6.5, 8.5], [8.0, 6.0, 6.5, 8.5, 4.5]])
    spend = np.round(np.exp(centres[group] + rng.normal(0.0, 0.5, (n, len(SPEND)))), 0)
    spend[rng.random((n, len(SPEND))) < 0.01] = np.nan
    frame = pd.DataFrame(spend, columns=SPEND)
    frame.insert(0, "CustomerID", rng.permutation(np.arange(10000, 10000 + n)))
    frame.insert(1, "Channel", (group % 2) + 1)
    frame.insert(2, "Region", 3)
    frame.insert(3, "Tier", np.array(["Gold", "Silver", "Bronze"])[group])
    frame.insert(4, "FirstOrder",
                 pd.to_datetime("2019-01-01") + pd.to_timedelta(rng.integers(0, 1500, n), unit="D"))
    frame["Z_CostContact"] = 3
    visits = rng.integers(1, 9, n).astype(float)
    visits[rng.random(n) >= 0.2] = np.nan  # recorded for one customer in five
    frame["Visits"] = visits
    frame["Empty"] = np.nan
    return frame


def expected(frame):
    used = SPEND
    return {
        "features": used,
        "excluded": {
            "Column 1": "row-index",  # the import names a column without a header by its position
            "CustomerID": "identifier",
            "Channel": "categorical",
            "Region": "constant",
            "Tier": "categorical",
            "FirstOrder": "date",
            "Z_CostContact": "constant",
            "Visits": "mostly-empty",
            "Empty": "empty",
        },
        # pandas: rows with a value in every used column
        "rows": int(frame[used].dropna().shape[0]),
        "rows_total": int(frame.shape[0]),
    }


def main():
    make_output_dirs()
    frame = messy_table()
    frame["FirstOrder"] = frame["FirstOrder"].dt.strftime("%Y-%m-%d")
    csv = os.path.join(DATA, "defaults_messy.csv")
    frame.to_csv(csv, index=True)  # pandas writes the row index as an unnamed first column
    indexed = pd.read_csv(csv).rename(columns={"Unnamed: 0": ""})  # an empty header cell, as in the CSV
    xlsx = os.path.join(DATA, "defaults_messy.xlsx")
    with pd.ExcelWriter(xlsx, engine="openpyxl") as writer:
        # A pivot-like summary first, as many workbooks have it; the data is the largest table.
        summary = indexed.groupby("Tier")[SPEND].sum().reset_index()
        summary.to_excel(writer, sheet_name="Summary", index=False)
        indexed.to_excel(writer, sheet_name="Customers", index=False)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "ods", "--outdir", tmp, xlsx], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, "defaults_messy.ods"), os.path.join(DATA, "defaults_messy.ods"))
    write_json("defaults_messy.json", expected(indexed), indent=1)
    print("defaults_messy: csv, xlsx (summary sheet first), ods;", expected(indexed)["rows"], "rows used")


if __name__ == "__main__":
    main()
