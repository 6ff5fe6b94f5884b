"""End-to-end references for `segmenta-cli analyze`, computed with scikit-learn and pandas.

Each scenario names the CLI arguments and the equivalent scikit-learn pipeline; the test runs the CLI
with those arguments and compares its JSON with what this script wrote. Run with Debian's python:
    /usr/bin/python3 make_cli.py
"""
import os

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score
from sklearn.preprocessing import RobustScaler, StandardScaler

from common import DATA, SPENDING, WHOLESALE, log_standardise, make_output_dirs, read_wholesale, write_json


def tukey_clip(frame):
    q1 = frame.quantile(0.25)
    q3 = frame.quantile(0.75)
    iqr = q3 - q1
    return frame.clip(q1 - 1.5 * iqr, q3 + 1.5 * iqr, axis=1)


def sweep(X, ks):
    rows = []
    for k in ks:
        km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
        # Best-of-10 inertia depends on the seed once K is large; record scikit-learn's own spread.
        spread = [KMeans(n_clusters=k, n_init=10, random_state=seed).fit(X).inertia_ for seed in range(1, 10)]
        labels = km.labels_
        rows.append({
            "k": k,
            "inertia": float(km.inertia_),
            "inertia_other_seeds": [float(v) for v in spread],
            "silhouette": float(silhouette_score(X, labels)),
            "calinski_harabasz": float(calinski_harabasz_score(X, labels)),
            "davies_bouldin": float(davies_bouldin_score(X, labels)),
            "labels": labels.tolist(),
        })
    return rows


def scenario(name, args, frame, features, X, pca_components, cluster_on_pca, ks, kept_rows):
    pca = PCA(n_components=pca_components, svd_solver="full").fit(X)
    space = pca.transform(X) if cluster_on_pca else X
    result = {
        "args": args,
        "rows": int(X.shape[0]),
        "features": features,
        "kept_rows": [int(r) + 1 for r in kept_rows],
        "pca": {
            "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
            "components": pca.components_.tolist(),
        },
        "sweep": sweep(space, ks),
        # JSON has no NaN: a missing cell is null.
        "original": {c: [None if np.isnan(v) else v for v in frame[c].tolist()]
                     for c in frame.columns if frame[c].dtype != object},
    }
    write_json(f"cli_{name}.json", result)
    print(f"cli_{name}.json: {X.shape[0]} rows, K {ks[0]}..{ks[-1]}")


def wholesale():
    frame = read_wholesale()
    X = log_standardise(frame[SPENDING].to_numpy(float))
    scenario("wholesale_log1p",
             [WHOLESALE, "--features", ",".join(SPENDING), "--log1p", "--k", "2..10"],
             frame, SPENDING, X, 2, False, list(range(2, 11)), range(len(frame)))

    X = StandardScaler().fit_transform(frame.to_numpy(float))
    scenario("wholesale_all_pca3",
             [WHOLESALE, "--features", ",".join(frame.columns), "--pca", "3", "--k", "2..6"],
             frame, list(frame.columns), X, 3, True, list(range(2, 7)), range(len(frame)))


def wholesale_default():
    """No --features: the six spending columns; Channel and Region are category codes, left out."""
    frame = read_wholesale()
    X = log_standardise(frame[SPENDING].to_numpy(float))
    scenario("wholesale_default", [WHOLESALE, "--log1p", "--k", "2..5"],
             frame, SPENDING, X, 2, False, list(range(2, 6)), range(len(frame)))


def synthetic_mixed():
    """Skewed spending with gaps and outliers, and a text category: median imputation, Tukey clipping,
    robust scaling and one-hot encoding (levels in order of first appearance, as the reader codes them)."""
    rng = np.random.default_rng(7)
    n = 600
    centres = np.array([[2.0, 8.0, 1.0], [7.0, 2.0, 3.0], [5.0, 5.0, 9.0]])
    group = rng.integers(0, 3, n)
    values = centres[group] + rng.normal(0, 1.0, (n, 3))
    values[rng.random((n, 3)) < 0.04] = np.nan
    outliers = rng.random(n) < 0.02
    values[outliers, 0] = 60.0
    channel = np.array(["Retail", "Horeca", "Online"])[(group + (rng.random(n) < 0.2)) % 3]
    frame = pd.DataFrame(values, columns=["Spend A", "Spend B", "Spend C"]).round(4)
    frame.insert(1, "Channel", channel)
    path = os.path.join(DATA, "cli_mixed.csv")
    frame.to_csv(path, index=False, float_format="%.4f")
    frame = pd.read_csv(path)

    numeric = ["Spend A", "Spend B", "Spend C"]
    filled = frame[numeric].fillna(frame[numeric].median())
    clipped = tukey_clip(filled)
    scaled = RobustScaler().fit_transform(clipped.to_numpy(float))
    levels = list(dict.fromkeys(frame["Channel"]))
    onehot = np.column_stack([(frame["Channel"] == level).to_numpy(float) for level in levels])
    X = np.hstack([scaled, onehot])
    features = numeric + [f"Channel={level}" for level in levels]
    scenario("mixed",
             ["tests/fixtures/data/cli_mixed.csv", "--categorical", "Channel", "--missing", "median",
              "--outliers", "clip-tukey", "--scale", "robust", "--k", "3..5"],
             frame, features, X, 2, False, [3, 4, 5], range(n))


def synthetic_drop():
    """Three log-normal groups; rows with any gap dropped, log transform, Tukey drop in at least 1 feature,
    min-max scaling."""
    rng = np.random.default_rng(11)
    n = 500
    centres = np.array([[3.0, 5.0, 4.0, 6.0], [5.0, 3.5, 4.5, 4.0], [4.0, 6.0, 2.5, 5.0]])
    values = np.exp(centres[rng.integers(0, 3, n)] + rng.normal(0.0, 0.35, (n, 4)))
    values[rng.random((n, 4)) < 0.03] = np.nan
    frame = pd.DataFrame(values, columns=["w", "x", "y", "z"]).round(3)
    path = os.path.join(DATA, "cli_drop.csv")
    frame.to_csv(path, index=False, float_format="%.3f")
    frame = pd.read_csv(path)

    complete = frame.dropna()
    logged = np.log(complete)
    q1, q3 = logged.quantile(0.25), logged.quantile(0.75)
    iqr = q3 - q1
    outside = ((logged < q1 - 1.5 * iqr) | (logged > q3 + 1.5 * iqr)).sum(axis=1)
    kept = logged[outside < 1]
    X = ((kept - kept.min()) / (kept.max() - kept.min())).to_numpy(float)
    scenario("drop",
             ["tests/fixtures/data/cli_drop.csv", "--log", "--outliers", "drop-tukey:1", "--scale", "minmax",
              "--k", "2..5"],
             frame, ["w", "x", "y", "z"], X, 2, False, [2, 3, 4, 5], kept.index.to_numpy())


if __name__ == "__main__":
    make_output_dirs()
    wholesale()
    wholesale_default()
    synthetic_mixed()
    synthetic_drop()
