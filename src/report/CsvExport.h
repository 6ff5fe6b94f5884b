#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace segmenta {

class OutputSet;
struct ReportInput;

// Not named CsvOptions: io/CsvReader.h defines the reader's segmenta::CsvOptions, and two classes of one
// name in one program break the one-definition rule (their inline constructors collide at link time).
struct CsvExportOptions {
    QChar delimiter = u',';
    bool byteOrderMark = false;         ///< UTF-8 BOM so Excel detects the encoding
    bool includeOriginalColumns = true; ///< assignments carry the (exportable) original columns
};

/// The segmentation as three RFC 4180 files (CRLF line ends, UTF-8). Numbers are written in full
/// round-trip precision with a '.' decimal point; text cells that a spreadsheet would read as a formula
/// (starting with =, +, -, @, tab or carriage return) get a leading single quote and are quoted.
class CsvExport {
    Q_DECLARE_TR_FUNCTIONS(segmenta::CsvExport)

public:
    /// Writes assignments.csv, profiles.csv and metrics.csv into `directory` (created if missing), each
    /// together and atomically (OutputSet: owner-only files, nothing replaced unless all three were written).
    /// Returns the paths written. Throws DataError naming the path on failure, and for a delimiter the
    /// format cannot carry (double quote, line break, NUL).
    static QStringList write(const ReportInput& input, const QString& directory,
                             const CsvExportOptions& options = {});
    /// Writes the three files into @p outputs, which make them visible when they are committed; returns
    /// their paths.
    static QStringList write(const ReportInput& input, const QString& directory,
                             const CsvExportOptions& options, OutputSet& outputs);
};

} // namespace segmenta
