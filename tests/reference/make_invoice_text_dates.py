"""Invoice lines whose InvoiceDate is text, as CSV-to-Excel round trips leave them, and their pandas features.

Source: /work/shared/data/real/online_retail_70k.xlsx (UCI Online Retail, CC BY 4.0, first 70,051 lines).

Writes tests/fixtures/invoice/online_retail_text_dates.csv and .xlsx: every line of 120 customers with at
most 15 lines each (40 of them with cancelled invoices) and 60 lines without CustomerID, in file order,
with InvoiceDate written as the original UCI CSV writes it, "%m/%d/%Y %H:%M" without leading zeros
("12/1/2010 8:26"). The .xlsx is written by openpyxl with InvoiceDate as string cells (and every other
column as in the CSV), so both files have text dates that the importer must recognise as month/day/year.

tests/fixtures/reference/invoice_text_dates.json: pandas' features of the CSV, read back with
pd.to_datetime(format="%m/%d/%Y %H:%M"), by the rules of make_invoice.features() (the rules of
src/core/InvoiceFeatures.h), for --invoices customer=CustomerID,date=InvoiceDate,quantity=Quantity,
price=UnitPrice without and with invoice=InvoiceNo. Run with Debian's /usr/bin/python3.
"""
import json
import os

import numpy as np
import openpyxl
import pandas as pd

from make_invoice import EPOCH, FIXTURE_DIR, OUT, ROOT, SOURCE, features

CSV = "tests/fixtures/invoice/online_retail_text_dates.csv"
XLSX = "tests/fixtures/invoice/online_retail_text_dates.xlsx"
COLUMNS = ["InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]


def us_text(stamp):
    """12/1/2010 8:26, as the UCI CSV writes dates (no leading zeros)."""
    return f"{stamp.month}/{stamp.day}/{stamp.year} {stamp.hour}:{stamp.minute:02d}"


def main():
    full = pd.read_excel(SOURCE, engine="openpyxl")
    with_id = full[full["CustomerID"].notna()]
    sizes = with_id.groupby("CustomerID").size()
    small = sizes[sizes <= 15].index
    cancelling = with_id.loc[with_id["InvoiceNo"].astype(str).str.startswith("C"), "CustomerID"].unique()
    rng = np.random.default_rng(20261207)
    chosen = set(rng.choice(sorted(set(small) & set(cancelling)), 40, replace=False))
    chosen |= set(rng.choice(sorted(set(small) - set(cancelling)), 80, replace=False))
    no_id = rng.choice(full.index[full["CustomerID"].isna()], 60, replace=False)
    subset = full.loc[full["CustomerID"].isin(chosen) | full.index.isin(no_id), COLUMNS].copy()
    subset["InvoiceDate"] = subset["InvoiceDate"].map(us_text)
    subset["CustomerID"] = subset["CustomerID"].astype("Int64")
    subset["InvoiceNo"] = subset["InvoiceNo"].astype(str)
    subset["StockCode"] = subset["StockCode"].astype(str)
    os.makedirs(FIXTURE_DIR, exist_ok=True)
    subset.to_csv(os.path.join(ROOT, CSV), index=False, lineterminator="\n")

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Online Retail"
    sheet.append(COLUMNS)
    for row in subset.itertuples(index=False):
        cells = []
        for name, value in zip(COLUMNS, row):
            if pd.isna(value):
                cells.append(None)
            elif name in ("Quantity", "CustomerID"):
                cells.append(int(value))
            elif name == "UnitPrice":
                cells.append(float(value))
            else:
                cells.append(str(value))  # InvoiceDate stays a string cell
        sheet.append(cells)
    book.save(os.path.join(ROOT, XLSX))

    lines = pd.read_csv(os.path.join(ROOT, CSV), dtype={"InvoiceNo": str, "StockCode": str, "Country": str},
                        keep_default_na=False, na_values=[""])
    stamps = pd.to_datetime(lines["InvoiceDate"], format="%m/%d/%Y %H:%M")
    lines["InvoiceDays"] = (stamps - EPOCH) / pd.Timedelta(days=1)
    base = "customer=CustomerID,date=InvoiceDate,quantity=Quantity,price=UnitPrice"
    scenarios = []
    for invoices, invoice in ((base, None), (base + ",invoice=InvoiceNo", "InvoiceNo")):
        result = features(lines, "InvoiceDays", invoice=invoice)
        scenarios.append({"invoices": invoices,
                          "monetarySum": float(sum(row[2] for row in result["values"])), **result})
    reference = {
        "source": SOURCE,
        "csv": CSV,
        "xlsx": XLSX,
        "firstDay": float(lines["InvoiceDays"].min()),
        "lastDay": float(lines["InvoiceDays"].max()),
        "scenarios": scenarios,
    }
    with open(os.path.join(OUT, "invoice_text_dates.json"), "w") as f:
        json.dump(reference, f, indent=1)
        f.write("\n")
    print(f"text dates: {len(subset)} lines, {len(chosen)} customers")


if __name__ == "__main__":
    main()
