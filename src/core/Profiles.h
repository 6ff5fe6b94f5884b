#pragma once

#include "core/DataMatrix.h"
#include "core/Types.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace segmenta {

/// One original feature within one segment, in the feature's original units.
struct FeatureProfile {
    QString feature;
    double mean = 0.0;        ///< segment mean (missing cells ignored)
    double median = 0.0;      ///< segment median
    double overallMean = 0.0; ///< mean over all profiled rows
    double ratio = 0.0;       ///< mean / overallMean (NaN when overallMean is 0)
    /// Standardised difference (mean − overallMean) / overall population standard deviation
    /// (0 when that deviation is 0). Drives the heatmap and the choice of distinguishing features.
    double zScore = 0.0;
};

/// Size, key figures and a suggested name of one segment.
struct SegmentProfile {
    int segment = 0;
    Index size = 0;
    double share = 0.0; ///< size / profiled rows
    std::vector<FeatureProfile> features; ///< in the order of the profiled columns
    /// Up to three features with |zScore| ≥ 0.5, strongest first (all features sorted by |zScore| when none).
    QStringList distinguishing;
    /// e.g. "High Grocery & Detergents_Paper", "Low Fresh", "Average"; the user may rename it.
    QString suggestedName;
};

/// Counts of segments against the levels of a categorical column.
struct Crosstab {
    QString column;
    QStringList levels;  ///< display texts of the levels, sorted
    Eigen::MatrixXi counts; ///< segments × levels
    /// counts / segment size (rows sum to 1; a missing cell counts in no level)
    Eigen::MatrixXd rowShares;
};

/// Profiles of segments 0..k−1 over the given numeric columns of `data`.
/// `rows[i]` is the row of `data` that got `labels[i]` (rows a recipe dropped are simply not listed).
std::vector<SegmentProfile> profileSegments(const DataMatrix& data, const std::vector<Index>& rows,
                                            const Labels& labels, int k, const QStringList& columns);

/// Segments 0..k−1 against the levels of the column `column` of `data`.
Crosstab crosstab(const DataMatrix& data, const std::vector<Index>& rows, const Labels& labels, int k,
                  const QString& column);

} // namespace segmenta
