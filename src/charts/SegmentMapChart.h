#pragma once

#include "core/Types.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

class ChartStyle;
struct AnalysisResult;

/// What the segment map shows.
struct SegmentMapOptions {
    int xComponent = 0; ///< 0-based principal component on the horizontal axis
    int yComponent = 1;
    /// Draw each prepared feature's loadings as an arrow from the origin (a biplot), scaled so that the
    /// longest reaches 80 % of the scores' range.
    bool loadings = false;
    /// Above this many rows a stratified sample of about this size is drawn.
    Index maxPoints = 20000;
};

/// The customers on two principal components, coloured by segment: one scatter series per segment named
/// after it, in segment order (hiding a series by its legend marker hides the segment).
class SegmentMapChart {
    Q_DECLARE_TR_FUNCTIONS(segmenta::SegmentMapChart)

public:
    /// `segmentNames` as from segmentDisplayNames(); missing entries fall back to the suggested names.
    static QChart* create(const AnalysisResult& result, const QStringList& segmentNames,
                          const ChartStyle& style, const SegmentMapOptions& options = {});
    /// The rows to draw, ascending: all when there are at most `maxPoints`, else from each segment a share of
    /// its rows proportional to its size (at least one), evenly spaced through its rows, so that the same
    /// data always give the same picture.
    static std::vector<Index> stratifiedSample(const Labels& labels, int k, Index maxPoints);
};

} // namespace segmenta
