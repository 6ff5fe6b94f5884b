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
    QString passwordFile;  ///< database: a file (owner-only) whose first line is the password
};

/// Reads the source. A postgresql://user@host:port/database?sslmode=... URL reads from PostgreSQL through
/// Qt's QPSQL driver. The password comes from the password file, PGPASSWORD, or libpq's own ~/.pgpass
/// (PGPASSFILE); it is never stored nor shown. A password in the URL is refused, because every user of
/// the computer sees the command line. Throws DataError when the source cannot be read (naming file, line and column, or the server's
/// message).
ImportSource readImportSource(const ImportRequestSource& request);

} // namespace segmenta::cli
