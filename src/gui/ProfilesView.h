#pragma once

#include "gui/ResultView.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QTabWidget;

namespace segmenta {

class ChartView;

/// What each segment looks like: mean per feature in original units, the means relative to the overall
/// mean, a z-score heatmap, box plots of a feature by segment, and the segment mix of each categorical
/// column (Channel, Region), each on a tab of its own.
class ProfilesView : public ResultView {
    Q_OBJECT

public:
    explicit ProfilesView(AnalysisSession& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    /// Every figure's view, in tab order.
    QList<ChartView*> chartViews() const;

protected:
    void rebuild() override;

private:
    ChartView* newChartView(const QString& accessibleName, const QString& fileName);
    void showBoxPlot();

    QTabWidget* m_tabs;
    ChartView* m_means;
    ChartView* m_ratios;
    ChartView* m_heatmap;
    ChartView* m_boxes;
    QComboBox* m_feature;
    QCheckBox* m_logScale;
    QList<ChartView*> m_crosstabs;
};

} // namespace segmenta
