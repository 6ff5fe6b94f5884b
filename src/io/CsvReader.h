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
/// breaks) in UTF-8 with or without a BOM, with CRLF or LF line ends, into a DataMatrix.
///
/// Columns whose non-empty cells all parse as numbers (C locale) become Numeric; others become
/// Categorical with their texts as levels. Empty cells are missing (NaN). A record with a different
/// number of fields than the header is an error naming its line; an unterminated quote is an error
/// naming the line where the field began.
class CsvReader {
public:
    explicit CsvReader(CsvOptions options = {}) : m_options(options) {}

    ReadResult read(const QString& path) const;
    ReadResult read(QIODevice& device) const;

private:
    CsvOptions m_options;
};

} // namespace segmenta
