#include "gui/DataTableModel.h"

#include "core/Error.h"
#include "store/ProjectStore.h"

#include <QLoggingCategory>

#include <span>

namespace segmenta {

namespace {
Q_LOGGING_CATEGORY(lcDataModel, "segmenta.gui.data")
}

DataTableModel::DataTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

DataTableModel::~DataTableModel() = default;

void DataTableModel::setDataset(ProjectStore* store, qint64 datasetId) {
    beginResetModel();
    m_pages.reset();
    m_query = {};
    m_order.reset();
    m_rowCount = 0;
    m_cache.clear();
    m_recent.clear();
    if (store) {
        try {
            m_pages = std::make_unique<DataPage>(*store, datasetId);
            m_rowCount = m_pages->rowCount();
        } catch (const DataError& error) {
            m_pages.reset();
            emit problem(error.message());
        }
    }
    endResetModel();
}

void DataTableModel::setFilter(const RowQuery& filter) {
    const int sortColumn = m_query.sortColumn;
    const bool descending = m_query.descending;
    m_query = filter;
    m_query.sortColumn = sortColumn;
    m_query.descending = descending;
    reload();
}

void DataTableModel::sort(int column, Qt::SortOrder order) {
    m_query.sortColumn = column;
    m_query.descending = column >= 0 && order == Qt::DescendingOrder;
    reload();
}

void DataTableModel::reload() {
    beginResetModel();
    m_cache.clear();
    m_recent.clear();
    m_order.reset();
    m_rowCount = 0;
    if (m_pages) {
        try {
            if (m_query.isPlain()) {
                m_rowCount = m_pages->rowCount();
            } else {
                m_order = m_pages->rowNumbers(m_query);
                m_rowCount = qint64(m_order->size());
            }
        } catch (const DataError& error) {
            m_order.reset();
            emit problem(error.message());
        }
    }
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rowCount);
}

int DataTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_pages ? 0 : int(m_pages->columns().size());
}

QVariant DataTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return m_pages->isText(index.column()) ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const DataRow* row = rowAt(index.row());
    if (!row)
        return {};
    return DataPage::displayText(row->cells.at(index.column()), m_pages->columns().at(index.column()).kind);
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_pages || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_pages->columns().size() ? m_pages->columns().at(section).name : QVariant();
    const DataRow* row = rowAt(section);
    return row ? QVariant(row->rowNumber) : QVariant();
}

const DataRow* DataTableModel::rowAt(int row) const {
    if (!m_pages || row < 0 || row >= m_rowCount)
        return nullptr;
    const qint64 page = row / kPageRows;
    auto cached = m_cache.find(page);
    if (cached == m_cache.end()) {
        const qint64 first = page * kPageRows;
        const qint64 count = std::min<qint64>(kPageRows, m_rowCount - first);
        QList<DataRow> rows;
        try {
            rows = m_order ? m_pages->rows(std::span(m_order->data() + first, std::size_t(count)))
                           : m_pages->rowsAt(first, count);
        } catch (const DataError& error) {
            qCWarning(lcDataModel) << error.message();
            return nullptr;
        }
        ++m_pageReads;
        if (m_recent.size() >= kCachedPages)
            m_cache.remove(m_recent.takeFirst());
        cached = m_cache.insert(page, std::move(rows));
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const qint64 offset = row - page * kPageRows;
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

} // namespace segmenta
