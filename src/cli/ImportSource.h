#pragma once

#include "io/ReadResult.h"
#include "io/TableReader.h"

#include <QByteArray>
#include <QString>

namespace segmenta::cli {

/// A table read for import, and where it came from.
struct ImportSource {
    ReadResult read;
    QByteArray sha256; ///< of the file's bytes, or of the database source's description (password excluded)
    QString source;    ///< absolute file path, or the database URL without password and the table or query
    QString defaultName;
};

/// What `import` was given: a file path, or a postgresql:// URL with a table or a query.
struct ImportRequestSource {
    QString location;      ///< path or URL
    ImportOptions options; ///< file reading options
    QString table;         ///< database: schema-qualified table
    QString query;         ///< database: a single read-only SELECT
};

/// Reads the source. A postgresql://user@host:port/database?sslmode=... URL reads from PostgreSQL through
/// Qt's QPSQL driver; the password comes from the URL or the PGPASSWORD environment variable and is never
/// stored. Throws DataError when the source cannot be read (naming file, line and column, or the server's
/// message).
ImportSource readImportSource(const ImportRequestSource& request);

} // namespace segmenta::cli
