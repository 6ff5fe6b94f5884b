#include "charts/BoxPlotChart.h"

#include "charts/ChartStyle.h"
#include "core/Analysis.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QLegend>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace segmenta {

namespace {

double quantile(std::span<const double> sorted, double p) {
    const double at = p * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(at));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (at - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

BoxStats BoxStats::ofSorted(std::span<const double> sorted) {
    BoxStats box;
    box.lowerQuartile = quantile(sorted, 0.25);
    box.median = quantile(sorted, 0.5);
    box.upperQuartile = quantile(sorted, 0.75);
    const double reach = 1.5 * (box.upperQuartile - box.lowerQuartile);
    box.lowerWhisker = *std::lower_bound(sorted.begin(), sorted.end(), box.lowerQuartile - reach);
    box.upperWhisker = *(std::upper_bound(sorted.begin(), sorted.end(), box.upperQuartile + reach) - 1);
    return box;
}

QChart* BoxPlotChart::create(const AnalysisResult& result, const DataMatrix& data, const QString& column,
                             const QStringList& segmentNames, const ChartStyle& style, bool logScale) {
    QChart* chart = style.newChart(tr("%1 by segment").arg(column));
    chart->legend()->hide();
    const Index c = data.columnIndex(column);
    const Labels& labels = result.model().labels;
    std::vector<std::vector<double>> values(std::size_t(result.k));
    for (std::size_t i = 0; i < labels.size() && c >= 0; ++i) {
        const double value = data.values()(result.prepared.rows[i], c);
        if (!std::isnan(value))
            values[std::size_t(labels[i])].push_back(value);
    }

    auto* series = new QBoxPlotSeries;
    auto* x = new QBarCategoryAxis;
    x->setLabelsColor(style.palette().foreground());
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (int s = 0; s < result.k; ++s) {
        std::vector<double>& segment = values[std::size_t(s)];
        if (segment.empty())
            continue; // no box for a segment without values
        std::sort(segment.begin(), segment.end());
        const BoxStats box = BoxStats::ofSorted(segment);
        auto* set = new QBoxSet(box.lowerWhisker, box.lowerQuartile, box.median, box.upperQuartile,
                                box.upperWhisker, segmentNames.value(s));
        set->setBrush(style.palette().segment(s));
        set->setPen(QPen(style.palette().foreground(), 1.0));
        series->append(set);
        x->append(segmentNames.value(s));
        low = std::min(low, box.lowerWhisker);
        high = std::max(high, box.upperWhisker);
    }
    if (series->count() == 0) {
        delete series;
        delete x;
        return chart;
    }
    const QString title = tr("%1, in original units (whiskers: 1.5 × IQR; outliers not drawn)").arg(column);
    QAbstractAxis* y = nullptr;
    if (logScale && low > 0) {
        auto* axis = new QLogValueAxis;
        axis->setTitleText(title);
        axis->setBase(10);
        axis->setMinorTickCount(-1);
        axis->setMinorGridLineVisible(false);
        axis->setRange(low / 1.5, high * 1.5);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setLabelsColor(style.palette().foreground());
        axis->setTitleBrush(style.palette().foreground());
        y = axis;
    } else {
        const double pad = std::max(0.05 * (high - low), 1e-9);
        auto* axis = style.valueAxis(title, low - pad, high + pad);
        axis->applyNiceNumbers();
        y = axis;
    }
    ChartStyle::attach(chart, series, x, y);
    return chart;
}

} // namespace segmenta
