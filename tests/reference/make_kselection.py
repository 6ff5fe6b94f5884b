"""Best silhouette over K = 2..4 of each preprocessing variant of the Wholesale spending columns
(the grid of core/KSelection), computed with scikit-learn. Run with /usr/bin/python3."""
import json
import os

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
frame = pd.read_csv(os.path.join(ROOT, "resources", "wholesale_customers.csv"))
raw = frame[["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]].to_numpy(float)
result = {}
for transform, values in (("none", raw), ("log1p", np.log1p(raw))):
    for name, scaler in (("standard", StandardScaler()), ("minmax", MinMaxScaler()), ("robust", RobustScaler())):
        X = scaler.fit_transform(values)
        best = max(silhouette_score(X, KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(X))
                   for k in (2, 3, 4))
        result[f"{transform}/{name}"] = float(best)
with open(os.path.join(ROOT, "tests", "fixtures", "reference", "kselection_grid.json"), "w") as f:
    json.dump(result, f, indent=1)
print(result)
