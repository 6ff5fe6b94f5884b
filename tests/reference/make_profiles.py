"""Segment profile references from pandas.

profiles_wholesale.json: the Wholesale sample segmented by scikit-learn KMeans(n_clusters=4, n_init=10,
random_state=0) on log1p + StandardScaler of the six spending columns; per segment size, share and the
groupby mean / median of the original columns, overall mean, population std, ratio and z-score, and
pd.crosstab of Channel and Region (counts and normalize='index').

profiles_missing.csv / .json: a small random table with missing cells; rows whose segment is -1 are
not profiled (as rows a recipe dropped). Means, medians and deviations skip missing cells; the crosstab
shares divide by the segment size, so a missing category cell counts in no level.
Run with Debian's /usr/bin/python3.
"""
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans

from common import DATA, SPENDING, log_standardise, make_output_dirs, read_wholesale, write_json


def profile_stats(df, labels, features, k):
    groups = df[features].groupby(labels)
    overall_mean = df[features].mean()
    overall_std = df[features].std(ddof=0)
    means = groups.mean().reindex(range(k))
    z = (means - overall_mean) / overall_std
    distinguishing = []
    for s in range(k):
        strength = z.loc[s].abs().sort_values(ascending=False, kind="stable")
        strong = list(strength[strength >= 0.5].index[:3])
        distinguishing.append(strong if strong else list(strength.index))  # all, by strength, when none
    sizes = pd.Series(labels).value_counts().reindex(range(k), fill_value=0)
    return {
        "features": features,
        "sizes": sizes.tolist(),
        "shares": (sizes / len(labels)).tolist(),
        "means": means.to_numpy().tolist(),
        "medians": groups.median().reindex(range(k)).to_numpy().tolist(),
        "overallMean": overall_mean.tolist(),
        "overallStd": overall_std.tolist(),
        "ratios": (means / overall_mean).to_numpy().tolist(),
        "zScores": z.to_numpy().tolist(),
        "distinguishing": distinguishing,
    }


def crosstab_counts(categories, labels, k):
    counts = pd.crosstab(pd.Series(labels, name="segment"), categories).reindex(range(k), fill_value=0)
    counts = counts.reindex(sorted(counts.columns), axis=1)
    return counts


def level_text(value):
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def wholesale():
    df = read_wholesale()
    x = log_standardise(df[SPENDING].to_numpy(float))
    km = KMeans(n_clusters=4, n_init=10, random_state=0).fit(x)
    labels = km.labels_.astype(int)
    k = 4
    fixture = {
        "source": "pandas %s groupby/crosstab; labels from scikit-learn %s KMeans(4, n_init=10, random_state=0)"
                  % (pd.__version__, sklearn.__version__),
        "labels": labels.tolist(),
        "k": k,
        "profile": profile_stats(df, labels, SPENDING, k),
        "crosstabs": {},
    }
    for column in ["Channel", "Region"]:
        counts = crosstab_counts(df[column], labels, k)
        shares = pd.crosstab(pd.Series(labels, name="segment"), df[column], normalize="index")
        shares = shares.reindex(sorted(shares.columns), axis=1)
        fixture["crosstabs"][column] = {
            "levels": [level_text(v) for v in counts.columns],
            "counts": counts.to_numpy().tolist(),
            "rowShares": shares.to_numpy().tolist(),
        }
    write_json("profiles_wholesale.json", fixture)
    print("profiles_wholesale: sizes", fixture["profile"]["sizes"])


def missing():
    rng = np.random.default_rng(7)
    n = 60
    k = 3
    segment = rng.integers(0, k, size=n)
    segment[rng.choice(n, size=6, replace=False)] = -1
    df = pd.DataFrame({
        "segment": segment,
        "A": np.round(rng.normal(100, 20, n) + 30 * segment, 2),
        "B": np.round(rng.exponential(50, n), 2),
        "C": rng.integers(0, 10, n).astype(float),
        "Cat": rng.choice([3.0, 1.0, 2.5], size=n),
    })
    for column, count in [("A", 8), ("B", 12), ("C", 5), ("Cat", 7)]:
        df.loc[rng.choice(n, size=count, replace=False), column] = np.nan
    df.to_csv(os.path.join(DATA, "profiles_missing.csv"), index=False, na_rep="")
    kept = df[df["segment"] >= 0].reset_index(drop=True)
    labels = kept["segment"].to_numpy().astype(int)
    counts = crosstab_counts(kept["Cat"], labels, k)
    sizes = np.bincount(labels, minlength=k)
    fixture = {
        "source": "pandas %s groupby mean/median (skipna), std(ddof=0)" % pd.__version__,
        "k": k,
        "profile": profile_stats(kept, labels, ["A", "B", "C"], k),
        "crosstab": {
            "levels": [level_text(v) for v in counts.columns],
            "counts": counts.to_numpy().tolist(),
            "rowShares": (counts.to_numpy() / sizes[:, None]).tolist(),
        },
    }
    write_json("profiles_missing.json", fixture)
    print("profiles_missing: sizes", fixture["profile"]["sizes"])


def main():
    make_output_dirs()
    wholesale()
    missing()


if __name__ == "__main__":
    main()
