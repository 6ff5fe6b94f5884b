#pragma once

#include "core/DataMatrix.h"

#include <QAbstractTableModel>
#include <QList>

namespace segmenta {

/// The first rows of a table read for import, as the wizard's preview grid shows them: cells as the
/// dataset will hold them, rows headed by their line (or row) in the source.
class PreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kMaxRows = 200;

    explicit PreviewModel(QObject* parent = nullptr);

    /// Shows the first kMaxRows rows of `data`; `sourceLines` gives each row's line (may be empty).
    void setTable(const DataMatrix& data, const QList<qint64>& sourceLines);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DataMatrix m_data;
    QList<qint64> m_sourceLines;
};

} // namespace segmenta
