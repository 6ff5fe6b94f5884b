#pragma once

#include <QCoreApplication>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

class ChartStyle;
struct AnalysisResult;

/// The value a profile bar shows.
enum class ProfileMeasure {
    Mean,       ///< the segment's mean in the feature's original units
    RatioToMean ///< the segment's mean divided by the overall mean, with a reference line at 1
};

/// Grouped bars of each segment's profile: features as categories, one bar set per segment named after it.
class ProfileChart {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ProfileChart)

public:
    /// `segmentNames` as from segmentDisplayNames(); missing entries fall back to the suggested names.
    static QChart* create(const AnalysisResult& result, const QStringList& segmentNames,
                          const ChartStyle& style, ProfileMeasure measure = ProfileMeasure::Mean);
};

} // namespace segmenta
