#pragma once

#include <QCoreApplication>
#include <QString>

namespace segmenta {

class OutputSet;
struct ReportInput;

/// The segmentation as an Excel workbook with the sheets Summary, Segments, Assignments, Metrics and Run.
/// Numbers are stored as numbers, missing values as empty cells, and text as strings (never formulas, even
/// when it starts with '='). Table sheets have a bold frozen header row and an autofilter.
class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(segmenta::XlsxExport)

public:
    /// Writes the workbook to `path` atomically (an OutputFile: owner-only, temp + rename). Throws DataError
    /// naming the path on failure.
    static void write(const ReportInput& input, const QString& path);
    /// Writes the workbook for `path` into @p outputs, which make it visible when they are committed.
    static void write(const ReportInput& input, const QString& path, OutputSet& outputs);
};

} // namespace segmenta
