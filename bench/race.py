"""Races Segmenta's engine against scikit-learn, case by case, alternating, in one run.

Cases (wholesale-like data generated from the bundled sample: per Channel, the mean and covariance of
log1p of the six spending columns, drawn as a multivariate normal and turned back into whole amounts):

  sweep-100k, sweep-1m  the analyst's sweep: read CSV, log1p + standard scaling of the six spending columns,
                        PCA(2) for display, K-Means on the prepared features for K = 2..10 with 10 restarts,
                        silhouette on a 10,000-row sample, Calinski-Harabasz, Davies-Bouldin.
                        Ours: `segmenta-cli analyze`; theirs: pandas + scikit-learn in a child python.
  silhouette-20k        the exact silhouette of 20,000 prepared rows with K-Means K = 5 labels (the function
                        call only, timed inside each child): `segmenta-profile --silhouette` against
                        sklearn.metrics.silhouette_score.

Every contender runs as a child process; wall time from start to exit (in-process for silhouette-20k), CPU
time and peak RSS from the child's own rusage (os.wait4). Medians over --reps repetitions, ours and
theirs alternating. The floor is the multiply-adds the case needs (plain Lloyd with the iterations actually
run, k-means++ trials, the sampled silhouette) divided by the machine's measured peak multiply-add rate
(segmenta-bench BM_PeakMultiplyAdd, both cores). Run with Debian's python:

    /usr/bin/python3 bench/race.py [--cases sweep-100k,silhouette-20k] [--reps 3]
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SPEND = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]
KS = range(2, 11)
N_INIT = 10
SAMPLE = 10000
INERTIA_TOLERANCE = 0.01  # one run's best of 10 varies by about this much between seeds, in both tools


def wholesale_like(rows, seed=0):
    import numpy as np
    import pandas as pd

    d = pd.read_csv(os.path.join(ROOT, "resources", "wholesale_customers.csv"))
    rng = np.random.default_rng(seed)
    shares = lambda col: d[col].value_counts(normalize=True).sort_index()
    channel = rng.choice(shares("Channel").index, size=rows, p=shares("Channel").to_numpy())
    region = rng.choice(shares("Region").index, size=rows, p=shares("Region").to_numpy())
    logs = np.empty((rows, len(SPEND)))
    for ch in np.unique(channel):
        fit = np.log1p(d.loc[d.Channel == ch, SPEND].to_numpy(float))
        idx = np.flatnonzero(channel == ch)
        logs[idx] = rng.multivariate_normal(fit.mean(0), np.cov(fit, rowvar=False), size=idx.size)
    spend = np.maximum(np.rint(np.expm1(logs)), 0).astype(np.int64)
    return pd.DataFrame(np.column_stack([channel, region, spend]), columns=["Channel", "Region"] + SPEND)


def sklearn_sweep(csv):
    """Child: the scikit-learn equivalent of the CLI sweep; prints {k: [inertia, total iterations]}."""
    import numpy as np
    import pandas as pd
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA
    from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score
    from sklearn.preprocessing import StandardScaler

    x = StandardScaler().fit_transform(np.log1p(pd.read_csv(csv)[SPEND].to_numpy(float)))
    PCA(n_components=2).fit_transform(x)
    out = {}
    for k in KS:
        km = KMeans(n_clusters=k, n_init=N_INIT, random_state=0).fit(x)
        silhouette_score(x, km.labels_, sample_size=SAMPLE, random_state=0)
        calinski_harabasz_score(x, km.labels_)
        davies_bouldin_score(x, km.labels_)
        out[k] = [float(km.inertia_), int(km.n_iter_)]
    json.dump(out, sys.stdout)


def sklearn_silhouette(csv):
    """Child: times sklearn's exact silhouette_score of the rows and labels in csv (last column)."""
    import pandas as pd
    from sklearn.metrics import silhouette_score

    values = pd.read_csv(csv).to_numpy(float)
    start = time.perf_counter()
    mean = silhouette_score(values[:, :-1], values[:, -1].astype(int))
    json.dump({"seconds": time.perf_counter() - start, "mean": float(mean)}, sys.stdout)


def run_child(argv):
    """Runs argv to completion; returns (wall s, CPU s, peak RSS MiB, stdout)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit("%s failed: %s" % (" ".join(argv), process.stderr.read().decode()))
        out.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, out.read().decode()


def peak_multiply_adds(bench):
    """Multiply-adds per second of both cores together, from BM_PeakMultiplyAdd."""
    out = subprocess.run([bench, "--benchmark_filter=BM_PeakMultiplyAdd/", "--benchmark_format=json",
                          "--benchmark_min_time=1"], check=True, capture_output=True, text=True).stdout
    return max(b["GMAdd/s"] for b in json.loads(out)["benchmarks"]) * 1e9


def sweep_case(tmp, rows, args):
    csv = os.path.join(tmp, "wholesale_%d.csv" % rows)
    wholesale_like(rows).to_csv(csv, index=False)
    ours = [args.cli, "analyze", csv, "--features", ",".join(SPEND), "--log1p", "--k", "%d..%d" % (KS[0], KS[-1]),
            "--n-init", str(N_INIT), "--silhouette", "sampled", "--json", "-"]
    theirs = [sys.executable, os.path.abspath(__file__), "--child-sweep", csv]

    def check(our_out, their_out):
        mine = {s["k"]: s for s in json.loads(our_out)["sweep"]}
        sk = {int(k): v for k, v in json.loads(their_out).items()}
        worst = max(mine[k]["inertia"] / sk[k][0] - 1.0 for k in KS)
        if worst > INERTIA_TOLERANCE:
            sys.exit("sweep %d rows: an inertia is %.2f %% above scikit-learn's" % (rows, 100 * worst))
        # Plain Lloyd with our kept restarts' iterations for all 10, k-means++ with 2 + ln K trials, the
        # sampled silhouette (half the pairs would do, the full matrix is counted as both tools compute it).
        d = len(SPEND)
        lloyd = sum(N_INIT * mine[k]["iterations"] * rows * k * d for k in KS)
        seeding = sum(N_INIT * rows * d * (1 + (k - 1) * (1 + 2 + int(math.log(k)))) for k in KS)
        silhouette = len(KS) * SAMPLE * SAMPLE * d
        return "worst inertia vs scikit-learn %+.3f %%" % (100 * worst), lloyd + seeding + silhouette

    return ours, theirs, check


def silhouette_case(tmp, rows, args):
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import StandardScaler

    x = StandardScaler().fit_transform(np.log1p(wholesale_like(rows)[SPEND].to_numpy(float)))
    labels = KMeans(n_clusters=5, n_init=1, random_state=0).fit(x).labels_
    csv = os.path.join(tmp, "silhouette_%d.csv" % rows)
    np.savetxt(csv, np.column_stack([x, labels]), fmt="%.17g", delimiter=",",
               header=",".join(["f%d" % i for i in range(x.shape[1])] + ["label"]), comments="")
    ours = [args.profile, "--silhouette", csv]
    theirs = [sys.executable, os.path.abspath(__file__), "--child-silhouette", csv]

    def check(our_out, their_out):
        a, b = json.loads(our_out)["mean"], json.loads(their_out)["mean"]
        if abs(a - b) > 1e-9:
            sys.exit("silhouette %r differs from scikit-learn's %r" % (a, b))
        return "silhouette %.6f, |diff| %.1e" % (a, abs(a - b)), rows * rows * x.shape[1]

    return ours, theirs, check


CASES = {
    "sweep-100k": (sweep_case, 100_000, False),
    "sweep-1m": (sweep_case, 1_000_000, False),
    "silhouette-20k": (silhouette_case, 20_000, True),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated (default: all)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions per case (default 3)")
    bin_dir = os.path.join(ROOT, "build", "bench", "bin")
    parser.add_argument("--cli", default=os.path.join(bin_dir, "segmenta-cli"))
    parser.add_argument("--profile", default=os.path.join(bin_dir, "segmenta-profile"))
    parser.add_argument("--bench", default=os.path.join(bin_dir, "segmenta-bench"))
    parser.add_argument("--child-sweep", help=argparse.SUPPRESS)
    parser.add_argument("--child-silhouette", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_sweep:
        return sklearn_sweep(args.child_sweep)
    if args.child_silhouette:
        return sklearn_silhouette(args.child_silhouette)

    import sklearn

    rate = peak_multiply_adds(args.bench)
    print("scikit-learn %s, python %s; peak %.2f G multiply-adds/s (BM_PeakMultiplyAdd, both cores)"
          % (sklearn.__version__, sys.version.split()[0], rate * 1e-9))
    print("%-15s %-6s %9s %9s %9s %8s %10s  %s" % ("case", "who", "wall s", "CPU s", "CPU/wall", "RSS MiB",
                                                   "ratio", "notes"))
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.cases.split(","):
            make, rows, in_process = CASES[name]
            ours_argv, theirs_argv, check = make(tmp, rows, args)
            runs = {"ours": [], "sklearn": []}
            for _ in range(args.reps):
                for who, argv in (("ours", ours_argv), ("sklearn", theirs_argv)):
                    wall, cpu, rss, out = run_child(argv)
                    if in_process:
                        wall = json.loads(out)["seconds"]
                    runs[who].append((wall, cpu, rss, out))
            note, needed = check(runs["ours"][-1][3], runs["sklearn"][-1][3])
            med = {who: [statistics.median(r[i] for r in runs[who]) for i in range(3)] for who in runs}
            ratio = med["sklearn"][0] / med["ours"][0]
            for who in ("ours", "sklearn"):
                wall, cpu, rss = med[who]
                print("%-15s %-6s %9.2f %9.2f %9.2f %8.0f %10s  %s" % (
                    name, who, wall, cpu, cpu / wall, rss, "%.1fx faster" % ratio if who == "ours" else "",
                    note if who == "ours" else "walls " + " ".join("%.2f" % r[0] for r in runs[who])))
            floor = needed / rate
            print("%-15s %-6s %9.2f %9s %9s %8s %10s  %.3g G multiply-adds; ours %.1fx the floor" % (
                name, "floor", floor, "", "", "", "", needed * 1e-9, med["ours"][0] / floor))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
