"""Fuzzy C-Means references from R e1071::cmeans (method "cmeans", Euclidean distance).

Writes tests/fixtures/reference/fcm_*.json and tests/fixtures/data/fcm_blobs.csv. Each case starts
R from explicit centres so the C++ fuzzyCMeansFrom() can start from the same ones. R reports its
objective weighted by 1/n (withinerror); the fixtures also hold it multiplied by n, which is the
unweighted objective sum(u^m d^2). Partition coefficient and entropy are computed here in numpy from
R's memberships. Run with Debian's /usr/bin/python3 (needs numpy, pandas, scikit-learn) and Rscript
with e1071.
"""
import os
import subprocess
import tempfile

import numpy as np

from common import log_standardise, make_output_dirs, wholesale_spending, write_data_csv, write_json

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
suppressMessages(library(e1071))
x <- as.matrix(read.csv(args[1], header = FALSE))
centres <- as.matrix(read.csv(args[2], header = FALSE))
m <- as.numeric(args[3]); itermax <- as.integer(args[4]); reltol <- as.numeric(args[5])
set.seed(1)
fit <- cmeans(x, centers = centres, iter.max = itermax, dist = "euclidean", method = "cmeans",
              m = m, control = list(reltol = reltol))
out <- file(args[6], "w")
writeLines(sprintf("%.17g", fit$withinerror), out)
writeLines(sprintf("%d", fit$iter), out)
writeLines(apply(fit$centers, 1, function(r) paste(sprintf("%.17g", r), collapse = ",")), out)
writeLines(apply(fit$membership, 1, function(r) paste(sprintf("%.17g", r), collapse = ",")), out)
close(out)
"""


def run_cmeans(x, centres, m, itermax, reltol):
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.join(tmp, name) for name in ("x.csv", "c.csv", "fit.R", "out.txt")]
        np.savetxt(paths[0], x, delimiter=",", fmt="%.17g")
        np.savetxt(paths[1], centres, delimiter=",", fmt="%.17g")
        with open(paths[2], "w") as f:
            f.write(R_SCRIPT)
        subprocess.run(["Rscript", paths[2], paths[0], paths[1], repr(m), str(itermax), repr(reltol),
                        paths[3]], check=True)
        with open(paths[3]) as f:
            lines = f.read().split()
    c = centres.shape[0]
    within = float(lines[0])
    iters = int(lines[1])
    centres_out = np.array([[float(v) for v in l.split(",")] for l in lines[2:2 + c]])
    u = np.array([[float(v) for v in l.split(",")] for l in lines[2 + c:]])
    return within, iters, centres_out, u


def write_case(name, x, centres, m, itermax, reltol, store_data):
    within, iters, centres_out, u = run_cmeans(x, centres, m, itermax, reltol)
    n = x.shape[0]
    assert u.shape == (n, centres.shape[0])
    assert np.allclose(u.sum(axis=1), 1.0)
    d2 = ((x[:, None, :] - centres_out[None, :, :]) ** 2).sum(axis=2)
    objective = float((u ** m * d2).sum())
    assert abs(objective - within * n) <= 1e-9 * objective
    with np.errstate(divide="ignore", invalid="ignore"):
        ulogu = np.where(u > 0, u * np.log(u), 0.0)
    fixture = {
        "source": "R e1071 %s cmeans(x, centers, m, iter.max, method='cmeans', dist='euclidean', "
                  "control=list(reltol))" % subprocess.run(
                      ["Rscript", "-e", "cat(as.character(packageVersion('e1071')))"],
                      check=True, capture_output=True, text=True).stdout,
        "m": m,
        "iterMax": itermax,
        "reltol": reltol,
        "initialCentres": centres.tolist(),
        "centres": centres_out.tolist(),
        "memberships": u.tolist(),
        "hardLabels": np.argmax(u, axis=1).tolist(),
        "rIter": iters,
        "rWithinError": within,
        "objective": objective,
        "partitionCoefficient": float((u ** 2).sum() / n),
        "partitionEntropy": float(-ulogu.sum() / n),
    }
    if store_data:
        fixture["data"] = x.tolist()
    write_json("fcm_%s.json" % name, fixture)
    print("fcm_%s: R iter %d, objective %.10g" % (name, iters, objective))


def blobs():
    rng = np.random.default_rng(20240601)
    means = np.array([[0.0, 0.0], [6.0, 1.0], [2.0, 7.0], [8.0, 8.0]])
    x = np.vstack([rng.normal(mu, 1.2, size=(75, 2)) for mu in means])
    x = np.round(x, 6)
    write_data_csv("fcm_blobs.csv", x, ["x1", "x2"], "%.6f")
    return x


def main():
    make_output_dirs()
    x = log_standardise(wholesale_spending())
    start_rows = [0, 100, 200]
    # Converged fit and a fit stopped after 5 centre updates (checks the iteration order step by step).
    write_case("wholesale_c3", x, x[start_rows], 2.0, 300, 1e-9, True)
    write_case("wholesale_c3_iter5", x, x[start_rows], 2.0, 5, 1e-9, True)
    b = blobs()
    write_case("blobs_c4_m1_7", b, b[[3, 90, 160, 230]] + 0.25, 1.7, 300, 1e-9, False)


if __name__ == "__main__":
    main()
