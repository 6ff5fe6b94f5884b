#pragma once

#include "core/KMeans.h"

namespace segmenta {

/// Settings of mini-batch K-Means beyond those of K-Means. Defaults are scikit-learn's MiniBatchKMeans'.
struct MiniBatchOptions {
    Index batchSize = 1024;    ///< rows drawn (with replacement) per step
    int maxNoImprovement = 10; ///< stop after this many steps without a lower smoothed batch inertia
    int maxInits = 3;          ///< k-means++ initialisations tried (at most KMeansOptions::nInit)
};

/// Mini-batch K-Means (Sculley 2010, as scikit-learn's MiniBatchKMeans): each of up to
/// `maxInits` k-means++ initialisations is seeded on a random subset of 3 × batchSize rows and scored on
/// another, the best is kept; then each step draws `batchSize` rows, assigns them to the nearest centre
/// and moves every centre towards the mean of its rows with a per-centre rate 1 / (rows it has seen).
/// It stops after `options.maxIter` passes' worth of steps or when the smoothed batch inertia has not
/// improved for `maxNoImprovement` steps. Finally every row is labelled with its nearest centre and the
/// centres are replaced by their segments' means (the reported inertia belongs to those). Far less work
/// than kmeans() for millions of rows, at a slightly higher inertia. Deterministic for a seed, whatever
/// the thread count. Throws as kmeans() does; Cancelled on request.
KMeansResult miniBatchKMeans(const Matrix& data, const KMeansOptions& options,
                             const MiniBatchOptions& miniBatch = {}, const TaskControl& control = {});

} // namespace segmenta
