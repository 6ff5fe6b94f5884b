#pragma once

#include <QCoreApplication>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

class ChartStyle;
struct AnalysisResult;

/// Segments (rows, segment 1 at the top) × profiled features (columns), each cell coloured by the segment's
/// z-score in that feature (blue below the overall mean, red above, full colour at ±2) with the value
/// written in. The cells are a HeatmapItem on the chart; the category axes name segments and features.
class ZScoreHeatmap {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ZScoreHeatmap)

public:
    /// `segmentNames` as from segmentDisplayNames(); missing entries fall back to the suggested names.
    static QChart* create(const AnalysisResult& result, const QStringList& segmentNames,
                          const ChartStyle& style);
};

} // namespace segmenta
