"""Races `segmenta-cli analyze` against the equivalent scikit-learn pipeline on generated data.

Both run as child processes of this script, one after the other, in the same run: wall time is measured
from start to exit, peak RSS from the child's own resource usage. The K-Means inertias of every K must agree
within 1 %. Run with Debian's python (python3-sklearn, python3-pandas):

    /usr/bin/python3 bench/race_sklearn.py [--rows 1000000] [--cli build/release/bin/segmenta-cli]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
KS = range(2, 7)
N_INIT = 3
SAMPLE = 10000
TOLERANCE = 0.01


def sklearn_pipeline(csv):
    """Child mode: the scikit-learn equivalent of the CLI call; prints {k: inertia} as JSON."""
    import pandas as pd
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    x = StandardScaler().fit_transform(pd.read_csv(csv).to_numpy(float))
    PCA(n_components=2).fit(x)  # the CLI computes a 2-component PCA for display and clusters the features
    inertias = {}
    for k in KS:
        km = KMeans(n_clusters=k, n_init=N_INIT, random_state=0).fit(x)
        silhouette_score(x, km.labels_, sample_size=SAMPLE, random_state=0)
        inertias[k] = float(km.inertia_)
    json.dump(inertias, sys.stdout)


def write_blobs(path, rows, cols):
    import numpy as np
    from sklearn.datasets import make_blobs

    x, _ = make_blobs(n_samples=rows, n_features=cols, centers=4, cluster_std=1.5, random_state=0)
    np.savetxt(path, x, fmt="%.6f", delimiter=",", header=",".join("x%d" % (c + 1) for c in range(cols)),
               comments="")


def run_child(argv, stdout_path):
    """Runs argv to completion; returns (wall seconds, peak RSS in MiB, stdout text).

    os.wait4 returns the same rusage as getrusage(RUSAGE_CHILDREN), but for this one child: RUSAGE_CHILDREN
    keeps the largest peak of all children so far, which would mix the two contenders up."""
    with open(stdout_path, "w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit("%s failed (%d): %s" % (argv[0], process.returncode, process.stderr.read().decode()))
    with open(stdout_path) as f:
        return wall, usage.ru_maxrss / 1024.0, f.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows of generated data (default 100000)")
    parser.add_argument("--cols", type=int, default=8, help="numeric columns (default 8)")
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "bench", "bin", "segmenta-cli"),
                        help="segmenta-cli to race (default build/bench/bin/segmenta-cli)")
    parser.add_argument("--sklearn-child", metavar="CSV", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sklearn_child:
        sklearn_pipeline(args.sklearn_child)
        return

    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "blobs.csv")
        write_blobs(csv, args.rows, args.cols)
        cli_argv = [args.cli, "analyze", csv, "--k", "%d..%d" % (KS[0], KS[-1]), "--n-init", str(N_INIT),
                    "--silhouette", "sampled", "--json", "-"]
        ours_time, ours_rss, ours_out = run_child(cli_argv, os.path.join(tmp, "cli.json"))
        sk_argv = [sys.executable, os.path.abspath(__file__), "--sklearn-child", csv]
        sk_time, sk_rss, sk_out = run_child(sk_argv, os.path.join(tmp, "sklearn.json"))

    ours = {s["k"]: s["inertia"] for s in json.loads(ours_out)["sweep"]}
    theirs = {int(k): v for k, v in json.loads(sk_out).items()}
    print("%d rows x %d columns, K %d..%d, n_init %d, sampled silhouette (%d rows)"
          % (args.rows, args.cols, KS[0], KS[-1], N_INIT, SAMPLE))
    print("%-4s %16s %16s %10s" % ("K", "inertia ours", "scikit-learn", "rel. diff"))
    worst = 0.0
    for k in KS:
        diff = abs(ours[k] - theirs[k]) / theirs[k]
        worst = max(worst, diff)
        print("%-4d %16.2f %16.2f %9.4f%%" % (k, ours[k], theirs[k], 100.0 * diff))
    print()
    print("%-14s %12s %14s %8s" % ("", "segmenta-cli", "scikit-learn", "ratio"))
    print("%-14s %12.2f %14.2f %8.2f" % ("wall time (s)", ours_time, sk_time, ours_time / sk_time))
    print("%-14s %12.1f %14.1f %8.2f" % ("peak RSS (MiB)", ours_rss, sk_rss, ours_rss / sk_rss))
    if worst > TOLERANCE:
        sys.exit("inertias differ by %.2f %% (more than %.0f %%)" % (100.0 * worst, 100.0 * TOLERANCE))


if __name__ == "__main__":
    main()
