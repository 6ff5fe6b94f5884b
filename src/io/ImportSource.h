#pragma once

#include "core/InvoiceFeatures.h"
#include "core/TaskControl.h"
#include "io/PostgresReader.h"
#include "io/ReadResult.h"
#include "io/TableReader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace segmenta {

/// A table read for import, and where it came from.
struct ImportSource {
    ReadResult read;
    QByteArray sha256; ///< of the file's bytes, or of the database source's description (no password)
    QString source; ///< absolute file path, or the database address without password and the table or query
    QString defaultName; ///< the dataset name to suggest
};

/// Hashes and reads a CSV/TSV/TXT, XLSX or ODS file, reporting progress and stopping when cancelled
/// (Cancelled), also while delimited text is parsed. Throws DataError when the file cannot be read, naming
/// file, line and column of the first problem.
ImportSource readFileSource(const QString& path, const ImportOptions& options, const TaskControl& control);

/// Reads a table or view (`table`) or the result of one read-only query (`query`; exactly one of both is
/// given) from PostgreSQL. Throws DataError with the server's problem in words.
ImportSource readDatabaseSource(const PostgresConnection& connection, const QString& table,
                                const QString& query, const TaskControl& control);

/// The dataset name suggested for a file: its base name, with the sheet when one was chosen.
QString fileSourceName(const QString& path, const QString& sheet);
/// The dataset name suggested for a database source: the table, or the database's name for a query.
QString databaseSourceName(const PostgresConnection& connection, const QString& table);

/// The import report: rows_read, rows_imported, rows_skipped (list of {row, reason}), columns (list of
/// {name, kind, role, pii}), cells (values that could not be used: {row, column, message}) and guesses.
/// Row-level warnings of the reader are skipped rows; cell-level ones are cells.
QJsonObject importReport(const ReadResult& read);

/// The columns of a table as the report lists them: {name, kind, role, pii}.
QJsonArray columnsJson(const DataMatrix& data);

/// What customerFeatures() did with invoice lines, as the "invoices" part of the import report.
QJsonObject invoiceReportJson(const InvoiceReport& report);

} // namespace segmenta
