#pragma once

#include "charts/SegmentPalette.h"

#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace segmenta {

/// The look shared by every figure: Qt Charts' light or dark theme, the segment palette, fonts, margins and
/// the small building blocks (axes, labelled markers, reference lines) the figures are made of.
class ChartStyle {
public:
    explicit ChartStyle(bool dark = false);

    bool isDark() const { return m_palette.isDark(); }
    const SegmentPalette& palette() const { return m_palette; }

    /// A new chart, owned by the caller: theme, title, no animation (figures are also rendered offscreen,
    /// where an animation would be caught half-way), legend below the plot.
    QChart* newChart(const QString& title) const;
    /// A value axis with a title, not yet added to a chart.
    QValueAxis* valueAxis(const QString& title, double min, double max) const;
    /// Adds `series` to `chart` and attaches it to `x` (bottom) and `y` (left), adding each axis to the
    /// chart on first use.
    static void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
    /// Takes `series` out of the legend (it stays in the chart).
    static void hideFromLegend(QChart* chart, QAbstractSeries* series);
    /// A dashed straight line from `from` to `to` named `name`, without a legend entry unless `inLegend`.
    QLineSeries* addGuide(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, QPointF from, QPointF to,
                          const QString& name, bool inLegend = false) const;
    /// A small marker at `at` with `text` written next to it, without a legend entry.
    void addLabel(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, QPointF at, const QString& text,
                  const QColor& color) const;

private:
    SegmentPalette m_palette;
};

} // namespace segmenta
