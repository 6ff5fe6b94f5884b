#include "core/DataMatrix.h"

#include "core/EnumNames.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QSet>

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
    return QString::number(v, 'g', 15);
}

} // namespace segmenta
