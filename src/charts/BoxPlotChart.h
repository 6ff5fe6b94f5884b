#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <span>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

class ChartStyle;
class DataMatrix;
struct AnalysisResult;

/// Five numbers of a box plot: whiskers at the furthest values within 1.5 × IQR of the quartiles (Tukey),
/// quartiles by linear interpolation (numpy's default).
struct BoxStats {
    double lowerWhisker = 0.0;
    double lowerQuartile = 0.0;
    double median = 0.0;
    double upperQuartile = 0.0;
    double upperWhisker = 0.0;

    /// Of sorted values without NaN; not empty.
    static BoxStats ofSorted(std::span<const double> sorted);
};

/// The distribution of one feature in original units, one box per segment (named after it, in its colour).
class BoxPlotChart {
    Q_DECLARE_TR_FUNCTIONS(segmenta::BoxPlotChart)

public:
    /// `column` a profiled column of `result`; `logScale` draws the values on a logarithmic axis (for
    /// columns whose values are all positive).
    static QChart* create(const AnalysisResult& result, const DataMatrix& data, const QString& column,
                          const QStringList& segmentNames, const ChartStyle& style, bool logScale);
};

} // namespace segmenta
