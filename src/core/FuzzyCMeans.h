#pragma once

#include "core/TaskControl.h"
#include "core/Types.h"

#include <cstdint>
#include <vector>

namespace segmenta {

/// Settings of a Fuzzy C-Means fit (Bezdek).
struct FcmOptions {
    int c = 3;            ///< number of clusters
    double m = 2.0;       ///< fuzzifier, > 1
    int maxIter = 300;
    double tol = 1e-6;    ///< stop when the objective's relative decrease falls below this
    int nInit = 1;        ///< restarts from k-means++ centres; the lowest objective wins
    std::uint64_t seed = 0;
    int threads = 0;
    bool orderSegments = true; ///< largest hard cluster first, as KMeans
};

/// A fitted Fuzzy C-Means model.
struct FcmResult {
    Matrix centroids;         ///< c × features
    Matrix memberships;       ///< rows × c, each row sums to 1
    Labels labels;            ///< cluster of highest membership
    std::vector<Index> sizes; ///< rows per hard cluster
    double objective = 0.0;   ///< Σ u^m · squared distance
    double partitionCoefficient = 0.0; ///< (1/n) Σ u², in [1/c, 1]
    double partitionEntropy = 0.0;     ///< −(1/n) Σ u·ln u, in [0, ln c]
    int iterations = 0;
    bool converged = false;
};

/// Alternating optimisation from the given centres: memberships from centres, centres from memberships.
FcmResult fuzzyCMeansFrom(const Matrix& data, const Matrix& initialCentres, const FcmOptions& options,
                          const TaskControl& control = {});
/// Full fit from k-means++ starts. Throws DataError for c < 2, m ≤ 1, or fewer distinct rows than c.
FcmResult fuzzyCMeans(const Matrix& data, const FcmOptions& options, const TaskControl& control = {});

} // namespace segmenta
