#pragma once

#include "io/ReadResult.h"
#include "io/TextDates.h"

#include <QByteArrayView>
#include <QChar>
#include <QString>

#include <optional>

class QIODevice;

namespace segmenta {

/// Options of the delimited-text reader; a default value means "detect", and every detected value is
/// recorded in ReadResult::guesses.
struct CsvOptions {
    QChar delimiter;      ///< ',', ';', '\t' or '|'; null = detect from the first lines
    qint64 headerRow = 0; ///< as TableOptions::headerRow: 1-based line, 0 = detect, -1 = no header
    /// "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1" (any name QStringConverter knows);
    /// empty = detect
    QString encoding;
    QChar decimal;                  ///< '.' or ','; null = detect
    std::optional<QChar> thousands; ///< '.', ',' or a null QChar for none; nullopt = detect
    /// Skip lines with a different number of fields than the header (each listed as a warning) instead of
    /// refusing the file (`--skip-bad-lines`).
    bool skipBadLines = false;
    /// The order of day and month in text dates (`--date-format`); Detect decides per column. Spreadsheets
    /// read through readTableFile() use it for their text cells too.
    DateOrder dateOrder = DateOrder::Detect;
};

/// Reads delimited text (RFC 4180 quoting: quoted fields may hold delimiters, doubled quotes and line
/// breaks) with CRLF, LF or lone CR line ends into a DataMatrix. The columns are named and typed by
/// TableBuilder (header detection, title lines, missing markers, kinds, roles, PII: see its rules).
///
/// Input is read and decoded in chunks, so memory grows with the parsed values, not with the file. The
/// first 200 lines are held back until the delimiter and the number format are known.
///
/// **Encoding.** A BOM decides (UTF-8, UTF-16LE, UTF-16BE); without one, UTF-16LE or BE when at least half of
/// the odd (or even) positions of the first 4 KB hold zero bytes and at most a tenth of the others do; else
/// UTF-8 when the first megabyte is valid UTF-8 and Windows-1252 otherwise. Recorded as ("encoding", name).
/// Invalid bytes later in a UTF-8 file are an error naming the line.
///
/// **Delimiter.** When CsvOptions::delimiter is null, the candidate (outside quotes) that splits the
/// most of the first 200 records into the same number (> 1) of fields wins; lines starting with '#' and
/// one-field lines (titles, notes) do not count. Comma wins ties and is used when no candidate splits
/// anything. Recorded as ("delimiter", "<the character>").
///
/// **Numbers.** Cells are numbers when, ignoring surrounding spaces and tabs, they are [+-] digits
/// [decimal digits] [e [+-] digits] with the file's decimal separator, optionally with thousands
/// separators between correctly placed groups of three digits (so "1.5" is never 15). The separators are
/// voted on by the numeric-looking cells of the first 200 lines: "12,5", "1234,56" and "1.234,56" vote for a
/// decimal comma (never chosen with a comma delimiter), "12.5" and "1,234.56" for a decimal point;
/// "1,234" style cells make ',' (or with a decimal comma '.') the thousands separator. Recorded as
/// ("decimal separator", "." or ",") and ("thousands separator", ",", "." or "none"). Other cells are text.
///
/// **Problems.** Errors name the 1-based line: a record with a different number of fields than the
/// header (every such line is listed, up to 100, then a count), an unterminated quoted field (the line
/// where it began), invalid text in the encoding, an unknown encoding name, an empty file, a header
/// without data rows, an input that cannot be opened or read, a record of more than 16,384 fields or
/// 16,777,216 characters (reading stops there, so memory stays bounded on input that is not a table).
/// Ragged records are never padded; with CsvOptions::skipBadLines they are skipped, each with a warning
/// naming its line. Blank lines between records are skipped with a warning naming them; blank lines at
/// the end are ignored.
class CsvReader {
public:
    explicit CsvReader(CsvOptions options = {})
        : m_options(options) {}

    /// Reads the file at @p path; an unopenable file is an error naming the path, and so is a FIFO, a device
    /// or a folder, refused before it is opened (see notRegularFileProblem()).
    ReadResult read(const QString& path) const;
    /// Reads @p device from its current position; it must be open for reading.
    ReadResult read(QIODevice& device) const;

private:
    CsvOptions m_options;
};

/// The encoding CsvReader chooses for a text that starts with @p head when none is given ("UTF-8",
/// "UTF-16LE", "UTF-16BE" or "windows-1252"; see the class comment).
QString detectTextEncoding(QByteArrayView head);

} // namespace segmenta
