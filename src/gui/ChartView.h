#pragma once

#include "charts/ChartStyle.h"

#include <QChartView>
#include <QPointer>

class QRubberBand;

namespace segmenta {

/// The view of every figure. Its context menu copies the figure or saves it as PNG or SVG (FigureRenderer);
/// clicking a legend entry hides or shows its series. An interactive view also zooms (wheel, +/−, or a
/// rectangle dragged in zoom mode), pans (dragging in pan mode, or the arrow keys) and selects a rectangle
/// of points (select mode); Home or "Reset view" returns to the whole figure.
class ChartView : public QChartView {
    Q_OBJECT

public:
    enum class Mode { Zoom, Pan, Select };

    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    /// Shows `chart` (the view takes it over) and deletes the figure shown before.
    void showChart(QChart* chart);
    /// Enables zoom, pan and selection.
    void setInteractive(bool interactive);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// The name files are suggested under when saving the figure.
    void setFileBaseName(const QString& name) { m_fileBaseName = name; }

    /// The figure style for the widget's palette: dark when its window colour is dark.
    static ChartStyle styleFor(const QWidget* widget);
    /// The figure as an image twice the view's size (sharp when pasted into a document).
    QImage image() const;

public slots:
    void copyImage();
    void savePng(const QString& path);
    void saveSvg(const QString& path);
    void resetView();

signals:
    /// In select mode: the rectangle dragged, in the values of the chart's axes.
    void areaSelected(const QRectF& values);
    /// Save failed or succeeded; for the status bar.
    void message(const QString& text);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void connectLegend();
    /// Zooms by `factor` (< 1 zooms in) keeping the chart point under `anchor` (view coordinates) in place.
    void zoomAt(const QPointF& anchor, double factor);
    QRectF plotRectOf(const QRect& viewRect) const;

    bool m_interactive = false;
    Mode m_mode = Mode::Zoom;
    QString m_fileBaseName = QStringLiteral("figure");
    QRubberBand* m_band = nullptr;
    QPoint m_pressAt;
    QPoint m_lastDrag;
    bool m_dragging = false;
};

} // namespace segmenta
