#pragma once

#include "gui/ResultView.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace segmenta {

class ChartView;

/// Choosing K: the four scores against K with the recommended K marked and the reason in words, a table
/// of the scores, and the K shown, which the combo box, a click on a curve or a row of the table changes.
class KSelectionView : public ResultView {
    Q_OBJECT

public:
    explicit KSelectionView(AnalysisSession& session, QWidget* parent = nullptr);

    ChartView* chartView() const { return m_chart; }
    QComboBox* kCombo() const { return m_kCombo; }
    QTableWidget* table() const { return m_table; }

protected:
    void rebuild() override;
    void renameSegments() override {}

private:
    void choose(int k);
    void fillTable();

    QComboBox* m_kCombo;
    QLabel* m_reason;
    ChartView* m_chart;
    QTableWidget* m_table;
};

} // namespace segmenta
