"""K-Means references from scikit-learn 1.2 (KMeans, algorithm="lloyd") for tests/core/TestKMeans.cpp.

Writes tests/fixtures/reference/kmeans_*.json and tests/fixtures/data/kmeans_*.csv.
Every data set the references are computed on is stored exactly as the test reads it: CSV data is written
with a fixed number of decimals and read back before fitting, the Wholesale transform is stored in full.
Run with Debian's /usr/bin/python3 (python3-sklearn)."""
import os

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import make_blobs

from common import column_names, log_standardise, make_output_dirs, wholesale_spending, write_data_csv
from common import write_json as write_fixture

KS = list(range(2, 11))
SKLEARN_STATES = range(31)


def lloyd_case(x, init, name, max_iter=300):
    """sklearn's Lloyd from fixed centres; init is stored so the test starts from the same point."""
    km = KMeans(n_clusters=len(init), init=init, n_init=1, algorithm="lloyd", max_iter=max_iter, tol=1e-4)
    km.fit(x)
    return {
        "name": name,
        "init": np.asarray(init).tolist(),
        "max_iter": max_iter,
        "labels": km.labels_.tolist(),
        "centers": km.cluster_centers_.tolist(),
        "inertia": float(km.inertia_),
        "n_iter": int(km.n_iter_),
    }


def lloyd_cases(x, ks, tag):
    cases = []
    for k in ks:
        cases.append(lloyd_case(x, x[:k].copy(), "%s K=%d first rows" % (tag, k)))
        centers, _ = kmeans_plusplus(x, k, random_state=k)
        cases.append(lloyd_case(x, centers, "%s K=%d sklearn k-means++" % (tag, k)))
    return cases


def best_inertias(x):
    """KMeans(n_init=10) over several random states: its spread between states exceeds 0.5% for some K, so the
    test compares the mean over many random states rather than one lucky or unlucky draw."""
    out = {}
    for k in KS:
        runs = [float(KMeans(n_clusters=k, n_init=10, random_state=s).fit(x).inertia_) for s in SKLEARN_STATES]
        out[str(k)] = {"mean": float(np.mean(runs)), "min": min(runs), "max": max(runs),
                       "random_state_0": runs[0]}
    return out


def write_json(name, obj):
    write_fixture(name, obj, separators=(",", ":"))


def write_csv(name, x, header, fmt):
    """Writes then reads back, so the references are computed on exactly the numbers the test parses."""
    path = write_data_csv(name, x, header, fmt)
    assert os.path.getsize(path) < 200_000, name
    return pd.read_csv(path).to_numpy(float)


def wholesale():
    x = log_standardise(wholesale_spending())
    cases = lloyd_cases(x, KS, "wholesale")
    # A centre far from every row gets no rows in the first iteration: sklearn relocates the farthest row.
    for k in (3, 5):
        init = np.vstack([x[: k - 1], np.full((1, x.shape[1]), 50.0)])
        cases.append(lloyd_case(x, init, "wholesale K=%d empty-cluster relocation" % k))
    cases.append(lloyd_case(x, x[:6].copy(), "wholesale K=6 first rows max_iter=3", max_iter=3))
    best = best_inertias(x)
    assert abs(best["2"]["random_state_0"] - 1844.06) < 0.01, best["2"]  # the published figure
    write_json("kmeans_wholesale.json", {"data": x.tolist(), "lloyd": cases, "ninit10_inertia": best})
    print("wholesale n_iter", [c["n_iter"] for c in cases])


def overlapping():
    x, _ = make_blobs(n_samples=3000, centers=6, n_features=5, cluster_std=3.0, random_state=11)
    x = write_csv("kmeans_overlap.csv", x, column_names(5), "%.4f")
    cases = lloyd_cases(x, [4, 6, 8], "overlap")
    cases.append(lloyd_case(x, x[:8].copy(), "overlap K=8 first rows max_iter=5", max_iter=5))
    write_json("kmeans_overlap.json", {"csv": "tests/fixtures/data/kmeans_overlap.csv", "lloyd": cases})
    print("overlap n_iter", [c["n_iter"] for c in cases])


def blobs():
    x, _ = make_blobs(n_samples=1500, centers=5, n_features=4, cluster_std=1.5, random_state=7)
    x = write_csv("kmeans_blobs.csv", x, column_names(4), "%.4f")
    write_json("kmeans_blobs.json", {"csv": "tests/fixtures/data/kmeans_blobs.csv",
                                     "ninit10_inertia": best_inertias(x)})


def separated():
    x, y = make_blobs(n_samples=600, centers=4, n_features=3, cluster_std=0.5, center_box=(-20, 20),
                      random_state=3)
    data = np.column_stack([x, y])
    back = write_csv("kmeans_separated.csv", data, ["x1", "x2", "x3", "truth"], ["%.4f"] * 3 + ["%d"])
    km = KMeans(n_clusters=4, n_init=10, random_state=0).fit(back[:, :3])
    agree = pd.crosstab(km.labels_, back[:, 3]).to_numpy()
    assert ((agree > 0).sum(axis=1) == 1).all(), "make_blobs clusters overlap: sklearn does not recover them"
    write_json("kmeans_separated.json", {"csv": "tests/fixtures/data/kmeans_separated.csv", "k": 4,
                                         "inertia": float(km.inertia_)})


def main():
    make_output_dirs()
    wholesale()
    overlapping()
    blobs()
    separated()


if __name__ == "__main__":
    main()
