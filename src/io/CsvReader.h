#pragma once

#include "io/ReadResult.h"

#include <QChar>
#include <QString>

class QIODevice;

namespace segmenta {

/// Options of the delimited-text reader; a default value means "detect".
struct CsvOptions {
    QChar delimiter;       ///< ',', ';', '\t' or '|'; null = detect from the first lines
    bool hasHeader = true; ///< the first record names the columns
};

/// Reads delimited text (RFC 4180 quoting: quoted fields may hold delimiters, doubled quotes and line
/// breaks) in UTF-8 with or without a BOM, with CRLF, LF or lone CR line ends, into a DataMatrix.
///
/// Input is read and decoded in chunks, so memory grows with the parsed values, not with the file.
///
/// **Delimiter.** When CsvOptions::delimiter is null, the candidate (outside quotes) that splits the
/// most of the first 20 records into the same number (> 1) of fields wins; comma wins ties and is used
/// when no candidate splits anything. The choice is recorded as the guess ("delimiter", "<the character>").
///
/// **Header.** Names are trimmed. An empty name becomes "Column N" (1-based position); a repeated name
/// gets a warning and becomes "Name (2)", "Name (3)", ... Without a header every column is "Column N".
///
/// **Cells.** Unquoted cells are taken as they are; surrounding spaces and tabs are ignored only when
/// parsing numbers. Cells that are empty or, ignoring case and surrounding blanks, one of "NA", "N/A",
/// "NaN", "null" or "-" are missing (NaN) in every column.
///
/// **Types.** A column whose present cells all parse as finite C-locale numbers (optional sign,
/// decimal point, exponent; no group separators, so "1,5" is text) is Numeric. Any other column is
/// text-coded: its distinct texts become ColumnInfo::levels in order of first appearance and the matrix
/// holds level indices. Its kind is Categorical when it has at most max(20, 5 % of rows) distinct texts,
/// otherwise Identifier when no text repeats, otherwise Text.
///
/// **Problems.** Errors (ReadResult::errors) name the 1-based line: a record with a different number of
/// fields than the header (every such line is listed, up to 100, then a count), an unterminated quoted
/// field (the line where it began), invalid UTF-8, an empty file, a header without data rows, an input
/// that cannot be opened or read. Ragged records are never padded or dropped. Blank lines between
/// records are skipped with a warning naming them; blank lines at the end are ignored.
class CsvReader {
public:
    explicit CsvReader(CsvOptions options = {})
        : m_options(options) {}

    /// Reads the file at @p path; an unopenable file is an error naming the path.
    ReadResult read(const QString& path) const;
    /// Reads @p device from its current position; it must be open for reading.
    ReadResult read(QIODevice& device) const;

private:
    CsvOptions m_options;
};

} // namespace segmenta
