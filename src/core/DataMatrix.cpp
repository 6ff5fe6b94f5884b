#include "core/DataMatrix.h"

#include "core/EnumNames.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QTime>

#include <array>
#include <cmath>
#include <utility>

namespace segmenta {

namespace {
constexpr std::array kKindNames{std::pair{ColumnKind::Numeric, "numeric"},
                                std::pair{ColumnKind::Categorical, "categorical"},
                                std::pair{ColumnKind::Identifier, "identifier"},
                                std::pair{ColumnKind::Date, "date"}, std::pair{ColumnKind::Text, "text"}};
constexpr std::array kRoleNames{
    std::pair{ColumnRole::Feature, "feature"}, std::pair{ColumnRole::Ignored, "ignored"},
    std::pair{ColumnRole::Label, "label"}, std::pair{ColumnRole::Identifier, "identifier"}};
} // namespace

QString toString(ColumnKind kind) {
    return nameOf(kKindNames, kind);
}
QString toString(ColumnRole role) {
    return nameOf(kRoleNames, role);
}
bool fromString(const QString& name, ColumnKind& kind) {
    return valueOf(kKindNames, name, kind);
}
bool fromString(const QString& name, ColumnRole& role) {
    return valueOf(kRoleNames, name, role);
}

DataMatrix::DataMatrix(Matrix values, QList<ColumnInfo> columns)
    : m_values(std::move(values))
    , m_columns(std::move(columns)) {
    if (m_values.cols() != m_columns.size())
        throw DataError(QCoreApplication::translate("segmenta::DataMatrix",
                                                    "The table has %1 value columns but %2 column names.")
                            .arg(m_values.cols())
                            .arg(m_columns.size()));
    QSet<QString> seen;
    for (const ColumnInfo& column : std::as_const(m_columns)) {
        if (seen.contains(column.name))
            throw DataError(
                QCoreApplication::translate("segmenta::DataMatrix",
                                            "Two columns are both named '%1'; column names must be unique.")
                    .arg(column.name));
        seen.insert(column.name);
    }
}

void DataMatrix::setColumnUsage(Index c, ColumnKind kind, ColumnRole role, bool pii) {
    ColumnInfo& column = m_columns[c];
    column.kind = kind;
    column.role = role;
    column.pii = pii;
}

Index DataMatrix::columnIndex(const QString& name) const {
    for (Index c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).name == name)
            return c;
    return -1;
}

QStringList DataMatrix::columnNames() const {
    QStringList names;
    names.reserve(m_columns.size());
    for (const ColumnInfo& column : m_columns)
        names << column.name;
    return names;
}

bool DataMatrix::isMissing(Index row, Index col) const {
    return std::isnan(m_values(row, col));
}

QString DataMatrix::displayText(Index row, Index col) const {
    const double v = m_values(row, col);
    if (std::isnan(v))
        return {};
    const ColumnInfo& column = m_columns.at(col);
    if (column.isTextCoded())
        return column.levels.value(static_cast<qsizetype>(v));
    if (column.kind == ColumnKind::Date)
        return dateText(v);
    return QString::number(v, 'g', 15);
}

QString dateText(double days) {
    const double whole = std::floor(days);
    const QDate date = QDate(1970, 1, 1).addDays(qint64(whole));
    const int minutes = int(std::lround((days - whole) * 24.0 * 60.0));
    if (minutes == 0 || minutes >= 24 * 60)
        return date.toString(Qt::ISODate);
    return QStringLiteral("%1 %2").arg(date.toString(Qt::ISODate),
                                       QTime(0, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm")));
}

} // namespace segmenta
