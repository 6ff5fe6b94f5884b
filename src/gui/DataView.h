#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class DataView;
}

namespace segmenta {

class DataTableModel;
class ProjectStore;
struct RowQuery;

/// A stored dataset as a table: every row (read a page at a time), sorted by a click on a column's
/// header, filtered by a text (in every column or one) or, for a column of numbers, a comparison such
/// as "> 1000"; beside it the selected column's statistics and histogram.
class DataView : public QWidget {
    Q_OBJECT

public:
    explicit DataView(QWidget* parent = nullptr);
    ~DataView() override;

    /// Shows the dataset; a null store shows nothing.
    void setDataset(ProjectStore* store, qint64 datasetId);
    /// Shows only these 1-based row numbers (e.g. the points selected on the segment map); empty shows all.
    void showRows(const QList<qint64>& rowNumbers);

    DataTableModel* model() const { return m_model; }

private:
    void applyFilter();
    void updateColumnPanel();
    void updateRowsLabel();
    /// The filter typed, for the column chosen; false with a message when it cannot be read.
    bool parseFilter(RowQuery& query) const;

    std::unique_ptr<Ui::DataView> m_ui;
    DataTableModel* m_model;
    QList<qint64> m_rows;
    int m_panelColumn = -1; ///< the column the panel describes
    QTimer m_filterDelay;
};

} // namespace segmenta
