#pragma once

#include "report/ReportInput.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QStringList>

namespace segmenta {

struct ChartExportOptions {
    bool png = true;
    bool svg = true;
    double dpi = 192.0;        ///< PNG resolution; the figure keeps its size in inches
    QSizeF size{960.0, 640.0}; ///< figure size in logical pixels (96 per inch)
};

/// Every figure of a segmentation as image files, for slides and documents: k_selection, segment_map,
/// profiles, zscores, silhouette and crosstab_<column> (columns flagged PII only when the export includes
/// them), as PNG and/or SVG, with the segments' display names.
class OutputSet;

class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ChartExport)
public:
    /// Writes the figures into `directory` (created if missing), together and atomically (OutputSet:
    /// owner-only files). Returns the paths written. Throws DataError naming the path on failure. Needs a
    /// QApplication (offscreen will do).
    static QStringList write(const ReportInput& input, const QString& directory,
                             const ChartExportOptions& options = {});
    /// Writes the figures into @p outputs, which make them visible when they are committed; returns their
    /// paths.
    static QStringList write(const ReportInput& input, const QString& directory,
                             const ChartExportOptions& options, OutputSet& outputs);
};

} // namespace segmenta
