#include "store/DataTable.h"

#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <limits>

namespace segmenta {

namespace {

constexpr Index kBatchRows = 5000;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::DataTable)
};

QString quoted(const QString& identifier) {
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// SQLite compares identifiers without case, so "Name" and "name" (distinct in a DataMatrix) or a column
// called "Row_Number" need another name in SQL; " (2)", " (3)", ... is appended.
QStringList sqlColumnNames(const QList<ColumnInfo>& columns) {
    QSet<QString> taken{QStringLiteral("row_number"), QStringLiteral("source_line")};
    QStringList names;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString base =
            columns.at(c).name.isEmpty() ? Text::tr("column %1").arg(c + 1) : columns.at(c).name;
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        taken.insert(name.toLower());
        names << name;
    }
    return names;
}

} // namespace

DataTable::DataTable(const ProjectStore& store, qint64 datasetId)
    : m_store(store)
    , m_name(quoted(QStringLiteral("data_%1").arg(datasetId))) {}

void DataTable::create(const QList<ColumnInfo>& columns) {
    QString sql =
        QStringLiteral("CREATE TABLE %1 (row_number INTEGER PRIMARY KEY, source_line INTEGER").arg(m_name);
    const QStringList names = sqlColumnNames(columns);
    for (qsizetype c = 0; c < columns.size(); ++c)
        sql += QStringLiteral(", %1 %2").arg(
            quoted(names.at(c)), columns.at(c).isTextCoded() ? QLatin1String("TEXT") : QLatin1String("REAL"));
    Statement(m_store, sql + QLatin1Char(')')).exec();
}

void DataTable::insert(const DataMatrix& data, const QList<qint64>& sourceLines) {
    if (!sourceLines.isEmpty() && sourceLines.size() != data.rows())
        throw StoreError(Text::tr("Cannot save the dataset in %1: it has %2 rows but %3 source lines.")
                             .arg(m_store.location())
                             .arg(data.rows())
                             .arg(sourceLines.size()));
    QString placeholders = QStringLiteral("?, ?");
    for (Index c = 0; c < data.cols(); ++c)
        placeholders += QStringLiteral(", ?");
    Statement insert(m_store, QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(m_name, placeholders));
    // Made once per level rather than per cell; an empty text must not be null, which Qt would bind as NULL.
    std::vector<QVariantList> levelTexts(std::size_t(data.cols()));
    for (Index c = 0; c < data.cols(); ++c)
        for (const QString& level : data.column(c).levels)
            levelTexts[std::size_t(c)] << QVariant(level.isNull() ? QStringLiteral("") : level);
    for (Index first = 0; first < data.rows(); first += kBatchRows) {
        const Index count = std::min(kBatchRows, data.rows() - first);
        QVariantList rowNumbers, lines;
        rowNumbers.reserve(count);
        lines.reserve(count);
        for (Index r = first; r < first + count; ++r) {
            rowNumbers << QVariant(qint64(r + 1));
            lines << (sourceLines.isEmpty() ? QVariant() : QVariant(sourceLines.at(r)));
        }
        insert.bindColumn(0, rowNumbers);
        insert.bindColumn(1, lines);
        for (Index c = 0; c < data.cols(); ++c) {
            const ColumnInfo& column = data.column(c);
            const QVariantList& texts = levelTexts[std::size_t(c)];
            QVariantList cells;
            cells.reserve(count);
            for (Index r = first; r < first + count; ++r) {
                const double value = data.values()(r, c);
                if (std::isnan(value)) {
                    cells << QVariant();
                } else if (!column.isTextCoded()) {
                    cells << QVariant(value);
                } else if (value >= 0 && value < column.levels.size() && value == std::floor(value)) {
                    cells << texts.at(qsizetype(value));
                } else {
                    throw StoreError(
                        Text::tr("Cannot save the dataset in %1: column '%2', row %3 holds the code %4, "
                                 "which is not one of its %5 texts.")
                            .arg(m_store.location(), column.name)
                            .arg(r + 1)
                            .arg(value)
                            .arg(column.levels.size()));
                }
            }
            insert.bindColumn(int(c + 2), cells);
        }
        insert.execBatch();
    }
}

Matrix DataTable::read(const QList<ColumnInfo>& columns) const {
    const Index rows =
        Statement(m_store, QStringLiteral("SELECT count(*) FROM %1").arg(m_name)).scalar().toLongLong();
    std::vector<QHash<QString, double>> codes(std::size_t(columns.size()));
    for (qsizetype c = 0; c < columns.size(); ++c)
        for (qsizetype i = 0; i < columns.at(c).levels.size(); ++i)
            codes[std::size_t(c)].insert(columns.at(c).levels.at(i), double(i));

    Matrix values(rows, columns.size());
    Statement select(m_store, QStringLiteral("SELECT * FROM %1 ORDER BY row_number").arg(m_name));
    select.exec();
    for (Index r = 0; r < rows && select.next(); ++r) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QVariant cell = select.value(int(c + 2));
            double& value = values(r, c);
            if (cell.isNull()) {
                value = std::numeric_limits<double>::quiet_NaN();
            } else if (!columns.at(c).isTextCoded()) {
                value = cell.toDouble();
            } else {
                const auto code = codes[std::size_t(c)].constFind(cell.toString());
                if (code == codes[std::size_t(c)].constEnd())
                    throw StoreError(
                        Text::tr("The project %1 is damaged: %2 holds '%3' in column '%4', which is not "
                                 "one of that column's texts.")
                            .arg(m_store.location(), m_name, cell.toString(), columns.at(c).name));
                value = *code;
            }
        }
    }
    return values;
}

std::vector<qint64> DataTable::rowNumbers() const {
    std::vector<qint64> numbers;
    Statement select(m_store, QStringLiteral("SELECT row_number FROM %1 ORDER BY row_number").arg(m_name));
    select.exec();
    while (select.next())
        numbers.push_back(select.value(0).toLongLong());
    return numbers;
}

void DataTable::drop() {
    Statement(m_store, QStringLiteral("DROP TABLE %1").arg(m_name)).exec();
}

} // namespace segmenta
