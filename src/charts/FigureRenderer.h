#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace segmenta {

/// Renders a figure without a window: to an image, a PNG or SVG file, or any QPainter (a PDF page, as
/// vectors). A chart not shown in a view is laid out at the requested size (in logical pixels, 96 per
/// inch, so that its fonts keep their point size at any resolution) and left in no scene afterwards; a
/// chart shown in a view keeps its layout and is scaled into the target.
class FigureRenderer {
public:
    /// An image of `pixels` at `dpi` dots per inch (96: one logical pixel per pixel; 192: twice as sharp).
    static QImage toImage(QChart* chart, const QSize& pixels, double dpi = 96.0);
    static bool savePng(QChart* chart, const QString& path, const QSize& pixels, double dpi = 96.0);
    /// SVG of a figure laid out at `size` logical pixels; text stays text.
    static QByteArray toSvg(QChart* chart, const QSizeF& size);
    static bool saveSvg(QChart* chart, const QString& path, const QSizeF& size);
    /// Draws the figure into `target` (in `painter`'s coordinates). `layoutSize` is the size in logical
    /// pixels to lay the chart out at; empty: the target's physical size at 96 per inch.
    static void render(QChart* chart, QPainter* painter, const QRectF& target, QSizeF layoutSize = {});
};

} // namespace segmenta
