#include "store/DataPage.h"

#include "store/DataTable.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <limits>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::DataPage)
};

QString quotedIdentifier(QString name) {
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Numbers print as QString::number(v, 'g', 15) does: whole numbers below 1e15 without a fraction, others as
// SQLite's own text of a REAL (which is %.15g).
const char* const kNumberText = "CASE WHEN %1 = CAST(%1 AS INTEGER) AND abs(%1) < 1e15 "
                                "THEN CAST(CAST(%1 AS INTEGER) AS TEXT) ELSE CAST(%1 AS TEXT) END";
const char* const kDateText = "CASE WHEN %1 = CAST(%1 AS INTEGER) THEN date(%1 * 86400, 'unixepoch') "
                              "ELSE strftime('%Y-%m-%d %H:%M', %1 * 86400, 'unixepoch') END";

QString comparisonOperator(Comparison comparison) {
    switch (comparison) {
    case Comparison::Less:
        return QStringLiteral("<");
    case Comparison::LessOrEqual:
        return QStringLiteral("<=");
    case Comparison::Equal:
        return QStringLiteral("=");
    case Comparison::NotEqual:
        return QStringLiteral("<>");
    case Comparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case Comparison::Greater:
        return QStringLiteral(">");
    case Comparison::None:
        break;
    }
    return {};
}

QString numberList(const QList<qint64>& numbers) {
    QStringList texts;
    texts.reserve(numbers.size());
    for (qint64 number : numbers)
        texts << QString::number(number);
    return texts.join(QLatin1Char(','));
}

} // namespace

bool RowQuery::isPlain() const {
    return text.isEmpty() && comparison == Comparison::None && sortColumn < 0 && rowNumbers.isEmpty();
}

DataPage::DataPage(const ProjectStore& store, qint64 datasetId)
    : m_store(store)
    , m_table(DataTable(store, datasetId).name()) {
    Statement exists(store, QStringLiteral("SELECT count(*) FROM datasets WHERE id = ?"));
    if (exists.bind(datasetId).scalar().toLongLong() == 0)
        throw StoreError(Text::tr("The project %1 has no dataset %2.").arg(store.location()).arg(datasetId));

    Statement columns(store, QStringLiteral("SELECT name, kind, role, pii FROM dataset_columns "
                                            "WHERE dataset_id = ? ORDER BY position"));
    columns.bind(datasetId).exec();
    while (columns.next()) {
        ColumnInfo column;
        column.name = columns.value(0).toString();
        column.pii = columns.value(3).toBool();
        if (!fromString(columns.value(1).toString(), column.kind) ||
            !fromString(columns.value(2).toString(), column.role))
            throw StoreError(Text::tr("The project %1 is damaged: column '%2' has an unknown kind or role.")
                                 .arg(store.location(), column.name));
        m_columns << column;
    }
    // The SQL names and types as DataTable made them (names can differ from the columns' own, see there).
    Statement info(store, QStringLiteral("PRAGMA table_info(%1)").arg(m_table));
    info.exec();
    for (int position = 0; info.next(); ++position) {
        if (position < 2) // row_number, source_line
            continue;
        m_sqlNames << quotedIdentifier(info.value(1).toString());
        m_text << (info.value(2).toString().compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0);
    }
    if (m_sqlNames.size() != m_columns.size())
        throw StoreError(
            Text::tr("The project %1 is damaged: the table of dataset %2 has %3 columns, not %4.")
                .arg(store.location())
                .arg(datasetId)
                .arg(m_sqlNames.size())
                .arg(m_columns.size()));

    Statement range(store,
                    QStringLiteral("SELECT count(*), min(row_number), max(row_number) FROM %1").arg(m_table));
    range.exec();
    range.next();
    m_rowCount = range.value(0).toLongLong();
    m_firstRow = range.value(1).toLongLong();
    m_contiguous = m_rowCount > 0 && range.value(2).toLongLong() - m_firstRow + 1 == m_rowCount;
}

qint64 DataPage::count(const RowQuery& query) const {
    QVariantList binds;
    const QString condition = where(query, binds);
    if (condition.isEmpty())
        return m_rowCount;
    Statement select(m_store, QStringLiteral("SELECT count(*) FROM %1%2").arg(m_table, condition));
    for (const QVariant& value : std::as_const(binds))
        select.bind(value);
    return select.scalar().toLongLong();
}

std::vector<qint64> DataPage::rowNumbers(const RowQuery& query) const {
    QVariantList binds;
    const QString condition = where(query, binds);
    Statement select(m_store,
                     QStringLiteral("SELECT row_number FROM %1%2%3").arg(m_table, condition, orderBy(query)));
    for (const QVariant& value : std::as_const(binds))
        select.bind(value);
    select.exec();
    std::vector<qint64> numbers;
    numbers.reserve(std::size_t(condition.isEmpty() ? m_rowCount : 0));
    while (select.next())
        numbers.push_back(select.value(0).toLongLong());
    return numbers;
}

QList<DataRow> DataPage::rowsAt(qint64 offset, qint64 count) const {
    if (m_contiguous) // a range of the primary key: as fast at the end as at the start
        return select(QStringLiteral(" WHERE row_number BETWEEN ? AND ? ORDER BY row_number"),
                      {m_firstRow + offset, m_firstRow + offset + count - 1});
    return select(QStringLiteral(" ORDER BY row_number LIMIT ? OFFSET ?"), {count, offset});
}

QList<DataRow> DataPage::rows(std::span<const qint64> rowNumbers) const {
    if (rowNumbers.empty())
        return {};
    QList<qint64> numbers(rowNumbers.begin(), rowNumbers.end());
    const QList<DataRow> found =
        select(QStringLiteral(" WHERE row_number IN (%1)").arg(numberList(numbers)), {});
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < found.size(); ++i)
        position.insert(found.at(i).rowNumber, i);
    QList<DataRow> ordered;
    ordered.reserve(found.size());
    for (qint64 number : rowNumbers)
        if (const auto it = position.constFind(number); it != position.constEnd())
            ordered << found.at(*it);
    return ordered;
}

std::vector<double> DataPage::numbers(int column, const RowQuery& query) const {
    QVariantList binds;
    const QString condition = where(query, binds);
    Statement select(m_store,
                     QStringLiteral("SELECT %1 FROM %2%3").arg(m_sqlNames.at(column), m_table, condition));
    for (const QVariant& value : std::as_const(binds))
        select.bind(value);
    select.exec();
    std::vector<double> values;
    while (select.next()) {
        const QVariant cell = select.value(0);
        values.push_back(cell.isNull() ? std::numeric_limits<double>::quiet_NaN() : cell.toDouble());
    }
    return values;
}

QList<std::pair<QString, qint64>> DataPage::textCounts(int column, const RowQuery& query) const {
    QVariantList binds;
    QString condition = where(query, binds);
    const QString& name = m_sqlNames.at(column);
    condition += (condition.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + name +
                 QStringLiteral(" IS NOT NULL");
    Statement select(m_store,
                     QStringLiteral("SELECT %1, count(*) AS n FROM %2%3 GROUP BY %1 ORDER BY n DESC, %1")
                         .arg(name, m_table, condition));
    for (const QVariant& value : std::as_const(binds))
        select.bind(value);
    select.exec();
    QList<std::pair<QString, qint64>> counts;
    while (select.next())
        counts.append({select.value(0).toString(), select.value(1).toLongLong()});
    return counts;
}

qint64 DataPage::missingCount(int column, const RowQuery& query) const {
    QVariantList binds;
    QString condition = where(query, binds);
    condition += (condition.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 m_sqlNames.at(column) + QStringLiteral(" IS NULL");
    Statement select(m_store, QStringLiteral("SELECT count(*) FROM %1%2").arg(m_table, condition));
    for (const QVariant& value : std::as_const(binds))
        select.bind(value);
    return select.scalar().toLongLong();
}

QString DataPage::displayText(const QVariant& cell, ColumnKind kind) {
    if (cell.isNull())
        return {};
    if (cell.typeId() == QMetaType::QString)
        return cell.toString();
    const double value = cell.toDouble();
    return kind == ColumnKind::Date ? dateText(value) : QString::number(value, 'g', 15);
}

QString DataPage::where(const RowQuery& query, QVariantList& binds) const {
    QStringList conditions;
    if (!query.rowNumbers.isEmpty())
        conditions << QStringLiteral("row_number IN (%1)").arg(numberList(query.rowNumbers));
    if (!query.text.isEmpty()) {
        QStringList any;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (query.column >= 0 && c != query.column)
                continue;
            any << QStringLiteral("instr(lower(%1), ?) > 0").arg(displayExpression(c));
            binds << query.text.toLower();
        }
        conditions << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (query.comparison != Comparison::None && query.column >= 0) {
        conditions << QStringLiteral("%1 %2 ?").arg(m_sqlNames.at(query.column),
                                                    comparisonOperator(query.comparison));
        binds << query.value;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString DataPage::orderBy(const RowQuery& query) const {
    if (query.sortColumn < 0)
        return query.descending ? QStringLiteral(" ORDER BY row_number DESC")
                                : QStringLiteral(" ORDER BY row_number");
    return QStringLiteral(" ORDER BY %1 %2 NULLS LAST, row_number")
        .arg(m_sqlNames.at(query.sortColumn),
             query.descending ? QLatin1String("DESC") : QLatin1String("ASC"));
}

QString DataPage::displayExpression(int column) const {
    const QString& name = m_sqlNames.at(column);
    if (m_text.at(column))
        return name;
    return QString::fromLatin1(m_columns.at(column).kind == ColumnKind::Date ? kDateText : kNumberText)
        .arg(name);
}

QList<DataRow> DataPage::select(const QString& tail, const QVariantList& binds) const {
    Statement select(m_store, QStringLiteral("SELECT * FROM %1%2").arg(m_table, tail));
    for (const QVariant& value : binds)
        select.bind(value);
    select.exec();
    QList<DataRow> rows;
    while (select.next()) {
        DataRow row;
        row.rowNumber = select.value(0).toLongLong();
        row.sourceLine = select.value(1).toLongLong();
        row.cells.reserve(m_columns.size());
        for (int c = 0; c < m_columns.size(); ++c)
            row.cells << select.value(c + 2);
        rows << row;
    }
    return rows;
}

} // namespace segmenta
