#include "store/Statement.h"

#include "store/ProjectStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace segmenta {

namespace {
constexpr int kShownSqlLength = 80;
}

Statement::Statement(const ProjectStore& store, const QString& sql)
    : m_store(store)
    , m_query(store.database()) {
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail();
}

Statement& Statement::bind(const QVariant& value) {
    // Qt binds a null QString as SQL NULL; an empty text is still a text.
    const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
    m_query.bindValue(m_next++, nullText ? QVariant(QStringLiteral("")) : value);
    return *this;
}

void Statement::bindColumn(int position, const QVariantList& values) {
    m_query.bindValue(position, values);
}

void Statement::exec() {
    m_next = 0;
    if (!m_query.exec())
        fail();
}

void Statement::execBatch() {
    if (!m_query.execBatch())
        fail();
}

QVariant Statement::scalar() {
    exec();
    const QVariant value = m_query.next() ? m_query.value(0) : QVariant();
    // A statement left mid-result keeps its table locked against DROP TABLE and COMMIT.
    m_query.finish();
    return value;
}

void Statement::fail() const {
    constexpr int kSqliteReadOnly = 8; // SQLITE_READONLY, also the base of its extended codes
    if ((m_query.lastError().nativeErrorCode().toInt() & 0xff) == kSqliteReadOnly)
        throw StoreError(
            QCoreApplication::translate("segmenta::Statement",
                                        "The project %1 is read-only, so it cannot be changed. "
                                        "Make the file and its folder writable, or work on a copy.")
                .arg(m_store.location()));
    QString sql = m_query.lastQuery().simplified();
    if (sql.size() > kShownSqlLength)
        sql = sql.left(kShownSqlLength) + QStringLiteral("…");
    throw StoreError(
        QCoreApplication::translate("segmenta::Statement", "The project %1 could not run '%2': %3")
            .arg(m_store.location(), sql, m_query.lastError().text()));
}

} // namespace segmenta
