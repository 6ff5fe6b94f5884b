#pragma once

#include "store/DataPage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace segmenta {

class ProjectStore;

/// A stored dataset as a table model that reads its rows from the project a page at a time: a million rows
/// scroll without loading them, only the few pages on screen are kept. Sorting and filtering run in SQL
/// (DataPage); a sorted or filtered view keeps just the row numbers of its rows, in order. Rows are headed
/// by their row number, the number that addresses a customer throughout the project.
/// Reads the store on its thread, which must be the project's.
class DataTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageRows = 256;
    static constexpr int kCachedPages = 12;

    explicit DataTableModel(QObject* parent = nullptr);
    ~DataTableModel() override;

    /// Shows the dataset; a null store or an unknown dataset shows nothing. Throws nothing.
    void setDataset(ProjectStore* store, qint64 datasetId);
    /// The dataset's pages, or null when none is shown.
    const DataPage* pages() const { return m_pages.get(); }

    /// The filter and selection of rows; the sort order is kept.
    void setFilter(const RowQuery& filter);
    const RowQuery& query() const { return m_query; }
    /// How many pages were read from the project so far.
    qint64 pageReads() const { return m_pageReads; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// Reading the project failed; the view shows nothing.
    void problem(const QString& message);

private:
    void reload();
    const DataRow* rowAt(int row) const;

    std::unique_ptr<DataPage> m_pages;
    RowQuery m_query;
    qint64 m_rowCount = 0;
    /// The row numbers of a sorted or filtered view in order; none when all rows show in row-number order.
    std::optional<std::vector<qint64>> m_order;
    mutable QHash<qint64, QList<DataRow>> m_cache; ///< page number → its rows
    mutable QList<qint64> m_recent;                ///< cached pages, least recently used first
    mutable qint64 m_pageReads = 0;
};

} // namespace segmenta
