#pragma once

#include "charts/SegmentPalette.h"
#include "core/Types.h"

#include <QGraphicsItem>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

/// Coloured cells with their values written in, filling the plot area of the chart it belongs to (Qt Charts
/// has no heatmap series), plus a colour scale to the right of the plot area. Row 0 is drawn at the top.
/// A child item of the chart: it follows the chart's layout and is rendered with it.
class HeatmapItem : public QGraphicsItem {
public:
    /// `values` rows × columns, coloured by SegmentPalette::diverging().
    HeatmapItem(QChart* chart, Matrix values, const SegmentPalette& palette);

    const Matrix& values() const { return m_values; }
    /// Width the colour scale needs to the right of the plot area.
    static constexpr int kScaleWidth = 80;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintScale(QPainter* painter, const QRectF& plot) const;

    QChart* m_chart;
    Matrix m_values;
    SegmentPalette m_palette;
};

} // namespace segmenta
