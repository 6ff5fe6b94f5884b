#include "charts/ProfileChart.h"

#include "charts/ChartStyle.h"
#include "charts/SegmentNames.h"
#include "core/Analysis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace segmenta {

QChart* ProfileChart::create(const AnalysisResult& result, const QStringList& segmentNames,
                             const ChartStyle& style, ProfileMeasure measure) {
    const bool ratio = measure == ProfileMeasure::RatioToMean;
    QChart* chart = style.newChart(ratio ? tr("Segment means relative to the overall mean")
                                         : tr("Segment means by feature"));
    auto* x = new QBarCategoryAxis;
    x->append(result.profiledColumns);
    x->setLabelsColor(style.palette().foreground());
    auto* bars = new QBarSeries;
    const QStringList names = segmentDisplayNames(result, segmentNames);
    double top = ratio ? 1.0 : 0.0;
    for (const SegmentProfile& profile : result.profiles) {
        auto* set = new QBarSet(names.value(profile.segment));
        for (const FeatureProfile& feature : profile.features) {
            const double value = ratio ? feature.ratio : feature.mean;
            // A segment without values in a feature (NaN) has no bar rather than a broken axis.
            set->append(std::isfinite(value) ? value : 0.0);
            top = std::max(top, set->at(set->count() - 1));
        }
        set->setColor(style.palette().segment(profile.segment));
        set->setBorderColor(style.palette().segment(profile.segment));
        bars->append(set);
    }
    auto* y = style.valueAxis(ratio ? tr("Segment mean / overall mean") : tr("Mean, in original units"), 0.0,
                              top * 1.05);
    y->applyNiceNumbers();
    ChartStyle::attach(chart, bars, x, y);
    if (ratio) {
        const double right = double(result.profiledColumns.size()) - 0.5;
        style.addGuide(chart, x, y, {-0.5, 1.0}, {right, 1.0}, tr("Overall mean"), true);
    }
    return chart;
}

} // namespace segmenta
