#include "store/SqliteImage.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::SqliteImage)
};

sqlite3* handleOf(const QSqlDatabase& db, const QString& location) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3* const*>(handle.data()))
        throw StoreError(Text::tr("The project %1 is not an open SQLite database.").arg(location));
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace

void SqliteImage::load(const QSqlDatabase& db, const QByteArray& image, const QString& location) {
    sqlite3* handle = handleOf(db, location);
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    if (!buffer)
        throw StoreError(Text::tr("Not enough memory to open the project %1.").arg(location));
    std::memcpy(buffer, image.constData(), std::size_t(image.size()));
    // On failure SQLite frees the buffer itself (FREEONCLOSE).
    const int rc = sqlite3_deserialize(handle, "main", buffer, image.size(), image.size(),
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        throw StoreError(
            Text::tr("Cannot load the project %1: %2").arg(location, QString::fromUtf8(sqlite3_errstr(rc))));
}

QByteArray SqliteImage::save(const QSqlDatabase& db, const QString& location) {
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(handleOf(db, location), "main", &size, 0);
    if (!bytes)
        throw StoreError(Text::tr("Cannot copy the project %1 out of SQLite.").arg(location));
    QByteArray image(reinterpret_cast<const char*>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return image;
}

} // namespace segmenta
