#pragma once

#include "core/DataMatrix.h"
#include "core/FuzzyCMeans.h"
#include "core/KMeans.h"
#include "core/Metrics.h"
#include "core/MiniBatchKMeans.h"
#include "core/Recipe.h"
#include "core/TaskControl.h"

#include <QString>

#include <vector>

namespace segmenta {

/// The clustering of a sweep. MiniBatch (mini-batch K-Means) is meant for millions of rows.
enum class Algorithm { KMeans, FuzzyCMeans, MiniBatch };
/// Stable names used in JSON and on the command line: "kmeans", "fcm", "minibatch".
QString toString(Algorithm algorithm);
/// Inverse of toString(); false for an unknown name.
bool fromString(const QString& name, Algorithm& algorithm);

/// Settings of a sweep over K.
struct SweepOptions {
    int kMin = 2;
    int kMax = 10;
    Algorithm algorithm = Algorithm::KMeans;
    KMeansOptions kmeans;       ///< k is set per K; nInit, maxIter, tol, seed and threads are used
    MiniBatchOptions miniBatch; ///< Algorithm::MiniBatch only
    double fuzzifier = 2.0;     ///< m of Fuzzy C-Means
    SilhouetteOptions silhouette;
    /// A K whose smallest segment holds less than this share of the rows is not recommended.
    double minSegmentShare = 0.05;
};

/// The scores of one K.
struct KScore {
    int k = 0;
    double inertia = 0.0;
    double silhouette = 0.0;
    double calinskiHarabasz = 0.0;
    double daviesBouldin = 0.0;
    int iterations = 0;
    double smallestShare = 0.0; ///< share of rows in the smallest segment
    double seconds = 0.0;       ///< wall time of fit and scores
};

/// One fitted model of a sweep, hard labels either way.
struct SweepModel {
    int k = 0;
    Matrix centroids;
    Labels labels;
    std::vector<Index> sizes;
    Matrix memberships;                ///< Fuzzy C-Means only
    double partitionCoefficient = 0.0; ///< Fuzzy C-Means only
    double partitionEntropy = 0.0;     ///< Fuzzy C-Means only
};

/// The recommended K and the reason, in one sentence.
struct Recommendation {
    int k = 0;
    int elbowK = 0; ///< knee of the inertia curve (0 when the range has fewer than 3 K)
    QString reason;
};

struct SweepResult {
    std::vector<KScore> scores; ///< one per K, ascending K
    std::vector<SweepModel> models;
    SilhouetteScore silhouetteInfo; ///< how the silhouettes were computed (of the last K)
    Recommendation recommendation;

    const SweepModel& model(int k) const;
};

/// The knee of a decreasing convex curve (Kneedle: the point farthest below the chord joining its ends,
/// on axes scaled to [0, 1]). Returns 0 for fewer than 3 points or when no point lies at least 0.05 below
/// the chord (a nearly straight curve).
int elbowOf(const std::vector<int>& ks, const std::vector<double>& values);

/// The recommendation rule: among the K whose smallest segment holds at least `minSegmentShare` of the
/// rows (all K when none does), the highest silhouette wins; when the inertia elbow is one of them and its
/// silhouette is within 0.02 of the best, the elbow wins instead, since it gives the segmentation where
/// more segments stop paying off. Davies–Bouldin breaks exact ties (lower wins).
Recommendation recommend(const std::vector<KScore>& scores, double minSegmentShare);

/// Fits and scores every K in [kMin, kMax]. Progress names the current K.
/// Throws DataError for an empty range or a kMin below 2, Cancelled on request.
SweepResult sweepK(const Matrix& data, const SweepOptions& options, const TaskControl& control = {});

/// One preprocessing variant of the grid and its best score.
struct GridCell {
    Transform transform = Transform::None;
    Scaling scaling = Scaling::Standard;
    int bestK = 0;
    double bestSilhouette = 0.0;
    std::vector<double> silhouettes; ///< per K of the range
    QString error; ///< why the variant could not be scored (e.g. log of zero), empty otherwise
};

/// The seed's grid search: every combination of {no transform, `logTransform`} × {standard, min-max,
/// robust} applied to all numeric steps of `base`, each swept over K and scored by silhouette.
std::vector<GridCell> preprocessingGrid(const DataMatrix& data, const Recipe& base, Transform logTransform,
                                        const SweepOptions& options, const TaskControl& control = {});

} // namespace segmenta
