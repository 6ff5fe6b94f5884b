#pragma once

#include "core/Types.h"

#include <QCoreApplication>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

class ChartStyle;
struct AnalysisResult;

/// The silhouette of every customer as a horizontal profile per segment (segment 1 at the top), sorted from
/// highest to lowest within the segment, with the mean silhouette as a dashed vertical line.
class SilhouettePlot {
    Q_DECLARE_TR_FUNCTIONS(segmenta::SilhouettePlot)

public:
    /// The silhouette of every clustered row under the chosen model, in O(n²) time: compute it off the GUI
    /// thread for large data. Throws DataError when fewer than 2 segments are used.
    static Vector samples(const AnalysisResult& result);
    /// One area series per segment, named after it; its upper line has one point (silhouette, position)
    /// per row of the segment.
    static QChart* create(const AnalysisResult& result, const Vector& silhouettes,
                          const QStringList& segmentNames, const ChartStyle& style);
};

} // namespace segmenta
