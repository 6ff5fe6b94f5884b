#pragma once

#include "core/Types.h"
#include "gui/ResultView.h"

#include <QList>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace segmenta {

class ChartView;

/// The segment map: customers on two principal components, one colour per segment. Hovering a point shows
/// the customer's values; the wheel, +/− and a dragged rectangle zoom, dragging in pan mode moves the
/// view; in select mode a dragged rectangle selects customers, which the data view can show. Clicking a
/// legend entry hides its segment.
class SegmentMapView : public ResultView {
    Q_OBJECT

public:
    explicit SegmentMapView(AnalysisSession& session, QWidget* parent = nullptr);

    ChartView* chartView() const { return m_chart; }
    /// Dataset row numbers of the customers selected, ascending.
    const QList<qint64>& selectedRows() const { return m_selected; }
    /// Selects the customers whose points lie in `values` (in the axes' units), among visible segments.
    void selectArea(const QRectF& values);

signals:
    /// The selection changed (empty: nothing selected).
    void rowsSelected(const QList<qint64>& rowNumbers);
    /// "Show in Data" was clicked.
    void showSelectedRequested(const QList<qint64>& rowNumbers);

protected:
    void rebuild() override;
    /// Renames the series, keeping zoom and selection.
    void renameSegments() override;

private:
    void fillComponentCombos();
    void showTooltip(int segment, const QPointF& point, bool entered);
    void updateSelectionLabel();

    ChartView* m_chart;
    QComboBox* m_xCombo;
    QComboBox* m_yCombo;
    QCheckBox* m_loadings;
    QToolButton* m_zoomMode;
    QToolButton* m_panMode;
    QToolButton* m_selectMode;
    QLabel* m_selection;
    QPushButton* m_showSelected;
    /// For every segment's series, the clustered row of each of its points.
    std::vector<std::vector<Index>> m_seriesRows;
    QList<qint64> m_selected;
};

} // namespace segmenta
