#pragma once

#include "io/ReadResult.h"
#include "io/TextDates.h"

#include <QList>
#include <QString>

#include <memory>

namespace segmenta {

/// One cell as a reader found it, before its column's kind is decided.
struct RawCell {
    enum class Type : quint8 { Empty, Number, Text, Boolean, DateTime, Error };
    Type type = Type::Empty;
    /// Number; Boolean as 0/1; DateTime as days since 1970-01-01 (the fraction is the time of day).
    double number = 0.0;
    /// Text; for other types the source spelling when known (used if the column turns out to be text),
    /// for Error the error code (e.g. "#DIV/0!").
    QString text;

    static RawCell empty() { return {}; }
    static RawCell ofNumber(double value, QString spelling = {}) {
        return {Type::Number, value, std::move(spelling)};
    }
    static RawCell ofText(QString value) { return {Type::Text, 0.0, std::move(value)}; }
    static RawCell ofBoolean(bool value) { return {Type::Boolean, value ? 1.0 : 0.0, {}}; }
    static RawCell ofDateTime(double days, QString spelling = {}) {
        return {Type::DateTime, days, std::move(spelling)};
    }
    static RawCell ofError(QString code) { return {Type::Error, 0.0, std::move(code)}; }
};

/// How TableBuilder finds the header and what it does with rows that do not fit it.
struct TableOptions {
    /// 1-based source row (line or spreadsheet row) of the header; 0 = detect; -1 = the data has no header.
    qint64 headerRow = 0;
    /// The source is delimited text: rows are "lines" in messages, and every line must have exactly as many
    /// fields as the header (trailing empty fields included); otherwise only values beyond it are errors.
    bool textLines = false;
    /// Text lines only: skip a line with a different number of fields than the header, with a warning that
    /// names it (an import report's rows_skipped), instead of refusing the table.
    bool skipBadLines = false;
    /// The order of day and month in dates written as text; Detect decides per column (see readTextDates()).
    DateOrder dateOrder = DateOrder::Detect;
};

/// Turns rows of raw cells into a DataMatrix with inferred column kinds, roles and PII flags. Every reader
/// (CSV, XLSX, ODS, databases) feeds it, so all imports type their columns the same way.
///
/// Rows are streamed: only the rows before the header is known are buffered (at most the first 50), and
/// memory then grows with the values, not with the source. The documented rules for header detection,
/// title and note rows above it, missing markers and kind inference (numeric, categorical — including
/// small integer codes such as Channel and Region —, identifier, date, text; PII from names, e-mail and
/// phone patterns) are in TableBuilder.cpp's class comment and the README.
class TableBuilder {
public:
    explicit TableBuilder(const TableOptions& options = {});
    ~TableBuilder();
    TableBuilder(const TableBuilder&) = delete;
    TableBuilder& operator=(const TableBuilder&) = delete;

    /// Adds one source row. @p sourceRow is 1-based, as the user finds it in the source (line or row number);
    /// rows must come in increasing order. Trailing empty cells may be omitted.
    void addRow(qint64 sourceRow, QList<RawCell> cells);

    /// Finishes the table into @p result: data, sourceLines, guesses ("header row"), warnings and errors
    /// (no header found, no data rows, a row wider than the header, ...), each naming its row and column.
    /// Appends to what @p result already holds; when it already has errors (the reader's own), no table
    /// is built and only the builder's issues are added.
    void finish(ReadResult& result);

    /// The name of the 0-based @p column once the header is known; empty before or beyond it.
    QString columnName(qsizetype column) const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

/// @p text without the spaces and tabs around it (cells are trimmed of these, never of other white space).
QStringView trimBlanks(QStringView text);

} // namespace segmenta
