#pragma once

#include <QCoreApplication>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

class ChartStyle;
struct AnalysisResult;
struct Crosstab;

/// The segment mix of each level of a categorical column (Channel, Region): one bar per level, stacked to
/// 100 % from one bar set per segment (named after it) whose values are the segment's percentage of the
/// level's customers.
class CrosstabChart {
    Q_DECLARE_TR_FUNCTIONS(segmenta::CrosstabChart)

public:
    /// `crosstab` one of result.crosstabs; `segmentNames` as from segmentDisplayNames().
    static QChart* create(const AnalysisResult& result, const Crosstab& crosstab,
                          const QStringList& segmentNames, const ChartStyle& style);
};

} // namespace segmenta
