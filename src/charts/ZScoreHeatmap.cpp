#include "charts/ZScoreHeatmap.h"

#include "charts/ChartStyle.h"
#include "charts/HeatmapItem.h"
#include "charts/SegmentNames.h"
#include "core/Analysis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>

namespace segmenta {

namespace {

QCategoryAxis* categoryAxis(const QString& title, const QStringList& labels, const ChartStyle& style) {
    auto* axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setTitleBrush(style.palette().foreground());
    axis->setLabelsColor(style.palette().foreground());
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setGridLineVisible(false);
    axis->setRange(0, double(labels.size()));
    for (int i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), double(i + 1));
    return axis;
}

} // namespace

QChart* ZScoreHeatmap::create(const AnalysisResult& result, const QStringList& segmentNames,
                              const ChartStyle& style) {
    QChart* chart = style.newChart(tr("How each segment differs from the average (z-scores)"));
    chart->legend()->hide();
    QMargins margins = chart->margins();
    margins.setRight(margins.right() + HeatmapItem::kScaleWidth);
    chart->setMargins(margins);

    const auto segments = Index(result.profiles.size());
    const auto features = Index(result.profiledColumns.size());
    Matrix z(segments, features);
    for (Index s = 0; s < segments; ++s)
        for (Index f = 0; f < features; ++f)
            z(s, f) = result.profiles[std::size_t(s)].features[std::size_t(f)].zScore;

    // The value axis grows upwards and the cells are drawn top down: list the segments bottom up.
    QStringList names = segmentDisplayNames(result, segmentNames);
    std::reverse(names.begin(), names.end());
    chart->addAxis(categoryAxis(tr("Feature"), result.profiledColumns, style), Qt::AlignBottom);
    chart->addAxis(categoryAxis(tr("Segment"), names, style), Qt::AlignLeft);
    new HeatmapItem(chart, std::move(z), style.palette());
    return chart;
}

} // namespace segmenta
