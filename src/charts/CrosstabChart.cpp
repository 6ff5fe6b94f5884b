#include "charts/CrosstabChart.h"

#include "charts/ChartStyle.h"
#include "charts/SegmentNames.h"
#include "core/Analysis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace segmenta {

QChart* CrosstabChart::create(const AnalysisResult& result, const Crosstab& crosstab,
                              const QStringList& segmentNames, const ChartStyle& style) {
    QChart* chart = style.newChart(tr("Segments by %1").arg(crosstab.column));
    auto* x = new QBarCategoryAxis;
    x->setTitleText(crosstab.column);
    x->setTitleBrush(style.palette().foreground());
    x->setLabelsColor(style.palette().foreground());
    x->append(crosstab.levels);
    auto* y = style.valueAxis(tr("Share of the level's customers (%)"), 0.0, 100.0);
    y->setLabelFormat(QStringLiteral("%d"));

    const Eigen::VectorXi levelTotals = crosstab.counts.colwise().sum().transpose();
    const QStringList names = segmentDisplayNames(result, segmentNames);
    auto* bars = new QStackedBarSeries;
    for (Index s = 0; s < crosstab.counts.rows(); ++s) {
        auto* set = new QBarSet(names.value(int(s)));
        for (Index l = 0; l < crosstab.counts.cols(); ++l)
            set->append(levelTotals(l) > 0 ? 100.0 * crosstab.counts(s, l) / levelTotals(l) : 0.0);
        const QColor color = style.palette().segment(int(s));
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(SegmentPalette::textOn(color));
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value %"));
    bars->setLabelsPrecision(3);
    ChartStyle::attach(chart, bars, x, y);
    return chart;
}

} // namespace segmenta
