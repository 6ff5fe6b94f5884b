#include "store/AuditLog.h"

#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonDocument>

namespace segmenta {

AuditLog::AuditLog(ProjectStore& store)
    : m_store(store) {}

qint64 AuditLog::record(const QString& action, const QJsonObject& details) {
    Transaction transaction(m_store);
    Statement insert(m_store, QStringLiteral("INSERT INTO audit_log (at, action, details) VALUES (?, ?, ?)"));
    insert.bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(action)
        .bind(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    insert.exec();
    transaction.commit();
    return insert.lastInsertId();
}

QList<AuditEntry> AuditLog::entries() const {
    Statement select(m_store, QStringLiteral("SELECT id, at, action, details FROM audit_log ORDER BY id"));
    select.exec();
    QList<AuditEntry> entries;
    while (select.next())
        entries << AuditEntry{select.value(0).toLongLong(),
                              QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs),
                              select.value(2).toString(),
                              QJsonDocument::fromJson(select.value(3).toString().toUtf8()).object()};
    return entries;
}

} // namespace segmenta
