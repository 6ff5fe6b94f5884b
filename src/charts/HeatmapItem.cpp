#include "charts/HeatmapItem.h"

#include <QChart>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace segmenta {

namespace {

QString signedNumber(double value) {
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QString text = QLocale().toString(std::abs(value), 'f', 1);
    if (text == QLocale().toString(0.0, 'f', 1))
        return text;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

} // namespace

HeatmapItem::HeatmapItem(QChart* chart, Matrix values, const SegmentPalette& palette)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_values(std::move(values))
    , m_palette(palette) {
    // Above the plot background, below nothing that shares the plot area.
    setZValue(10);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] {
        prepareGeometryChange();
        update();
    });
}

QRectF HeatmapItem::boundingRect() const {
    return m_chart->rect();
}

void HeatmapItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QRectF plot = m_chart->plotArea();
    if (m_values.size() == 0 || plot.isEmpty())
        return;
    const double w = plot.width() / double(m_values.cols());
    const double h = plot.height() / double(m_values.rows());
    QFont font = m_chart->font();
    font.setPointSizeF(std::clamp(std::min(w / 5.0, h / 2.5) * 0.75, 6.0, 11.0));
    painter->setFont(font);
    for (Index r = 0; r < m_values.rows(); ++r) {
        for (Index c = 0; c < m_values.cols(); ++c) {
            const QRectF cell(plot.left() + double(c) * w, plot.top() + double(r) * h, w, h);
            const QColor fill = m_palette.diverging(std::isfinite(m_values(r, c)) ? m_values(r, c) : 0.0);
            painter->fillRect(cell, fill);
            painter->setPen(QPen(m_palette.diverging(0.0), 1.0));
            painter->drawRect(cell);
            painter->setPen(SegmentPalette::textOn(fill));
            painter->drawText(cell, Qt::AlignCenter, signedNumber(m_values(r, c)));
        }
    }
    painter->setFont(m_chart->font());
    paintScale(painter, plot);
}

void HeatmapItem::paintScale(QPainter* painter, const QRectF& plot) const {
    const QRectF bar(plot.right() + 10, plot.top(), 12, plot.height());
    QLinearGradient gradient(bar.topLeft(), bar.bottomLeft());
    for (int i = 0; i <= 8; ++i) {
        const double t = i / 8.0;
        gradient.setColorAt(t, m_palette.diverging(SegmentPalette::zLimit * (1.0 - 2.0 * t)));
    }
    painter->fillRect(bar, gradient);
    painter->setPen(m_palette.foreground());
    painter->drawRect(bar);
    const double lim = SegmentPalette::zLimit;
    const struct {
        double z;
        QString text;
    } ticks[] = {{lim, QStringLiteral("≥ ") + signedNumber(lim)},
                 {0.0, signedNumber(0.0)},
                 {-lim, QStringLiteral("≤ ") + signedNumber(-lim)}};
    const QFontMetricsF metrics(painter->font());
    for (const auto& tick : ticks) {
        const double y = bar.top() + (lim - tick.z) / (2.0 * lim) * bar.height();
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        const double baseline =
            std::clamp(y + metrics.capHeight() / 2.0, bar.top() + metrics.capHeight(), bar.bottom());
        painter->drawText(QPointF(bar.right() + 7, baseline), tick.text);
    }
}

} // namespace segmenta
