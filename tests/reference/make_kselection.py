"""Best silhouette over K = 2..4 of each preprocessing variant of the Wholesale spending columns
(the grid of core/KSelection), computed with scikit-learn. Run with /usr/bin/python3."""
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

from common import wholesale_spending, write_json

raw = wholesale_spending()
result = {}
for transform, values in (("none", raw), ("log1p", np.log1p(raw))):
    for name, scaler in (("standard", StandardScaler()), ("minmax", MinMaxScaler()), ("robust", RobustScaler())):
        X = scaler.fit_transform(values)
        best = max(silhouette_score(X, KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(X))
                   for k in (2, 3, 4))
        result[f"{transform}/{name}"] = float(best)
write_json("kselection_grid.json", result, indent=1)
print(result)
