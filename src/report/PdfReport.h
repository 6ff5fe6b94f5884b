#pragma once

#include "report/ReportInput.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace segmenta {

/// The PDF report of a segmentation: cover, contents, executive summary, data summary, preprocessing
/// recipe, choosing K, segment map, segment profiles, one page per segment and the method appendix.
/// Charts are drawn as vectors, so it needs a QApplication (offscreen will do) but no window.
class OutputSet;

class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfReport)

public:
    /// Writes the report to `path` atomically (an OutputFile: owner-only, temp file + rename; nothing left
    /// behind on failure). Throws DataError naming the path on failure.
    static void write(const ReportInput& input, const QString& path,
                      QPageSize::PageSizeId pageSize = QPageSize::A4);
    /// Writes the report for `path` into @p outputs, which make it visible when they are committed.
    static void write(const ReportInput& input, const QString& path, QPageSize::PageSizeId pageSize,
                      OutputSet& outputs);
};

} // namespace segmenta
