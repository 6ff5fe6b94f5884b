#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace segmenta {

/// A whole SQLite database as a file image, through the sqlite3 handle of a QSQLITE connection: what
/// lets a project live only in memory (e.g. decrypted) and be written out again.
class SqliteImage {
public:
    /// Replaces the main database of `db` by `image`. Throws StoreError naming `location`.
    static void load(const QSqlDatabase& db, const QByteArray& image, const QString& location);
    /// The main database of `db` as a file image. Throws StoreError naming `location`.
    static QByteArray save(const QSqlDatabase& db, const QString& location);
};

} // namespace segmenta
