#pragma once

#include "core/TaskControl.h"
#include "core/Types.h"

#include <cstdint>
#include <vector>

namespace segmenta {

/// Settings of a Fuzzy C-Means fit (Bezdek).
struct FcmOptions {
    int c = 3;         ///< number of clusters (fuzzyCMeansFrom() takes it from the centres instead)
    double m = 2.0;    ///< fuzzifier, > 1
    int maxIter = 300; ///< most centre updates
    /// Stop when the objective's relative change falls below this, as R e1071::cmeans's `reltol`:
    /// |J_old − J_new| < tol · (J_old + tol) with J the objective divided by the row count.
    double tol = 1e-6;
    int nInit = 1; ///< restarts from k-means++ centres; the lowest objective wins
    std::uint64_t seed = 0;
    int threads = 0;           ///< 0 = defaultThreadCount(); the result does not depend on it
    bool orderSegments = true; ///< largest hard cluster first, as KMeans
};

/// A fitted Fuzzy C-Means model.
struct FcmResult {
    Matrix centroids;                  ///< c × features
    Matrix memberships;                ///< rows × c, each row sums to 1
    Labels labels;                     ///< cluster of highest membership (lowest index on ties)
    std::vector<Index> sizes;          ///< rows per hard cluster
    double objective = 0.0;            ///< Σ u^m · squared distance (not divided by the row count)
    double partitionCoefficient = 0.0; ///< (1/n) Σ u², in [1/c, 1]
    double partitionEntropy = 0.0;     ///< −(1/n) Σ u·ln u, in [0, ln c]
    /// Centre updates done. R e1071 reports one less when it converged (its `iter` counts from 0 there).
    int iterations = 0;
    bool converged = false;
};

/// Alternating optimisation from the given centres, in R e1071::cmeans's order: memberships (and the
/// objective) from the given centres first, then per iteration centres from memberships, memberships
/// from those centres, objective, convergence test (see FcmOptions::tol). The returned centroids are the
/// last centres and the memberships those computed from them. Memberships are
/// u_ij = 1 / Σ_l (d_ij / d_il)^(2/(m−1)); a row that coincides with centres belongs to them in equal
/// shares. Rows are processed in blocks on options.threads threads with results identical for any count.
/// Throws DataError for fewer than 2 centres, more centres than rows, centres that are not distinct or
/// whose width differs from the data, m ≤ 1, maxIter < 1, tol < 0, or non-finite data; Cancelled on request.
FcmResult fuzzyCMeansFrom(const Matrix& data, const Matrix& initialCentres, const FcmOptions& options,
                          const TaskControl& control = {});
/// Full fit: options.nInit runs of fuzzyCMeansFrom() from kmeansPlusPlus() centres, restart r drawing
/// from Rng(s_r) where s_r is the r-th value of Rng(options.seed).next(); the lowest objective wins (the
/// earliest restart on ties). Throws DataError as fuzzyCMeansFrom(), for c < 2, nInit < 1, or fewer
/// distinct rows than c.
FcmResult fuzzyCMeans(const Matrix& data, const FcmOptions& options, const TaskControl& control = {});

} // namespace segmenta
