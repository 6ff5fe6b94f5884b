#pragma once

#include "core/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace segmenta {

/// What a column holds.
enum class ColumnKind { Numeric, Categorical, Identifier, Date, Text };
/// What a column is used for in an analysis.
enum class ColumnRole { Feature, Ignored, Label, Identifier };

/// Stable lower-case names used in JSON and on the command line ("numeric", "categorical", ...).
QString toString(ColumnKind kind);
QString toString(ColumnRole role);
/// Inverse of toString(); returns false for an unknown name.
bool fromString(const QString& name, ColumnKind& kind);
bool fromString(const QString& name, ColumnRole& role);

/// Metadata of one column of a DataMatrix.
struct ColumnInfo {
    QString name;
    ColumnKind kind = ColumnKind::Numeric;
    ColumnRole role = ColumnRole::Feature;
    /// For columns whose cells are text: the distinct texts in order of first appearance; the matrix then
    /// holds the index of the cell's text in this list. Empty when the matrix holds the values themselves
    /// (numbers, numeric category codes such as Channel = 1/2, dates as days since 1970-01-01).
    QStringList levels;
    /// Personally identifying (names, e-mails, phone numbers): kept out of exports unless asked.
    bool pii = false;

    bool isTextCoded() const { return !levels.isEmpty(); }
    friend bool operator==(const ColumnInfo&, const ColumnInfo&) = default;
};

/// A table of observations as a numeric matrix plus column metadata. Missing cells are NaN.
class DataMatrix {
public:
    DataMatrix() = default;
    /// Throws DataError when the column count does not match or two columns share a name.
    DataMatrix(Matrix values, QList<ColumnInfo> columns);

    Index rows() const { return m_values.rows(); }
    Index cols() const { return m_values.cols(); }
    const Matrix& values() const { return m_values; }
    const QList<ColumnInfo>& columns() const { return m_columns; }
    const ColumnInfo& column(Index c) const { return m_columns.at(c); }
    /// Changes kind, role or PII flag; the name and levels must stay as they are.
    void setColumnUsage(Index c, ColumnKind kind, ColumnRole role, bool pii);
    /// The position of the column with this exact name, or -1.
    Index columnIndex(const QString& name) const;
    QStringList columnNames() const;
    bool isMissing(Index row, Index col) const;
    /// A cell as a user would read it: the level text for text-coded columns, the date for date columns
    /// (dateText()), the number otherwise, an empty string for a missing cell.
    QString displayText(Index row, Index col) const;

private:
    Matrix m_values;
    QList<ColumnInfo> m_columns;
};

/// A date stored as days since 1970-01-01 (the time of day as the fraction) in ISO form: "2010-12-01", or
/// "2010-12-01 08:26" when it has a time to the minute.
QString dateText(double days);

} // namespace segmenta
