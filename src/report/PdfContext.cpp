#include "report/PdfContext.h"

#include "charts/SegmentNames.h"

#include <QCoreApplication>

namespace segmenta {

PdfContext::PdfContext(const ReportInput& input)
    : input(input)
    , data(*input.data)
    , result(*input.result)
    , names(segmentDisplayNames(*input.result, input.segmentNames)) {
    const QList<Index> shown = exportableColumns(input);
    for (Index c = 0; c < data.cols(); ++c)
        if (!shown.contains(c))
            hidden.insert(data.column(c).name);
    for (int f = 0; f < result.profiledColumns.size(); ++f)
        if (!hidden.contains(result.profiledColumns.at(f)))
            features << f;
    for (const Crosstab& crosstab : result.crosstabs)
        if (!hidden.contains(crosstab.column))
            crosstabs << &crosstab;
}

QString PdfContext::segmentTitle(int segment) const {
    return QCoreApplication::translate("segmenta::PdfReport", "Segment %1 · %2")
        .arg(QString::number(segment + 1), names.value(segment));
}

} // namespace segmenta
