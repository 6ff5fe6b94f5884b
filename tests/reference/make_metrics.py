"""Clustering-metric references for tests/core/TestMetrics.cpp: scikit-learn 1.2 (silhouette_samples,
silhouette_score, calinski_harabasz_score, davies_bouldin_score) and, as a second independent reference,
R's cluster::silhouette (via Rscript).

Writes tests/fixtures/reference/metrics_*.json and tests/fixtures/data/metrics_blobs.csv.
Run with Debian's /usr/bin/python3 (python3-sklearn)."""
import os
import subprocess
import tempfile

import numpy as np
from scipy.spatial.distance import cdist
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import (calinski_harabasz_score, davies_bouldin_score, silhouette_samples,
                             silhouette_score)

from common import column_names, log_standardise, make_output_dirs, wholesale_spending, write_data_csv, write_json


R_SILHOUETTE = """
library(cluster)
args <- commandArgs(trailingOnly = TRUE)
x <- as.matrix(read.csv(args[1], header = FALSE))
labels <- scan(args[2], quiet = TRUE)
s <- silhouette(as.integer(labels) + 1L, dist(x))
write(sprintf("%.17g", s[, "sil_width"]), args[3], ncolumns = 1)
"""


def r_silhouette(x, labels):
    with tempfile.TemporaryDirectory() as tmp:
        data, lab, out, script = (os.path.join(tmp, n) for n in ("x.csv", "l.txt", "s.txt", "s.R"))
        np.savetxt(data, x, fmt="%.17g", delimiter=",")
        np.savetxt(lab, labels, fmt="%d")
        with open(script, "w") as f:
            f.write(R_SILHOUETTE)
        subprocess.run(["Rscript", script, data, lab, out], check=True)
        return np.loadtxt(out)


def exact_silhouette(x, labels):
    """Direct-difference distances (scipy cdist), to report how far sklearn's expanded form is."""
    d = cdist(x, x)
    k = labels.max() + 1
    sums = np.stack([d[:, labels == c].sum(axis=1) for c in range(k)], axis=1)
    sizes = np.bincount(labels, minlength=k)
    own = sizes[labels]
    a = sums[np.arange(len(x)), labels] / np.maximum(own - 1, 1)
    mean = sums / sizes
    mean[np.arange(len(x)), labels] = np.inf
    b = mean.min(axis=1)
    s = (b - a) / np.maximum(a, b)
    return np.where(own > 1, s, 0.0)


def metrics_reference(x, labels, with_r):
    samples = silhouette_samples(x, labels)
    ref = {
        "labels": labels.tolist(),
        "k": int(labels.max() + 1),
        "silhouette_samples": samples.tolist(),
        "silhouette_score": float(silhouette_score(x, labels)),
        "calinski_harabasz": float(calinski_harabasz_score(x, labels)),
        "davies_bouldin": float(davies_bouldin_score(x, labels)),
    }
    print("  K=%d silhouette %.6f, sklearn vs direct distances %.2e" %
          (ref["k"], ref["silhouette_score"], np.abs(samples - exact_silhouette(x, labels)).max()))
    if with_r:
        r = r_silhouette(x, labels)
        print("  R cluster::silhouette vs sklearn %.2e" % np.abs(r - samples).max())
        ref["r_silhouette"] = r.tolist()
    return ref


def write(name, obj):
    write_json(name, obj, separators=(",", ":"))


def wholesale():
    x = log_standardise(wholesale_spending())
    ref = {"data": x.tolist(), "cases": []}
    for k in (2, 3, 4, 5):
        km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(x)
        print("wholesale K=%d inertia %.2f" % (k, km.inertia_))
        case = metrics_reference(x, km.labels_, with_r=(k == 3))
        case["inertia"] = float(km.inertia_)
        case["centroids"] = km.cluster_centers_.tolist()
        ref["cases"].append(case)
    write("metrics_wholesale.json", ref)


def blobs():
    """~3000 rows (several 256-row blocks) in 4 blobs plus two singleton clusters far away."""
    x, labels = make_blobs(n_samples=2998, centers=4, n_features=5, cluster_std=1.5, random_state=11)
    x = np.vstack([x, [[30.0] * 5, [-30.0, 30.0, -30.0, 30.0, -30.0]]])
    labels = np.concatenate([labels, [4, 5]])
    x = np.loadtxt(write_data_csv("metrics_blobs.csv", x, column_names(5), "%.6f"), delimiter=",", skiprows=1)
    print("blobs")
    write("metrics_blobs.json", metrics_reference(x, labels, with_r=True))


def edge_cases():
    """Small cases that hit scikit-learn's special rules: zero within-cluster spread (CH = 1, DB = 0), all rows
    equal (silhouette nan -> 0), two clusters sharing a centroid (DB treats distance 0 as infinity), and an
    unused label id (scikit-learn re-encodes labels, so only used clusters count)."""
    cases = {
        "identical within clusters": ([[0, 0], [0, 0], [5, 5], [5, 5]], [0, 0, 1, 1], 2),
        "all rows equal": ([[1.0], [1.0], [1.0], [1.0]], [0, 0, 1, 1], 2),
        "shared centroid": ([[-1.0], [1.0], [-2.0], [2.0], [10.0], [11.5], [12.0]], [0, 0, 1, 1, 2, 2, 2], 3),
        "unused label id": ([[0.0, 1.0], [0.5, 1.5], [4.0, 4.0], [5.0, 3.0], [4.5, 5.0]], [0, 0, 2, 2, 2], 3),
        "singleton": ([[0.0], [0.3], [1.0], [7.0]], [0, 0, 0, 1], 2),
    }
    out = []
    for name, (x, labels, k) in cases.items():
        x, labels = np.asarray(x, dtype=float), np.asarray(labels)
        out.append({
            "name": name, "data": x.tolist(), "labels": labels.tolist(), "k": k,
            "silhouette_samples": silhouette_samples(x, labels).tolist(),
            "calinski_harabasz": float(calinski_harabasz_score(x, labels)),
            "davies_bouldin": float(davies_bouldin_score(x, labels)),
        })
    write("metrics_edge.json", {"cases": out})


def main():
    make_output_dirs()
    wholesale()
    blobs()
    edge_cases()


if __name__ == "__main__":
    main()
