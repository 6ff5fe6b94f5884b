#include "store/ProjectStore.h"

#include "store/Log.h"
#include "store/Schema.h"
#include "store/SqliteImage.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QThread>

#include <atomic>

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
    std::unique_ptr<ProjectStore> store(new ProjectStore(path));
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
