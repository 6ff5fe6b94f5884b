#include "charts/ChartStyle.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace segmenta {

ChartStyle::ChartStyle(bool dark)
    : m_palette(dark) {}

QChart* ChartStyle::newChart(const QString& title) const {
    auto* chart = new QChart;
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(m_palette.foreground());
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setLabelColor(m_palette.foreground());
    return chart;
}

QValueAxis* ChartStyle::valueAxis(const QString& title, double min, double max) const {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    axis->setLabelsColor(m_palette.foreground());
    axis->setTitleBrush(m_palette.foreground());
    return axis;
}

void ChartStyle::attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y) {
    chart->addSeries(series);
    if (!chart->axes().contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes().contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void ChartStyle::hideFromLegend(QChart* chart, QAbstractSeries* series) {
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QLineSeries* ChartStyle::addGuide(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, QPointF from, QPointF to,
                                  const QString& name, bool inLegend) const {
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(from);
    line->append(to);
    attach(chart, line, x, y);
    line->setPen(QPen(m_palette.foreground(), 1.5, Qt::DashLine));
    if (!inLegend)
        hideFromLegend(chart, line);
    return line;
}

void ChartStyle::addLabel(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, QPointF at, const QString& text,
                          const QColor& color) const {
    auto* point = new QScatterSeries;
    point->setName(text);
    point->append(at);
    attach(chart, point, x, y);
    point->setMarkerSize(7);
    point->setColor(color);
    point->setBorderColor(color);
    // A format without @-tags is written as it is: the label text itself.
    point->setPointLabelsFormat(text);
    point->setPointLabelsVisible(true);
    point->setPointLabelsClipping(false);
    point->setPointLabelsColor(m_palette.foreground());
    hideFromLegend(chart, point);
}

} // namespace segmenta
