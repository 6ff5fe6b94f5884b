#pragma once

#include "core/TaskControl.h"
#include "core/Types.h"

#include <cstdint>
#include <vector>

namespace segmenta {

class Rng;

/// Settings of a K-Means fit. Defaults are scikit-learn's.
struct KMeansOptions {
    int k = 8;
    int nInit = 10;    ///< k-means++ restarts; the one with the lowest inertia is kept
    int maxIter = 300; ///< Lloyd iterations per restart
    /// Convergence when the summed squared centre shift is ≤ tol × (mean of the features' variances),
    /// as scikit-learn defines it; also when no label changes.
    double tol = 1e-4;
    std::uint64_t seed = 0;
    int threads = 0; ///< 0 = defaultThreadCount(); the result does not depend on it
    /// Renumber segments largest first (see orderSegments()). Off only to compare with other tools' labels.
    bool orderSegments = true;
};

/// A fitted K-Means model.
struct KMeansResult {
    Matrix centroids;                 ///< k × features, row s = centre of segment s
    Labels labels;                    ///< segment of every row
    std::vector<Index> sizes;         ///< rows per segment
    double inertia = 0.0;             ///< sum of squared distances of rows to their centre
    int iterations = 0;               ///< Lloyd iterations of the kept restart
    bool converged = false;           ///< the kept restart converged before maxIter
    int bestInit = 0;                 ///< index of the kept restart
    std::vector<double> initInertias; ///< final inertia of every restart
    double seedingSeconds = 0.0;      ///< wall time spent in k-means++ seeding (all restarts)
    double lloydSeconds = 0.0;        ///< wall time spent in Lloyd iterations (all restarts)
};

/// k-means++ seeding with greedy local trials (2 + ⌊ln k⌋ candidates per centre, each drawn with
/// probability proportional to D², keeping the one that lowers the potential most), as scikit-learn.
/// Throws DataError when the data has fewer than k distinct rows; throws Cancelled on request.
Matrix kmeansPlusPlus(const Matrix& data, int k, Rng& rng, int threads = 0, const TaskControl& control = {});

/// Lloyd's algorithm with Hamerly's exact bounds (same result as plain Lloyd) from `initialCentres`.
/// Empty clusters are repaired by moving in the rows farthest from their centres, as scikit-learn does.
/// After the loop, labels are recomputed against the final centres. No renumbering is done.
/// Throws DataError for non-finite values or centres that do not fit the data; Cancelled on request.
KMeansResult lloyd(const Matrix& data, const Matrix& initialCentres, const KMeansOptions& options,
                   const TaskControl& control = {});

/// The checks of kmeans(): throws DataError for k < 1, more clusters than rows, no restart or iteration, a
/// negative tolerance, or non-finite data.
void checkKMeansInput(const Matrix& data, const KMeansOptions& options);

/// The full fit: `nInit` restarts of k-means++ then lloyd(), each restart seeded from `options.seed`;
/// the lowest inertia wins (the earliest restart on ties); segments renumbered if asked.
/// Reports progress per restart; throws Cancelled within 100 ms of a cancel request.
/// Throws DataError for k < 1, more clusters than rows or distinct rows, or non-finite data.
KMeansResult kmeans(const Matrix& data, const KMeansOptions& options, const TaskControl& control = {});

/// Renumbers segments in place: largest first; equal sizes ordered by their centroids compared
/// coordinate by coordinate (smaller first). Centroids, labels and sizes are permuted together.
void orderSegments(KMeansResult& result);

} // namespace segmenta
