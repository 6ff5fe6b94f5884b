#pragma once

#include "gui/ColumnStats.h"

#include <QWidget>

class QChart;
class QChartView;
class QFormLayout;
class QLabel;

namespace segmenta {

class DataPage;
struct RowQuery;

/// The data view's side panel for one column: how many values and missing cells, mean, spread, range and
/// skewness of numbers, and a histogram (or the most frequent texts).
class ColumnPanel : public QWidget {
    Q_OBJECT

public:
    explicit ColumnPanel(QWidget* parent = nullptr);

    /// Shows the 0-based `column` of the rows the query keeps.
    void showColumn(const DataPage& pages, int column, const RowQuery& query);
    void clear();

    /// What is shown, e.g. for tests.
    const ColumnStats& stats() const { return m_stats; }

private:
    void clearContents();
    void showStats(const QString& title);
    void showHistogram();

    ColumnStats m_stats;
    QLabel* m_title;
    QFormLayout* m_form;
    QChart* m_chart;
    QChartView* m_chartView;
    QLabel* m_caption;
};

} // namespace segmenta
