"""Helpers shared by the make_*.py reference scripts: where fixtures go, the Wholesale sample, the
log1p + StandardScaler preparation most references use, and writing fixture files."""
import json
import os

import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
REF = os.path.join(ROOT, "tests", "fixtures", "reference")
DATA = os.path.join(ROOT, "tests", "fixtures", "data")
WHOLESALE = "resources/wholesale_customers.csv"
SPENDING = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]


def make_output_dirs():
    os.makedirs(REF, exist_ok=True)
    os.makedirs(DATA, exist_ok=True)


def read_wholesale():
    """The bundled Wholesale customers sample as a DataFrame (all eight columns)."""
    return pd.read_csv(os.path.join(ROOT, WHOLESALE))


def wholesale_spending():
    """The six spending columns of the Wholesale sample, 440 x 6."""
    return read_wholesale()[SPENDING].to_numpy(float)


def log_standardise(raw):
    """log(1 + x), then z-scores with the population SD (StandardScaler)."""
    return StandardScaler().fit_transform(np.log1p(raw))


def write_json(name, obj, **dump_options):
    """Writes tests/fixtures/reference/<name>; dump_options go to json.dump (separators, indent)."""
    with open(os.path.join(REF, name), "w") as f:
        json.dump(obj, f, **dump_options)


def column_names(count):
    return ["x%d" % (c + 1) for c in range(count)]


def write_data_csv(name, x, header, fmt):
    """Writes tests/fixtures/data/<name> with a header row and returns its path."""
    path = os.path.join(DATA, name)
    np.savetxt(path, x, delimiter=",", header=",".join(header), comments="", fmt=fmt)
    return path
