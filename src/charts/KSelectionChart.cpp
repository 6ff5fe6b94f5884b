#include "charts/KSelectionChart.h"

#include "charts/ChartStyle.h"
#include "core/KSelection.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace segmenta {

namespace {

constexpr double kTop = 1.0;
constexpr double kLabelY = 1.08; // room above the curves for the marker labels

} // namespace

std::vector<double> KSelectionChart::normalised(const std::vector<double>& values) {
    if (values.empty())
        return {};
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double range = *hi - *lo;
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        out.push_back(range > 0 ? (v - *lo) / range : 0.5);
    return out;
}

QChart* KSelectionChart::create(const SweepResult& sweep, int chosenK, const ChartStyle& style) {
    QChart* chart = style.newChart(tr("Choosing the number of segments"));
    const int kMin = sweep.scores.empty() ? 2 : sweep.scores.front().k;
    const int kMax = sweep.scores.empty() ? 2 : sweep.scores.back().k;
    const double pad = kMin == kMax ? 1.0 : 0.25;
    QValueAxis* x = style.valueAxis(tr("Number of segments K"), kMin - pad, kMax + pad);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(kMin);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%d"));
    QValueAxis* y = style.valueAxis(tr("Score, scaled to [0, 1] over K"), -0.05, 1.16);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(0.25);
    y->setLabelFormat(QStringLiteral("%.2f"));

    struct Metric {
        QString name;
        std::function<double(const KScore&)> value;
        Qt::PenStyle pen;
    };
    const Metric metrics[] = {
        {tr("Inertia (look for the elbow)"), &KScore::inertia, Qt::SolidLine},
        {tr("Silhouette (higher is better)"), &KScore::silhouette, Qt::SolidLine},
        {tr("Calinski–Harabasz (higher is better)"), &KScore::calinskiHarabasz, Qt::DashLine},
        {tr("Davies–Bouldin (lower is better)"), &KScore::daviesBouldin, Qt::DotLine},
    };
    int index = 0;
    for (const Metric& metric : metrics) {
        std::vector<double> raw;
        for (const KScore& score : sweep.scores)
            raw.push_back(metric.value(score));
        const std::vector<double> scaled = normalised(raw);
        auto* series = new QLineSeries;
        series->setName(metric.name);
        for (std::size_t i = 0; i < scaled.size(); ++i)
            series->append(sweep.scores[i].k, scaled[i]);
        ChartStyle::attach(chart, series, x, y);
        series->setPen(QPen(style.palette().segment(index++), 2.5, metric.pen));
        series->setPointsVisible(true);
    }

    const int recommended = sweep.recommendation.k;
    if (recommended > 0) {
        style.addGuide(chart, x, y, {double(recommended), 0.0}, {double(recommended), kTop},
                       tr("recommended"));
        style.addLabel(chart, x, y, {double(recommended), kLabelY}, tr("recommended"),
                       style.palette().foreground());
    }
    if (chosenK > 0 && chosenK != recommended) {
        style.addGuide(chart, x, y, {double(chosenK), 0.0}, {double(chosenK), kTop}, tr("chosen"));
        style.addLabel(chart, x, y, {double(chosenK), kLabelY}, tr("chosen"), style.palette().neutral());
    }
    return chart;
}

} // namespace segmenta
