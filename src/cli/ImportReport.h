#pragma once

#include "io/ReadResult.h"

#include <QJsonArray>
#include <QJsonObject>

class QTextStream;

namespace segmenta::cli {

/// The import report of the command-line contract — rows_read, rows_imported, rows_skipped (list of
/// {row, reason}), columns (list of {name, kind, role}) — plus cells (values that could not be used, with
/// row, column and what was done), pii and guesses. Row-level warnings of the reader are skipped rows;
/// cell-level ones are cells.
QJsonObject importReport(const ReadResult& read);

/// The columns of a table as the report lists them: {name, kind, role, pii}.
QJsonArray columnsJson(const DataMatrix& data);

/// The same report for a person at a terminal.
void printImportReport(QTextStream& out, const QString& datasetName, const QJsonObject& report);

} // namespace segmenta::cli
