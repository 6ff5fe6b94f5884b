#include "charts/SegmentMapChart.h"

#include "charts/ChartStyle.h"
#include "charts/Log.h"
#include "charts/SegmentNames.h"
#include "core/Analysis.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace segmenta {

namespace {

// [min, max] of a column, widened by 5 % on both sides.
std::pair<double, double> paddedRange(const Matrix& scores, int column) {
    const double lo = scores.col(column).minCoeff();
    const double hi = scores.col(column).maxCoeff();
    const double pad = std::max(0.05 * (hi - lo), 1e-9);
    return {lo - pad, hi + pad};
}

} // namespace

std::vector<Index> SegmentMapChart::stratifiedSample(const Labels& labels, int k, Index maxPoints) {
    const auto n = Index(labels.size());
    std::vector<std::vector<Index>> members(std::size_t(std::max(k, 0)));
    for (Index r = 0; r < n; ++r)
        members[std::size_t(labels[std::size_t(r)])].push_back(r);
    std::vector<Index> rows;
    for (const std::vector<Index>& segment : members) {
        const auto size = Index(segment.size());
        const Index quota =
            n <= maxPoints ? size
                           : std::min(size, std::max<Index>(1, size * maxPoints / std::max<Index>(n, 1)));
        for (Index j = 0; j < quota; ++j)
            rows.push_back(segment[std::size_t((2 * j + 1) * size / (2 * quota))]);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QChart* SegmentMapChart::create(const AnalysisResult& result, const QStringList& segmentNames,
                                const ChartStyle& style, const SegmentMapOptions& options) {
    const Matrix& scores = result.pca.scores;
    const auto components = int(result.pca.componentCount());
    const int cx = std::clamp(options.xComponent, 0, components - 1);
    const int cy = std::clamp(options.yComponent, 0, components - 1);
    const Labels& labels = result.model().labels;
    const std::vector<Index> rows = stratifiedSample(labels, result.k, options.maxPoints);
    const auto total = Index(labels.size());

    QString title = tr("Segment map");
    if (Index(rows.size()) < total) {
        const QLocale locale;
        title = tr("Segment map (showing %1 of %2 customers)")
                    .arg(locale.toString(qlonglong(rows.size())), locale.toString(qlonglong(total)));
        qCDebug(lcCharts) << "segment map sampled" << rows.size() << "of" << total << "rows";
    }
    QChart* chart = style.newChart(title);
    const auto axisTitle = [&](int c) {
        return tr("PC%1 (%2 %)").arg(c + 1).arg(result.pca.explainedVarianceRatio(c) * 100.0, 0, 'f', 1);
    };
    const auto [xMin, xMax] = paddedRange(scores, cx);
    const auto [yMin, yMax] = paddedRange(scores, cy);
    auto* x = style.valueAxis(axisTitle(cx), xMin, xMax);
    auto* y = style.valueAxis(axisTitle(cy), yMin, yMax);
    x->applyNiceNumbers();
    y->applyNiceNumbers();

    const QStringList names = segmentDisplayNames(result, segmentNames);
    std::vector<QList<QPointF>> points(std::size_t(result.k));
    for (Index r : rows)
        points[std::size_t(labels[std::size_t(r)])].append(QPointF(scores(r, cx), scores(r, cy)));
    // Dense clouds need smaller, translucent markers so that overlapping segments stay visible.
    const bool dense = rows.size() > 2000;
    for (int s = 0; s < result.k; ++s) {
        auto* series = new QScatterSeries;
        series->setName(names.value(s));
        series->replace(points[std::size_t(s)]);
        ChartStyle::attach(chart, series, x, y);
        QColor color = style.palette().segment(s);
        if (dense)
            color.setAlphaF(0.6f);
        series->setColor(color);
        series->setBorderColor(Qt::transparent);
        series->setMarkerSize(dense ? 4.0 : 7.0);
    }

    if (options.loadings) {
        const double reach = 0.8 * std::min({-xMin, xMax, -yMin, yMax});
        double longest = 0.0;
        for (Index f = 0; f < result.pca.components.cols(); ++f)
            longest =
                std::max(longest, std::hypot(result.pca.components(cx, f), result.pca.components(cy, f)));
        const double scale = longest > 0 ? reach / longest : 0.0;
        for (Index f = 0; f < result.pca.components.cols(); ++f) {
            const QPointF tip(scale * result.pca.components(cx, f), scale * result.pca.components(cy, f));
            const QString feature = result.prepared.featureNames.value(int(f));
            style.addGuide(chart, x, y, {0.0, 0.0}, tip, feature)
                ->setPen(QPen(style.palette().neutral(), 1.5));
            style.addLabel(chart, x, y, tip, feature, style.palette().neutral());
        }
    }
    return chart;
}

} // namespace segmenta
