"""PCA references from scikit-learn 1.2 (PCA, svd_solver="full") for tests/core/TestPca.cpp.

Writes tests/fixtures/reference/pca_*.json and tests/fixtures/data/pca_correlated.csv.
Run with Debian's /usr/bin/python3 (python3-sklearn)."""
import numpy as np
from sklearn.decomposition import PCA

from common import column_names, log_standardise, make_output_dirs, wholesale_spending, write_data_csv, write_json

FRACTIONS = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99]


def compact(a):
    """Floats with 15 significant digits keep the fixtures small and far below the 1e-9 tolerances."""
    return np.vectorize(lambda v: float("%.15g" % v))(np.asarray(a, dtype=float)).tolist()


def pca_reference(x, n_components, with_data):
    pca = PCA(n_components=n_components, svd_solver="full").fit(x)
    ref = {
        "n_components": int(pca.n_components_),
        "mean": compact(pca.mean_),
        "explained_variance_ratio": compact(pca.explained_variance_ratio_),
        "explained_variance": compact(pca.explained_variance_),
        "singular_values": compact(pca.singular_values_),
        "components": compact(pca.components_),
        "scores": compact(pca.transform(x)),
    }
    fractions = {}
    for f in FRACTIONS:
        fractions["%g" % f] = int(PCA(n_components=f, svd_solver="full").fit(x).n_components_)
    ref["fraction_components"] = fractions
    if with_data:
        ref["data"] = x.tolist()
    return ref


def write(name, obj):
    write_json(name, obj, separators=(",", ":"))


def main():
    make_output_dirs()
    raw = wholesale_spending()

    log_std = log_standardise(raw)
    ref = pca_reference(log_std, None, with_data=True)
    print("wholesale log-std ratio", ref["explained_variance_ratio"][:2])
    write("pca_wholesale_logstd.json", ref)

    write("pca_wholesale_raw.json", pca_reference(raw, None, with_data=False))

    # Correlated Gaussian data, more rows than one 256-row block; saved with 6 decimals and read back so
    # that the reference is computed from exactly the numbers the test reads.
    rng = np.random.default_rng(20240611)
    rows, cols = 2000, 7
    mixing = rng.normal(size=(cols, cols)) * np.array([5.0, 3.0, 2.0, 1.0, 0.5, 0.2, 0.1])[:, None]
    x = rng.normal(size=(rows, cols)) @ mixing + rng.normal(10.0, 3.0, size=cols)
    x = np.loadtxt(write_data_csv("pca_correlated.csv", x, column_names(cols), "%.6f"), delimiter=",", skiprows=1)
    write("pca_correlated.json", pca_reference(x, 3, with_data=False))

    # Wide: more columns than rows.
    wide = np.random.default_rng(7).normal(size=(10, 15)) * np.linspace(3.0, 0.5, 15)
    write("pca_wide.json", pca_reference(wide, 3, with_data=True))


if __name__ == "__main__":
    main()
