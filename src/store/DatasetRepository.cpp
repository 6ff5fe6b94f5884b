#include "store/DatasetRepository.h"

#include "store/DataTable.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::DatasetRepository)
};

QString jsonText(const QJsonDocument& document) {
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

ColumnInfo columnFrom(const Statement& row, const QString& location) {
    ColumnInfo column;
    column.name = row.value(0).toString();
    column.pii = row.value(3).toBool();
    if (!fromString(row.value(1).toString(), column.kind) ||
        !fromString(row.value(2).toString(), column.role))
        throw StoreError(Text::tr("The project %1 is damaged: column '%2' has an unknown kind or role.")
                             .arg(location, column.name));
    for (const QJsonValue& level : QJsonDocument::fromJson(row.value(4).toString().toUtf8()).array())
        column.levels << level.toString();
    return column;
}

} // namespace

DatasetRepository::DatasetRepository(ProjectStore& store)
    : m_store(store) {}

qint64 DatasetRepository::add(const QString& name, const QString& source, const QByteArray& sourceSha256,
                              const DataMatrix& data, const QList<qint64>& sourceLines,
                              const QJsonObject& importReport) {
    Transaction transaction(m_store);
    if (findByName(name))
        throw StoreError(
            Text::tr("The project %1 already has a dataset named '%2'.").arg(m_store.location(), name));
    Statement insert(m_store,
                     QStringLiteral("INSERT INTO datasets (name, source, imported_at, source_sha256, "
                                    "row_count, column_count, import_report) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(name)
        .bind(source)
        .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(QString::fromLatin1(sourceSha256.toHex()))
        .bind(qint64(data.rows()))
        .bind(qint64(data.cols()))
        .bind(jsonText(QJsonDocument(importReport)));
    insert.exec();
    const qint64 id = insert.lastInsertId();

    Statement column(m_store, QStringLiteral("INSERT INTO dataset_columns (dataset_id, position, name, kind, "
                                             "role, pii, levels) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (Index c = 0; c < data.cols(); ++c) {
        const ColumnInfo& info = data.column(c);
        column.bind(id)
            .bind(qint64(c))
            .bind(info.name)
            .bind(toString(info.kind))
            .bind(toString(info.role))
            .bind(info.pii)
            .bind(jsonText(QJsonDocument(QJsonArray::fromStringList(info.levels))));
        column.exec();
    }
    DataTable table(m_store, id);
    table.create(data.columns());
    table.insert(data, sourceLines);
    transaction.commit();
    return id;
}

QList<DatasetInfo> DatasetRepository::findByHash(const QByteArray& sourceSha256) const {
    return select(QStringLiteral("source_sha256 = ?"), QString::fromLatin1(sourceSha256.toHex()));
}

std::optional<DatasetInfo> DatasetRepository::findByName(const QString& name) const {
    const QList<DatasetInfo> found = select(QStringLiteral("name = ?"), name);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<DatasetInfo> DatasetRepository::list() const {
    return select({}, {});
}

DataMatrix DatasetRepository::load(qint64 id) const {
    info(id);
    QList<ColumnInfo> columns;
    Statement select(m_store, QStringLiteral("SELECT name, kind, role, pii, levels FROM dataset_columns "
                                             "WHERE dataset_id = ? ORDER BY position"));
    select.bind(id).exec();
    while (select.next())
        columns << columnFrom(select, m_store.location());
    Matrix values = DataTable(m_store, id).read(columns);
    return DataMatrix(std::move(values), std::move(columns));
}

void DatasetRepository::remove(qint64 id) {
    const DatasetInfo dataset = info(id);
    Transaction transaction(m_store);
    Statement runs(m_store, QStringLiteral("SELECT count(*) FROM runs WHERE dataset_id = ?"));
    const qint64 runCount = runs.bind(id).scalar().toLongLong();
    if (runCount > 0)
        throw StoreError(Text::tr("The dataset '%1' in %2 still has %n segmentation runs; remove them first.",
                                  nullptr, int(runCount))
                             .arg(dataset.name, m_store.location()));
    Statement(m_store, QStringLiteral("DELETE FROM datasets WHERE id = ?")).bind(id).exec();
    DataTable(m_store, id).drop();
    transaction.commit();
}

QList<DatasetInfo> DatasetRepository::select(const QString& where, const QVariant& value) const {
    Statement select(m_store,
                     QStringLiteral("SELECT id, name, source, imported_at, source_sha256, row_count, "
                                    "column_count, import_report FROM datasets") +
                         (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
                         QStringLiteral(" ORDER BY id"));
    if (!where.isEmpty())
        select.bind(value);
    select.exec();
    QList<DatasetInfo> found;
    while (select.next()) {
        DatasetInfo info;
        info.id = select.value(0).toLongLong();
        info.name = select.value(1).toString();
        info.source = select.value(2).toString();
        info.importedAt = QDateTime::fromString(select.value(3).toString(), Qt::ISODateWithMs);
        info.sourceSha256 = QByteArray::fromHex(select.value(4).toString().toLatin1());
        info.rowCount = select.value(5).toLongLong();
        info.columnCount = select.value(6).toInt();
        info.importReport = QJsonDocument::fromJson(select.value(7).toString().toUtf8()).object();
        found << info;
    }
    return found;
}

DatasetInfo DatasetRepository::info(qint64 id) const {
    const QList<DatasetInfo> found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        throw StoreError(Text::tr("The project %1 has no dataset %2.").arg(m_store.location()).arg(id));
    return found.first();
}

} // namespace segmenta
