#include "gui/PreviewModel.h"

#include "store/DataPage.h"

namespace segmenta {

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PreviewModel::setTable(const DataMatrix& data, const QList<qint64>& sourceLines) {
    beginResetModel();
    const Index rows = std::min<Index>(kMaxRows, data.rows());
    m_data = DataMatrix(data.values().topRows(rows), data.columns());
    m_sourceLines = sourceLines.mid(0, rows);
    endResetModel();
}

void PreviewModel::clear() {
    beginResetModel();
    m_data = DataMatrix();
    m_sourceLines.clear();
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_data.rows());
}

int PreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_data.cols());
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::TextAlignmentRole))
        return {};
    const ColumnInfo& column = m_data.column(index.column());
    if (role == Qt::TextAlignmentRole) // numbers line up on the right, as in the data view
        return column.isTextCoded() ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column.isTextCoded() || m_data.isMissing(index.row(), index.column()))
        return m_data.displayText(index.row(), index.column());
    return DataPage::displayText(m_data.values()(index.row(), index.column()), column.kind);
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_data.cols() ? m_data.column(section).name : QVariant();
    return section < m_sourceLines.size() ? QVariant(m_sourceLines.at(section)) : QVariant(section + 1);
}

} // namespace segmenta
