#pragma once

#include "charts/ChartStyle.h"
#include "report/ReportInput.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QStringList>

namespace segmenta {

/// What the PDF's sections share: the input, the segment names, and the parts of the result a reader may
/// see — personal-data (PII) columns are left out of every list here unless the export includes them.
struct PdfContext {
    explicit PdfContext(const ReportInput& input);

    const ReportInput& input;
    const DataMatrix& data;
    const AnalysisResult& result;
    ChartStyle style;
    QStringList names;                ///< display name of each segment
    QSet<QString> hidden;             ///< PII columns kept out of this report
    QList<int> features;              ///< indices into result.profiledColumns that may be shown
    QList<const Crosstab*> crosstabs; ///< crosstabs of columns that may be shown

    QColor color(int segment) const { return style.palette().segment(segment); }
    /// "Segment 2 · High Grocery & Detergents_Paper"
    QString segmentTitle(int segment) const;
};

} // namespace segmenta
