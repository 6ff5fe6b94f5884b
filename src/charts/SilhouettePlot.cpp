#include "charts/SilhouettePlot.h"

#include "charts/ChartStyle.h"
#include "charts/SegmentNames.h"
#include "core/Analysis.h"
#include "core/Metrics.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace segmenta {

Vector SilhouettePlot::samples(const AnalysisResult& result) {
    return silhouetteSamples(result.clusteredData(), result.model().labels, result.k);
}

QChart* SilhouettePlot::create(const AnalysisResult& result, const Vector& silhouettes,
                               const QStringList& segmentNames, const ChartStyle& style) {
    const Labels& labels = result.model().labels;
    std::vector<std::vector<double>> values(std::size_t(result.k));
    for (std::size_t r = 0; r < labels.size() && Index(r) < silhouettes.size(); ++r)
        values[std::size_t(labels[r])].push_back(silhouettes(Index(r)));
    const double mean = silhouettes.size() > 0 ? silhouettes.mean() : 0.0;

    QChart* chart = style.newChart(tr("Silhouette of each customer"));
    const double gap = std::max(2.0, 0.03 * double(labels.size()));
    const double height = double(labels.size()) + gap * double(std::max(result.k - 1, 0));
    const double lowest = silhouettes.size() > 0 ? std::min(silhouettes.minCoeff(), 0.0) : 0.0;
    auto* x = style.valueAxis(tr("Silhouette value"), std::min(-0.1, lowest - 0.05), 1.0);
    x->applyNiceNumbers();
    // Row positions mean nothing to a reader; the legend names the bands.
    auto* y = style.valueAxis(QString(), 0.0, height);
    y->setVisible(false);

    const QStringList names = segmentDisplayNames(result, segmentNames);
    double top = height;
    for (int s = 0; s < result.k; ++s) {
        std::vector<double>& v = values[std::size_t(s)];
        std::sort(v.begin(), v.end(), std::greater<>());
        // A QAreaSeries does not own its edges: the chart does, so that they go with it.
        auto* upper = new QLineSeries(chart);
        for (std::size_t j = 0; j < v.size(); ++j)
            upper->append(v[j], top - double(j) - 0.5);
        auto* lower = new QLineSeries(chart);
        lower->append(0.0, top - 0.5);
        lower->append(0.0, top - double(v.size()) + 0.5);
        auto* area = new QAreaSeries(upper, lower);
        area->setName(names.value(s));
        ChartStyle::attach(chart, area, x, y);
        const QColor color = style.palette().segment(s);
        area->setColor(color);
        area->setBorderColor(color);
        top -= double(v.size()) + gap;
    }
    style.addGuide(chart, x, y, {mean, 0.0}, {mean, height},
                   tr("Mean silhouette %1").arg(QLocale().toString(mean, 'f', 3)), true);
    return chart;
}

} // namespace segmenta
