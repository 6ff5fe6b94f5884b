#pragma once

#include <QList>
#include <QString>

#include <span>
#include <utility>
#include <vector>

namespace segmenta {

/// What the data view's column panel shows about one column.
struct ColumnStats {
    qint64 count = 0;   ///< cells with a value
    qint64 missing = 0; ///< cells without one
    qint64 distinct = 0;
    /// Numbers only (NaN otherwise, and when undefined).
    double mean = 0.0;
    double standardDeviation = 0.0; ///< sample (n − 1)
    double minimum = 0.0;
    double maximum = 0.0;
    double skewness = 0.0; ///< as sampleSkewness()
    bool numeric = false;
    /// Bars of the histogram: a label and its count. Up to kMaxBars values when there are that few distinct
    /// values (or texts: the most frequent), else kBins equal-width bins from the minimum to the maximum.
    QList<std::pair<QString, qint64>> bars;
    bool binned = false; ///< the bars are equal-width bins, labelled with their lower edges

    static constexpr int kBins = 20;
    static constexpr int kMaxBars = 20;

    /// Statistics of a column of numbers; NaN is a missing cell.
    static ColumnStats ofNumbers(const std::vector<double>& values);
    /// Statistics of a text column from its texts' counts (most frequent first) and its missing cells.
    static ColumnStats ofTexts(const QList<std::pair<QString, qint64>>& counts, qint64 missing);
};

/// The adjusted Fisher–Pearson sample skewness G1 = n √(n − 1) / (n − 2) · m3 / m2^1.5 (m2, m3 the sums of
/// squared and cubed deviations), computed as pandas' Series.skew() does, with numpy's pairwise summation:
/// NaN for fewer than three values, 0 when the values are constant. NaN values must be removed first.
double sampleSkewness(std::span<const double> values);

/// numpy's pairwise sum of doubles (the rounding numpy's float64 sum() has).
double pairwiseSum(std::span<const double> values);

} // namespace segmenta
