#pragma once

#include "io/ImportSource.h"

#include <QString>

namespace segmenta::cli {

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
