"""Customer features from invoice lines (customerFeatures), computed with pandas.

Source: /work/shared/data/real/online_retail_70k.xlsx (UCI Online Retail, CC BY 4.0, first 70,051 lines).

tests/fixtures/invoice/online_retail_subset.csv: every line of 300 customers (100 of them with cancelled
invoices; customers with at most 20 lines, to keep the file small) and 200 lines without CustomerID, in
file order. InvoiceDate is kept as text for people; InvoiceDays is the same instant in days since
1970-01-01, which the test maps as the date so that it does not depend on date parsing.

invoice_online_retail_subset.json: pandas features of that CSV (read back as the test reads it) for
three mappings; invoice_online_retail_70k.json: the same for all 70,051 lines of the workbook, for a test
that reads the XLSX. The rules mirror src/core/InvoiceFeatures.h: lines of invoices starting with 'C'
count as -|Quantity * UnitPrice|; a purchase is an invoice (without invoice IDs: a calendar day) with a
line that is neither cancelled nor a return (Quantity < 0); days are floored calendar days; Monetary and
each Spend value are floored at 0 per customer.
Run with Debian's /usr/bin/python3.
"""
import json
import math
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SOURCE = "/work/shared/data/real/online_retail_70k.xlsx"
FIXTURE_DIR = os.path.join(ROOT, "tests", "fixtures", "invoice")
SUBSET_CSV = "tests/fixtures/invoice/online_retail_subset.csv"
OUT = os.path.join(ROOT, "tests", "fixtures", "reference")
COLUMNS = ["InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country",
           "InvoiceDays"]
EPOCH = pd.Timestamp("1970-01-01")


def features(lines, date, invoice=None, category=None, cap=50, reference_day=None, amount=None):
    """One row per customer, in order of first appearance, as customerFeatures computes it."""
    d = lines[lines["CustomerID"].notna()].copy()
    d["value"] = d[amount] if amount else d["Quantity"] * d["UnitPrice"]
    cancelled = d[invoice].astype(str).str.startswith("C") if invoice else pd.Series(False, index=d.index)
    d["value"] = d["value"].where(~cancelled, -d["value"].abs())
    d["day"] = np.floor(d[date])
    sign = d[amount] if amount else d["Quantity"]
    returns = ~cancelled & (sign < 0)
    purchase = ~cancelled & ~returns
    d["purchase_key"] = d[invoice] if invoice else d["day"]

    groups = d.groupby("CustomerID", sort=False)
    order = list(pd.unique(d["CustomerID"]))
    last = groups["day"].max().reindex(order)
    first = groups["day"].min().reindex(order)
    ref = math.floor(reference_day) if reference_day is not None else d["day"].max() + 1
    frequency = d[purchase].groupby("CustomerID")["purchase_key"].nunique().reindex(order, fill_value=0)
    net = groups["value"].sum().reindex(order)
    # Returns and cancellations reduce spend, never below 0 (InvoiceFeatures.h).
    monetary = net.clip(lower=0.0)
    table = pd.DataFrame({
        "Recency": ref - last,
        "Frequency": frequency.astype(float),
        "Monetary": monetary,
        "AverageBasket": (monetary / frequency).where(frequency > 0),
        "Tenure": last - first,
    })
    warnings = 0
    if category:
        names = list(pd.unique(d[category]))
        totals = d.groupby(category, sort=False)["value"].sum()
        kept = names
        if len(names) > cap:
            ranked = sorted((n for n in names if n != "other"), key=lambda n: -totals[n])  # stable
            # A near tie at the cut would make the choice depend on summation order.
            gap = totals[ranked[cap - 1]] - totals[ranked[cap]]
            assert gap > 1e-6 * max(1.0, abs(totals[ranked[cap]])), "tie at the category cap"
            kept = [n for n in names if n in set(ranked[:cap])]
            warnings = 1
        spend = d.pivot_table(index="CustomerID", columns=category, values="value", aggfunc="sum",
                              fill_value=0.0).reindex(index=order, columns=names, fill_value=0.0)
        for name in kept:
            table["Spend: " + str(name)] = spend[name].clip(lower=0.0)
        if len(kept) < len(names):
            table["Spend: other"] = spend[[n for n in names if n not in set(kept)]].sum(axis=1).clip(lower=0.0)

    report = {
        "linesRead": int(len(lines)),
        "linesUsed": int(len(d)),
        "linesWithoutCustomer": int(lines["CustomerID"].isna().sum()),
        "linesBadValues": 0,
        "cancelledLines": int(cancelled.sum()),
        "cancelledInvoices": int(d.loc[cancelled, invoice].nunique()) if invoice else 0,
        "returnLines": int(returns.sum()),
        "customers": len(order),
        "customersRaisedToZero": int((net < 0).sum()),
        # One note states the rule for returns and cancellations when there are any.
        "warnings": warnings + int(bool(cancelled.sum() + returns.sum())),
    }
    values = [[None if isinstance(v, float) and math.isnan(v) else float(v) for v in row]
              for row in table.to_numpy().tolist()]
    return {
        "referenceDay": float(ref),
        "report": report,
        "columns": ["CustomerID"] + list(table.columns),
        "customers": [float(c) for c in order],
        "values": values,
    }


def mapping(**kwargs):
    return {k: v for k, v in kwargs.items() if v is not None}


def write_json(name, payload):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")


def main():
    full = pd.read_excel(SOURCE, engine="openpyxl")
    full["InvoiceDays"] = (full["InvoiceDate"] - EPOCH) / pd.Timedelta(days=1)

    with_id = full[full["CustomerID"].notna()]
    sizes = with_id.groupby("CustomerID").size()
    small = sizes[sizes <= 20].index
    cancelling = with_id.loc[with_id["InvoiceNo"].astype(str).str.startswith("C"), "CustomerID"].unique()
    rng = np.random.default_rng(20240611)
    small_cancelling = sorted(set(small) & set(cancelling))
    chosen = set(rng.choice(small_cancelling, 100, replace=False))
    others = sorted(set(small) - set(cancelling))
    chosen |= set(rng.choice(others, 200, replace=False))
    no_id = rng.choice(full.index[full["CustomerID"].isna()], 200, replace=False)
    keep = full["CustomerID"].isin(chosen) | full.index.isin(no_id)
    subset = full.loc[keep, COLUMNS].copy()
    subset["InvoiceDate"] = subset["InvoiceDate"].dt.strftime("%Y-%m-%d %H:%M:%S")
    subset["CustomerID"] = subset["CustomerID"].astype("Int64")
    os.makedirs(FIXTURE_DIR, exist_ok=True)
    path = os.path.join(ROOT, SUBSET_CSV)
    subset.to_csv(path, index=False, lineterminator="\n")

    # Read back as the C++ test sees it: codes and countries as text, numbers as numbers.
    lines = pd.read_csv(path, dtype={"InvoiceNo": str, "StockCode": str, "Country": str},
                        keep_default_na=False, na_values=[""])
    lines["Amount"] = lines["Quantity"] * lines["UnitPrice"]
    reference_day = (pd.Timestamp("2011-02-01") - EPOCH) / pd.Timedelta(days=1)
    write_json("invoice_online_retail_subset.json", {
        "source": SOURCE,
        "csv": SUBSET_CSV,
        "scenarios": [
            {"name": "country",
             "mapping": mapping(customerId="CustomerID", date="InvoiceDays", quantity="Quantity",
                                unitPrice="UnitPrice", invoiceId="InvoiceNo", category="Country"),
             **features(lines, "InvoiceDays", invoice="InvoiceNo", category="Country")},
            {"name": "stock_code_cap",
             "mapping": mapping(customerId="CustomerID", date="InvoiceDays", quantity="Quantity",
                                unitPrice="UnitPrice", invoiceId="InvoiceNo", category="StockCode",
                                maxCategories=20),
             **features(lines, "InvoiceDays", invoice="InvoiceNo", category="StockCode", cap=20)},
            # Amount = Quantity * UnitPrice, added by the test; no invoice IDs, so days are invoices.
            {"name": "amount_days_reference",
             "mapping": mapping(customerId="CustomerID", date="InvoiceDays", amount="Amount",
                                referenceDay=reference_day),
             **features(lines, "InvoiceDays", amount="Amount", reference_day=reference_day)},
        ],
    })

    full["InvoiceNo"] = full["InvoiceNo"].astype(str)
    write_json("invoice_online_retail_70k.json", {
        "source": SOURCE,
        "mapping": mapping(customerId="CustomerID", date="InvoiceDate", quantity="Quantity",
                           unitPrice="UnitPrice", invoiceId="InvoiceNo", category="Country"),
        **features(full, "InvoiceDays", invoice="InvoiceNo", category="Country"),
    })
    print(f"subset: {len(subset)} lines, {len(chosen)} customers; full: {len(full)} lines")


if __name__ == "__main__":
    main()
