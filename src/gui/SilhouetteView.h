#pragma once

#include "gui/ResultView.h"

class QLabel;

namespace segmenta {

class ChartView;

/// The silhouette of every customer, by segment: how well each customer fits its segment rather than the
/// nearest other one.
class SilhouetteView : public ResultView {
    Q_OBJECT

public:
    explicit SilhouetteView(AnalysisSession& session, QWidget* parent = nullptr);

    ChartView* chartView() const { return m_chart; }

protected:
    void rebuild() override;

private:
    QLabel* m_summary;
    ChartView* m_chart;
};

} // namespace segmenta
