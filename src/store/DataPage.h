#pragma once

#include "core/DataMatrix.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <span>
#include <utility>
#include <vector>

namespace segmenta {

class ProjectStore;

/// How RowQuery compares a column's values with RowQuery::value.
enum class Comparison { None, Less, LessOrEqual, Equal, NotEqual, GreaterOrEqual, Greater };

/// Which rows of a stored dataset to read, and in which order. The default is every row in row-number order.
struct RowQuery {
    /// Keeps the rows in which a cell, as DataPage::displayText() shows it, contains this text (ASCII letters
    /// compared without case); empty = no text filter.
    QString text;
    /// The 0-based column that the text filter and the comparison look at; -1 = the text in any column.
    int column = -1;
    /// Keeps the rows whose value in `column` (a number, numeric code or date in days) compares so with
    /// `value`; a missing value never passes. Only for columns that do not hold text.
    Comparison comparison = Comparison::None;
    double value = 0.0;
    /// The 0-based column to order by, missing values last and ties in row-number order; -1 = row number.
    int sortColumn = -1;
    bool descending = false;
    /// Only these row numbers; empty = every row.
    QList<qint64> rowNumbers;

    /// True when the query keeps every row in row-number order.
    bool isPlain() const;
};

/// One stored row: its row number, its line in the source (0 when unknown) and its cells — null when
/// missing, the text itself for text columns, a double otherwise.
struct DataRow {
    qint64 rowNumber = 0;
    qint64 sourceLine = 0;
    QVariantList cells;
};

/// Reads a stored dataset (DataTable) a page at a time, for views of datasets too large to load: rows by
/// position or by row number, the row numbers of a filtered or sorted view, and one column's values for
/// statistics. Filters and sorting run in SQL. Uses the project's connection, so only on its thread.
class DataPage {
public:
    /// Reads the dataset's column descriptions. Throws StoreError for an unknown dataset.
    DataPage(const ProjectStore& store, qint64 datasetId);

    /// Name, kind, role and PII flag of every column; the levels of text columns are not read (an
    /// identifier column may have a million), see isText().
    const QList<ColumnInfo>& columns() const { return m_columns; }
    /// True when the 0-based column holds text (a text-coded column of the DataMatrix).
    bool isText(int column) const { return m_text.at(column); }
    /// Every row of the dataset.
    qint64 rowCount() const { return m_rowCount; }

    /// How many rows the query keeps.
    qint64 count(const RowQuery& query) const;
    /// The row numbers of the rows the query keeps, in its order.
    std::vector<qint64> rowNumbers(const RowQuery& query) const;
    /// At most `count` rows from the 0-based position `offset` in row-number order, without reading the
    /// rows before them.
    QList<DataRow> rowsAt(qint64 offset, qint64 count) const;
    /// The rows with these row numbers, in this order; unknown numbers are left out.
    QList<DataRow> rows(std::span<const qint64> rowNumbers) const;

    /// The values of a column that does not hold text, for the rows the query keeps (NaN when missing).
    std::vector<double> numbers(int column, const RowQuery& query) const;
    /// The texts of a text column with their counts among the rows the query keeps, most frequent first
    /// (ties in text order); missing cells are not counted.
    QList<std::pair<QString, qint64>> textCounts(int column, const RowQuery& query) const;
    /// Missing cells of a column among the rows the query keeps.
    qint64 missingCount(int column, const RowQuery& query) const;

    /// A cell as views show it and the text filter reads it: the text itself; a date as yyyy-MM-dd (with
    /// HH:mm when it has a time of day); other numbers with up to 15 significant digits; empty when missing.
    static QString displayText(const QVariant& cell, ColumnKind kind);

private:
    /// The WHERE clause of the query (empty when it keeps every row) and the values for its `?`s.
    QString where(const RowQuery& query, QVariantList& binds) const;
    QString orderBy(const RowQuery& query) const;
    QString displayExpression(int column) const;
    QList<DataRow> select(const QString& tail, const QVariantList& binds) const;

    const ProjectStore& m_store;
    QString m_table;
    QList<ColumnInfo> m_columns;
    QStringList m_sqlNames; ///< quoted, as DataTable named them
    QList<bool> m_text;
    qint64 m_rowCount = 0;
    qint64 m_firstRow = 0;
    bool m_contiguous = false; ///< row numbers are firstRow .. firstRow + rowCount - 1
};

} // namespace segmenta
