#pragma once

#include "core/DataMatrix.h"

#include <QList>
#include <QString>

namespace segmenta {

/// A problem found while reading, located as a user would find it in the source.
struct ReadIssue {
    qint64 line =
        0;          ///< 1-based line (text files) or row (spreadsheets) in the source; 0 when not tied to one
    int column = 0; ///< 1-based column; 0 when not tied to one
    QString columnName; ///< header of that column when known
    QString message;
};

/// What a reader produced: the table, or the errors that prevented it, plus warnings and the guesses it made.
struct ReadResult {
    DataMatrix data;
    QList<ReadIssue> errors; ///< non-empty means `data` is not usable
    QList<ReadIssue> warnings;
    /// Guesses made, as (what, value) pairs for the import report, e.g. ("delimiter", ";").
    QList<std::pair<QString, QString>> guesses;
    /// For every row of `data`, the 1-based line (or spreadsheet row) it came from.
    QList<qint64> sourceLines;

    bool ok() const { return errors.isEmpty(); }
    /// "file:line:column: message" for the first error, for one-line reports.
    QString firstErrorText(const QString& fileName) const;
};

} // namespace segmenta
