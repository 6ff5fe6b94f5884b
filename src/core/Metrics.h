#pragma once

#include "core/TaskControl.h"
#include "core/Types.h"

#include <cstdint>

namespace segmenta {

/// Sum of squared Euclidean distances of rows to the centroid of their label.
double inertia(const Matrix& data, const Labels& labels, const Matrix& centroids);

/// Silhouette of every row (Euclidean), as scikit-learn's silhouette_samples: 0 for a row alone in its
/// cluster. Exact, in O(n²·d) time and O(n) memory: rows are processed in blocks on `threads` threads and
/// no n × n matrix is formed. Labels must be in [0, k) with at least 2 and at most n − 1 clusters used,
/// else DataError. Throws Cancelled on request.
Vector silhouetteSamples(const Matrix& data, const Labels& labels, int k, int threads = 0,
                         const TaskControl& control = {});

/// How the mean silhouette is computed.
enum class SilhouetteMode {
    Exact,   ///< over all rows
    Sampled, ///< over a uniform random sample of rows, as silhouette_score(sample_size=…)
    Auto     ///< exact up to SilhouetteOptions::autoExactLimit rows, sampled above
};

struct SilhouetteOptions {
    SilhouetteMode mode = SilhouetteMode::Auto;
    Index sampleSize = 10000;
    Index autoExactLimit = 20000;
    std::uint64_t seed = 0;
    int threads = 0;
};

/// The mean silhouette and how it was obtained.
struct SilhouetteScore {
    double mean = 0.0;
    bool sampled = false;
    Index sampleSize = 0;   ///< rows the mean is over (n when exact)
    std::uint64_t seed = 0; ///< seed of the sample, when sampled
};

/// The mean silhouette, exact or over a sample (see SilhouetteOptions). The labels must use between 2 and
/// n − 1 clusters over all rows, else DataError. When a sample happens to hold rows of one cluster only,
/// the silhouette of that sample is undefined and `mean` is NaN (the recommendation skips such a K).
SilhouetteScore silhouetteScore(const Matrix& data, const Labels& labels, int k,
                                const SilhouetteOptions& options = {}, const TaskControl& control = {});

/// Calinski–Harabasz index (variance ratio criterion), as scikit-learn.
double calinskiHarabasz(const Matrix& data, const Labels& labels, int k);
/// Davies–Bouldin index, as scikit-learn (0 when all centroid distances are 0).
double daviesBouldin(const Matrix& data, const Labels& labels, int k);

} // namespace segmenta
