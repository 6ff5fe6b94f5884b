"""Reference outputs of the preprocessing recipe, computed independently with scikit-learn and numpy.

Writes tests/fixtures/data/preprocessing_synthetic*.csv (generated input) and
tests/fixtures/reference/preprocessing_<case>.json: for each case the recipe (Segmenta's JSON format), the
data it is fitted on and applied to, and the expected feature matrix, kept rows, feature names and drop counts.

The pipeline is rebuilt here from scikit-learn parts: SimpleImputer, np.log1p/np.log/np.sqrt, np.percentile
(linear interpolation) for clipping and Tukey fences, StandardScaler/MinMaxScaler/RobustScaler and
OneHotEncoder. Run with Debian's /usr/bin/python3 (scikit-learn 1.2).
"""
import os

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, RobustScaler, StandardScaler

from common import ROOT, SPENDING, WHOLESALE, write_json

SYNTHETIC = "tests/fixtures/data/preprocessing_synthetic.csv"
SYNTHETIC_NEW = "tests/fixtures/data/preprocessing_synthetic_new.csv"

IMPUTER = {"mean": "mean", "median": "median", "most-frequent": "most_frequent", "constant": "constant"}
TRANSFORM = {"none": lambda x: x, "log1p": np.log1p, "log": np.log, "sqrt": np.sqrt}
SCALER = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}


def read(path):
    return pd.read_csv(os.path.join(ROOT, path), float_precision="round_trip")


def synthetic(rng, rows, unseen_segment):
    spend = np.round(rng.lognormal(mean=6.0, sigma=1.2, size=rows), 2)
    visits = rng.poisson(1.5, size=rows).astype(float)
    score = np.round(rng.normal(50.0, 10.0, size=rows), 3)
    score[rng.choice(rows, size=max(2, rows // 40), replace=False)] *= rng.choice([-3.0, 4.0], size=max(2, rows // 40))
    share = np.round(rng.uniform(0.01, 1.0, size=rows), 4)
    # Tier: values 2 and 7 are equally most frequent, so most-frequent imputation must pick the smaller one.
    tier = np.array(([7.0, 2.0] * rows)[: rows // 2] + list(rng.choice([1.0, 3.0, 5.0], size=rows - rows // 2)))
    rng.shuffle(tier)
    segment = rng.choice([1.0, 2.0, 3.0, 4.0], size=rows, p=[0.4, 0.3, 0.2, 0.1])
    if unseen_segment:
        segment[rng.choice(rows, size=3, replace=False)] = 5.0
    area = rng.choice([10.0, 20.0, 30.0], size=rows)
    frame = pd.DataFrame({"Spend": spend, "Visits": visits, "Score": score, "Share": share, "Tier": tier,
                          "Segment": segment, "Area": area})
    for column, fraction in [("Spend", 0.08), ("Visits", 0.05), ("Score", 0.05), ("Share", 0.04),
                             ("Segment", 0.05), ("Area", 0.03)]:
        frame.loc[rng.random(rows) < fraction, column] = np.nan
    # Keep the Tier tie exact: blank the same number of 2s and 7s.
    for value in (2.0, 7.0):
        frame.loc[frame.index[frame["Tier"] == value][:3], "Tier"] = np.nan
    return frame


def step(column, missing="drop", transform="none", outliers="none", scaling="standard", constant=0.0,
         lower=1.0, upper=99.0):
    return {"column": column, "missing": missing, "missingConstant": constant, "transform": transform,
            "outliers": outliers, "lowerPercentile": lower, "upperPercentile": upper, "scaling": scaling}


def categorical(column, missing="most-frequent", drop_first=False):
    return {"column": column, "missing": missing, "dropFirst": drop_first}


def recipe(numeric, cats=(), min_features=1):
    return {"version": 1, "numeric": list(numeric), "categorical": list(cats), "dropTukeyMinFeatures": min_features}


def uniform(columns, cats=(), drop_first=False, min_features=1, **kwargs):
    return recipe([step(c, **kwargs) for c in columns], [categorical(c, drop_first=drop_first) for c in cats],
                  min_features)


class NumericStep:
    """One numeric step fitted on the rows that reach each stage."""

    def __init__(self, spec, frame):
        self.spec = spec
        values = frame[spec["column"]].to_numpy(dtype=float).reshape(-1, 1)
        self.imputer = None
        if spec["missing"] != "drop":
            self.imputer = SimpleImputer(strategy=IMPUTER[spec["missing"]], fill_value=spec["missingConstant"])
            self.imputer.fit(values)
        self.low, self.high = -np.inf, np.inf
        x = self.before_outliers(frame)
        if spec["outliers"] == "clip-percentile":
            self.low, self.high = np.percentile(x, [spec["lowerPercentile"], spec["upperPercentile"]])
        elif spec["outliers"] in ("clip-tukey", "drop-tukey"):
            q1, q3 = np.percentile(x, [25, 75])
            self.low, self.high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
        self.scaler = None

    def before_outliers(self, frame):
        x = frame[self.spec["column"]].to_numpy(dtype=float).reshape(-1, 1)
        if self.imputer is not None:
            x = self.imputer.transform(x)
        with np.errstate(all="raise"):
            return TRANSFORM[self.spec["transform"]](x).ravel()

    def outside(self, frame):
        if self.spec["outliers"] != "drop-tukey":
            return np.zeros(len(frame), dtype=int)
        x = self.before_outliers(frame)
        return ((x < self.low) | (x > self.high)).astype(int)

    def before_scaling(self, frame):
        x = self.before_outliers(frame)
        if self.spec["outliers"] in ("clip-percentile", "clip-tukey"):
            x = np.clip(x, self.low, self.high)
        return x.reshape(-1, 1)

    def fit_scaler(self, frame):
        if self.spec["scaling"] != "none":
            self.scaler = SCALER[self.spec["scaling"]]().fit(self.before_scaling(frame))

    def output(self, frame):
        x = self.before_scaling(frame)
        return (x if self.scaler is None else self.scaler.transform(x)).ravel()

    def params(self):
        """Fitted statistics as Segmenta reports them; null where a statistic is unused."""
        center, scale = 0.0, 1.0
        if isinstance(self.scaler, StandardScaler):
            center, scale = self.scaler.mean_[0], self.scaler.scale_[0]
        elif isinstance(self.scaler, MinMaxScaler):
            center, scale = self.scaler.data_min_[0], self.scaler.data_range_[0]
        elif isinstance(self.scaler, RobustScaler):
            center, scale = self.scaler.center_[0], self.scaler.scale_[0]
        finite = lambda v: float(v) if np.isfinite(v) else None
        return {"imputeValue": None if self.imputer is None else float(self.imputer.statistics_[0]),
                "lowerBound": finite(self.low), "upperBound": finite(self.high),
                "center": float(center), "scale": float(scale)}


class CategoricalStep:
    def __init__(self, spec, present, kept):
        self.spec = spec
        self.imputer = None
        if spec["missing"] == "most-frequent":
            self.imputer = SimpleImputer(strategy="most_frequent").fit(self.column(present))
        self.encoder = OneHotEncoder(drop="first" if spec["dropFirst"] else None, handle_unknown="ignore",
                                     sparse_output=False)
        self.encoder.fit(self.imputed(kept))

    def column(self, frame):
        return frame[self.spec["column"]].to_numpy(dtype=float).reshape(-1, 1)

    def imputed(self, frame):
        x = self.column(frame)
        return x if self.imputer is None else self.imputer.transform(x)

    def names(self):
        levels = self.encoder.categories_[0][1 if self.spec["dropFirst"] else 0:]
        return ["%s=%.15g" % (self.spec["column"], v) for v in levels]

    def output(self, frame):
        with np.testing.suppress_warnings() as sup:
            sup.filter(UserWarning)  # unknown categories are encoded as all zeros, which is what we want
            return self.encoder.transform(self.imputed(frame))


def drop_columns(spec):
    return [s["column"] for s in spec["numeric"] + spec["categorical"] if s["missing"] == "drop"]


def select(steps, spec, frame):
    """Rows of frame kept by the missing-value and Tukey-drop filters, with the two drop counts."""
    present = frame.dropna(subset=drop_columns(spec))
    outside = sum((s.outside(present) for s in steps), np.zeros(len(present), dtype=int))
    kept = present[outside < spec["dropTukeyMinFeatures"]]
    return present, kept, len(frame) - len(present), len(present) - len(kept)


def run(spec, fit_frame, apply_frame):
    present = fit_frame.dropna(subset=drop_columns(spec))
    steps = []
    for s in spec["numeric"]:
        steps.append(NumericStep(s, present))
    _, kept, _, _ = select(steps, spec, fit_frame)
    for s in steps:
        s.fit_scaler(kept)
    cats = [CategoricalStep(c, present, kept) for c in spec["categorical"]]

    _, rows, dropped_missing, dropped_outliers = select(steps, spec, apply_frame)
    blocks = [s.output(rows).reshape(-1, 1) for s in steps] + [c.output(rows) for c in cats]
    features = np.hstack(blocks) if blocks else np.zeros((len(rows), 0))
    names = [s["column"] for s in spec["numeric"]] + [n for c in cats for n in c.names()]
    return {"features": features.tolist(), "rows": [int(i) for i in rows.index], "featureNames": names,
            "droppedMissing": dropped_missing, "droppedOutliers": dropped_outliers,
            "numericParams": [s.params() for s in steps],
            "categoryLevels": [[float(v) for v in c.encoder.categories_[0]] for c in cats]}


def source(path, begin=None, end=None):
    out = {"file": path}
    if begin is not None:
        out.update(begin=begin, end=end)
    return out


def frame_of(src):
    frame = read(src["file"])
    if "begin" in src:
        frame = frame.iloc[src["begin"]:src["end"]].reset_index(drop=True)
    return frame


def cases():
    w = WHOLESALE
    wc = ["Channel", "Region"]
    syn_num = ["Spend", "Visits", "Score", "Share", "Tier"]
    mixed = [step("Spend", missing="constant", constant=0.0, transform="log1p", outliers="drop-tukey"),
             step("Visits", missing="most-frequent", transform="sqrt", scaling="minmax"),
             step("Score", missing="mean", outliers="drop-tukey", scaling="robust"),
             step("Share", missing="median", transform="log", outliers="clip-percentile", lower=5.0, upper=95.0),
             step("Tier", missing="most-frequent", outliers="clip-tukey", scaling="none")]
    return [
        ("wholesale_log1p_standard_onehot", source(w), None,
         uniform(SPENDING, wc, transform="log1p", scaling="standard")),
        ("wholesale_none_minmax_dropfirst", source(w), None, uniform(SPENDING, wc, True, scaling="minmax")),
        ("wholesale_sqrt_robust", source(w), None, uniform(SPENDING, transform="sqrt", scaling="robust")),
        ("wholesale_log_standard", source(w), None, uniform(SPENDING, transform="log")),
        ("wholesale_log1p_cliptukey_standard", source(w), None,
         uniform(SPENDING, transform="log1p", outliers="clip-tukey")),
        ("wholesale_log1p_clippercentile_minmax", source(w), None,
         uniform(SPENDING, transform="log1p", outliers="clip-percentile", lower=2.5, upper=97.5, scaling="minmax")),
        ("wholesale_none_clippercentile_default_none", source(w), None,
         uniform(SPENDING, outliers="clip-percentile", scaling="none")),
        ("wholesale_log1p_droptukey_n1_standard", source(w), None,
         uniform(SPENDING, wc, transform="log1p", outliers="drop-tukey")),
        ("wholesale_none_droptukey_n2_robust", source(w), None,
         uniform(SPENDING, wc, True, min_features=2, outliers="drop-tukey", scaling="robust")),
        ("wholesale_fit300_apply140", source(w, 0, 300), source(w, 300, 440),
         uniform(SPENDING, wc, transform="log1p", outliers="drop-tukey", min_features=1)),
        ("synthetic_mean_standard", source(SYNTHETIC), None,
         recipe([step(c, missing="mean") for c in syn_num], [categorical("Segment"), categorical("Area", "drop")])),
        ("synthetic_median_robust", source(SYNTHETIC), None,
         uniform(syn_num, missing="median", scaling="robust")),
        ("synthetic_mostfrequent_minmax_dropfirst", source(SYNTHETIC), None,
         uniform(syn_num, ["Segment"], True, missing="most-frequent", scaling="minmax")),
        ("synthetic_constant_none", source(SYNTHETIC), None,
         uniform(syn_num, missing="constant", constant=-1.5, scaling="none")),
        ("synthetic_drop_standard", source(SYNTHETIC), None,
         recipe([step(c) for c in syn_num], [categorical("Segment", "drop"), categorical("Area", "drop")])),
        ("synthetic_mixed_droptukey_n1", source(SYNTHETIC), None,
         recipe(mixed, [categorical("Segment"), categorical("Area", "drop", True)], 1)),
        ("synthetic_mixed_droptukey_n2", source(SYNTHETIC), None,
         recipe(mixed, [categorical("Segment"), categorical("Area", "drop", True)], 2)),
        ("synthetic_fit_apply_new", source(SYNTHETIC), source(SYNTHETIC_NEW),
         recipe(mixed, [categorical("Segment"), categorical("Area", "drop", True)], 1)),
        ("synthetic_fit_apply_new_onehot_full", source(SYNTHETIC), source(SYNTHETIC_NEW),
         recipe([step(c, missing="median", transform="log1p") for c in ["Spend", "Visits"]],
                [categorical("Segment"), categorical("Area")])),
    ]


def main():
    rng = np.random.default_rng(20240611)
    synthetic(rng, 240, False).to_csv(os.path.join(ROOT, SYNTHETIC), index=False, na_rep="")
    synthetic(rng, 60, True).to_csv(os.path.join(ROOT, SYNTHETIC_NEW), index=False, na_rep="")

    for name, fit_src, apply_src, spec in cases():
        apply_src = apply_src or fit_src
        result = run(spec, frame_of(fit_src), frame_of(apply_src))
        case = {"generator": "tests/reference/make_preprocessing.py", "name": name, "recipe": spec,
                "fit": fit_src, "apply": apply_src, **result}
        write_json("preprocessing_%s.json" % name, case)
        print("%-45s rows %3d  features %2d  dropped missing %3d outliers %3d" % (
            name, len(result["rows"]), len(result["featureNames"]), result["droppedMissing"],
            result["droppedOutliers"]))


if __name__ == "__main__":
    main()
