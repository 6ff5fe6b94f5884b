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
    double mean = 0.0;        ///< segment mean (missing cells ignored; NaN when the segment has no value)
    double median = 0.0;      ///< segment median (mean of the two middle values for even counts; NaN as mean)
    double overallMean = 0.0; ///< mean over all profiled rows
    double ratio = 0.0;       ///< mean / overallMean (NaN when overallMean is 0)
    /// Standardised difference (mean − overallMean) / overall population standard deviation
    /// (0 when that deviation is 0, NaN when the segment has no value). Drives the heatmap and the choice
    /// of distinguishing features.
    double zScore = 0.0;
};

/// Size, key figures and a suggested name of one segment.
struct SegmentProfile {
    int segment = 0;
    Index size = 0;
    double share = 0.0;                   ///< size / profiled rows
    std::vector<FeatureProfile> features; ///< in the order of the profiled columns
    /// Up to three features with |zScore| ≥ 0.5, strongest first (all features sorted by |zScore| when none).
    /// Equal |zScore| keep column order.
    QStringList distinguishing;
    /// Named after the (at most) two strongest features with |zScore| ≥ 0.5, strongest first; features of
    /// the same sign in a row share one "High"/"Low" phrase: "High Grocery & Detergents_Paper",
    /// "Low Fresh", "High Frozen, low Milk"; "Average" when no feature has |zScore| ≥ 0.5.
    /// Names are unique across segments: segments sharing a name are named after their three strongest
    /// such features instead ("High Grocery & Milk, low Fresh") when they have three, and any name still
    /// shared gets " (segment N)" appended, N = segment + 1. The user may rename it.
    QString suggestedName;
};

/// Counts of segments against the levels of a categorical column.
struct Crosstab {
    QString column;
    QStringList levels;     ///< display texts of the levels, sorted
    Eigen::MatrixXi counts; ///< segments × levels
    /// counts / segment size: rows sum to 1, less the share of missing cells, which count in no level
    /// (0 for an empty segment)
    Eigen::MatrixXd rowShares;
};

/// Profiles of segments 0..k−1 over the given numeric columns of `data`.
/// `rows[i]` is the row of `data` that got `labels[i]` (rows a recipe dropped are simply not listed).
/// Overall means and deviations are over the listed rows. Throws DataError for an unknown or text column,
/// k < 1, a label outside [0, k), a row outside the table, or `rows` and `labels` of different lengths.
std::vector<SegmentProfile> profileSegments(const DataMatrix& data, const std::vector<Index>& rows,
                                            const Labels& labels, int k, const QStringList& columns);

/// Segments 0..k−1 against the levels of the column `column` of `data`: the distinct stored values found
/// in the listed rows, sorted by value, shown as their level text (text columns) or as the number.
/// Throws DataError for an unknown column and for the assignment errors of profileSegments().
Crosstab crosstab(const DataMatrix& data, const std::vector<Index>& rows, const Labels& labels, int k,
                  const QString& column);

} // namespace segmenta
