#include "store/ProjectStore.h"

#include "store/Log.h"
#include "store/Schema.h"
#include "store/SqliteImage.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ProjectStore)
};

QString uniqueConnectionName() {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("segmenta.store.%1").arg(++counter);
}

} // namespace

std::unique_ptr<ProjectStore> ProjectStore::openFile(const QString& path) {
    const QFileInfo file(path);
    if (file.isDir())
        throw StoreError(Text::tr("%1 is a folder, not a project file; name a .segmenta file.").arg(path));
    if (file.exists() && !file.isReadable())
        throw StoreError(Text::tr("The project %1 cannot be read: permission denied. Make the file readable "
                                  "for your user.")
                             .arg(path));
    if (!file.exists()) {
        // Created owner-only before SQLite opens it; SQLite gives its journal and WAL files the same mode.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                              S_IRUSR | S_IWUSR);
        if (fd < 0 && errno != EEXIST)
            throw StoreError(Text::tr("Cannot create the project %1: %2.")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (fd >= 0)
            ::close(fd);
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(path));
    store->m_readOnly = !file.isWritable() && file.exists();
    store->open(path, {});
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::openInMemory(const QByteArray& image) {
    std::unique_ptr<ProjectStore> store(new ProjectStore(Text::tr("(in memory)")));
    store->open(QStringLiteral(":memory:"), image);
    return store;
}

ProjectStore::ProjectStore(QString location)
    : m_location(std::move(location))
    , m_connection(uniqueConnectionName())
    , m_thread(QThread::currentThread()) {}

ProjectStore::~ProjectStore() {
    if (m_open && QThread::currentThread() != m_thread)
        qCCritical(lcStore) << "project" << m_location
                            << "closed on another thread than the one that opened it";
    close();
}

void ProjectStore::open(const QString& databaseName, const QByteArray& image) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(databaseName);
        if (m_readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            throw StoreError(
                Text::tr("Cannot open the project %1: %2").arg(m_location, db.lastError().text()));
        m_open = true;
        if (!image.isEmpty())
            SqliteImage::load(db, image, m_location);
    }
    Statement(*this, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    Schema::migrate(*this);
    qCDebug(lcStore) << "opened" << m_location << "as" << m_connection;
}

void ProjectStore::close() {
    if (!m_open && !QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
    qCDebug(lcStore) << "closed" << m_location;
}

QByteArray ProjectStore::serialize() const {
    return SqliteImage::save(database(), m_location);
}

QSqlDatabase ProjectStore::database() const {
    if (QThread::currentThread() != m_thread) {
        qCCritical(lcStore) << "project" << m_location << "used from another thread";
        throw StoreError(
            Text::tr("The project %1 was opened on another thread; its connection may only be used "
                     "on that thread.")
                .arg(m_location));
    }
    if (!m_open)
        throw StoreError(Text::tr("The project %1 is closed.").arg(m_location));
    return QSqlDatabase::database(m_connection, false);
}

} // namespace segmenta
