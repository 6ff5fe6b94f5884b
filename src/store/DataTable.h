#pragma once

#include "core/DataMatrix.h"

#include <QList>
#include <QString>

#include <vector>

namespace segmenta {

class ProjectStore;

/// The rows of one dataset as a table of their own, "data_<dataset id>", typed so that the sqlite3 shell
/// shows them as they are: row_number INTEGER PRIMARY KEY (the 1-based data row of the source, which
/// addresses a customer everywhere in the project), source_line INTEGER, then one column per dataset
/// column in order, named after it — REAL for numbers, numeric codes and dates, TEXT holding the text
/// itself for text-coded columns, NULL for a missing cell.
class DataTable {
public:
    DataTable(const ProjectStore& store, qint64 datasetId);

    const QString& name() const { return m_name; }
    void create(const QList<ColumnInfo>& columns);
    /// Inserts every row of `data`, row numbers 1..rows, from the same prepared statement in batches.
    /// `sourceLines` gives each row's line in the source (empty: unknown). Throws StoreError naming the
    /// column and row of a text code that is not one of its column's levels.
    void insert(const DataMatrix& data, const QList<qint64>& sourceLines);
    /// The values in row-number order, coded as DataMatrix codes them for `columns`.
    Matrix read(const QList<ColumnInfo>& columns) const;
    /// The row numbers in order: row i of read() is row number rowNumbers()[i].
    std::vector<qint64> rowNumbers() const;
    void drop();

private:
    const ProjectStore& m_store;
    QString m_name;
};

} // namespace segmenta
