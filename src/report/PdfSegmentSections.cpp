#include "report/PdfSegmentSections.h"

#include "charts/CrosstabChart.h"
#include "charts/KSelectionChart.h"
#include "charts/SegmentMapChart.h"
#include "report/PdfContext.h"
#include "report/PdfPageFlow.h"
#include "report/PdfTable.h"
#include "report/ReportText.h"

#include <QChart>
#include <QLegend>

#include <algorithm>
#include <cmath>
#include <memory>

namespace segmenta {

namespace {

constexpr double kKChartHeight = 270.0;
constexpr double kKChartScale = 1.15; // room for the legend's long entries
constexpr double kMapHeight = 420.0;
constexpr int kLegendColumns = 2;
constexpr double kCrosstabHeight = 220.0;
constexpr double kCrosstabScale = 1.3; // room for the axis title
constexpr Index kMapPoints = 5000;     // enough to show the shape; more only makes the file heavy

using ChartPtr = std::unique_ptr<QChart>;

PdfTable scoreTable(const PdfContext& context) {
    const SweepResult& sweep = context.result.sweep;
    const bool fuzzy = context.input.settings.sweep.algorithm == Algorithm::FuzzyCMeans;
    PdfTable table;
    table.header = QStringList{PdfSegmentSections::tr("K"),
                               PdfSegmentSections::tr("Inertia"),
                               PdfSegmentSections::tr("Silhouette"),
                               PdfSegmentSections::tr("Calinski–Harabasz"),
                               PdfSegmentSections::tr("Davies–Bouldin"),
                               PdfSegmentSections::tr("Smallest segment"),
                               PdfSegmentSections::tr("Iterations")};
    if (fuzzy)
        table.header << PdfSegmentSections::tr("Partition coefficient");
    table.header << PdfSegmentSections::tr("Note");
    for (int c = 0; c < table.header.size() - 1; ++c)
        table.numericColumns.insert(c);
    for (const KScore& score : sweep.scores) {
        QStringList row{QString::number(score.k),
                        ReportText::number(score.inertia, 1),
                        ReportText::number(score.silhouette, 3),
                        ReportText::number(score.calinskiHarabasz, 1),
                        ReportText::number(score.daviesBouldin, 3),
                        ReportText::percent(score.smallestShare),
                        QString::number(score.iterations)};
        if (fuzzy)
            row << ReportText::number(sweep.model(score.k).partitionCoefficient, 3);
        QStringList notes;
        if (score.k == sweep.recommendation.k)
            notes << PdfSegmentSections::tr("recommended");
        if (score.k == context.result.k && score.k != sweep.recommendation.k)
            notes << PdfSegmentSections::tr("reported");
        if (score.k == sweep.recommendation.elbowK)
            notes << PdfSegmentSections::tr("elbow");
        row << notes.join(QStringLiteral(", "));
        if (score.k == context.result.k)
            table.emphasised.insert(int(table.rows.size()));
        table.rows << row;
    }
    return table;
}

// The segments' colours and names in two columns.
void segmentLegend(PdfPageFlow& flow, const PdfContext& context) {
    const QFont face = PdfPageFlow::font(PdfPageFlow::kSmall);
    const double gap = flow.pt(14.0);
    const double chip = flow.pt(8.0);
    const double indent = flow.pt(13.0);
    const double column = (flow.width() - gap * double(kLegendColumns - 1)) / double(kLegendColumns);
    const auto count = int(context.result.profiles.size());
    for (int first = 0; first < count; first += kLegendColumns) {
        QStringList texts;
        double height = 0.0;
        for (int s = first; s < std::min(count, first + kLegendColumns); ++s) {
            const SegmentProfile& profile = context.result.profiles.at(std::size_t(s));
            texts << PdfSegmentSections::tr("%1 (%2)").arg(context.names.value(s),
                                                           ReportText::percent(profile.share));
            height = std::max(height, flow.textHeight(texts.last(), face, column - indent));
        }
        const QRectF band = flow.take(height + flow.pt(4.0));
        for (int i = 0; i < texts.size(); ++i) {
            const double x = band.left() + double(i) * (column + gap);
            flow.painter().fillRect(QRectF(x, band.top() + flow.pt(2.0), chip, chip),
                                    context.color(first + i));
            flow.drawText(QRectF(x + indent, band.top(), column - indent, height), texts.at(i), face,
                          PdfPageFlow::ink());
        }
    }
    flow.skip(8.0);
}

void crosstabCharts(PdfPageFlow& flow, const PdfContext& context) {
    for (const Crosstab* crosstab : context.crosstabs) {
        const ChartPtr chart(CrosstabChart::create(context.result, *crosstab, context.names, context.style));
        flow.figures({chart.get()}, kCrosstabHeight, kCrosstabScale);
    }
}

} // namespace

void PdfSegmentSections::choosingK(PdfPageFlow& flow, const PdfContext& context) {
    const AnalysisResult& result = context.result;
    flow.sectionBreak();
    flow.heading(tr("Choosing the number of segments"), 1);
    flow.text(ReportText::recommendation(result.sweep, result.k));
    const ChartPtr chart(KSelectionChart::create(result.sweep, result.k, context.style));
    chart->setTitle(QString()); // the section's title says it
    chart->legend()->setAlignment(Qt::AlignRight);
    flow.figures({chart.get()}, kKChartHeight, kKChartScale);
    flow.caption(tr("Each score is scaled to the range 0–1 over the K tried so that the four curves can be "
                    "compared; the table gives the values themselves."));
    flow.heading(tr("Scores for every K"), 2);
    scoreTable(context).draw(flow);
    flow.paragraph(
        tr("<b>Inertia</b> always falls as K grows; the K where it stops falling steeply (the "
           "elbow) is a natural choice. <b>Silhouette</b> (−1 to 1, higher is better) says how much "
           "closer customers are to their own segment than to the next one. "
           "<b>Calinski–Harabasz</b> (higher is better) compares the spread between segments with the "
           "spread within them. <b>Davies–Bouldin</b> (lower is better) measures how much segments "
           "overlap."),
        PdfPageFlow::kSmall, PdfPageFlow::muted());
}

void PdfSegmentSections::segmentMap(PdfPageFlow& flow, const PdfContext& context) {
    const AnalysisResult& result = context.result;
    flow.sectionBreak();
    flow.heading(tr("Segment map"), 1);
    SegmentMapOptions options;
    options.maxPoints = kMapPoints;
    const ChartPtr map(SegmentMapChart::create(result, context.names, context.style, options));
    map->setTitle(QString());
    map->legend()->hide(); // one row would cut long names short; the legend below wraps them
    flow.figures({map.get()}, kMapHeight);
    segmentLegend(flow, context);
    const Vector& ratios = result.pca.explainedVarianceRatio;
    if (ratios.size() >= 2)
        flow.caption(
            tr("Each dot is a customer, placed by the first two principal components of the prepared "
               "features (%1 and %2 of their variance). Customers close together are alike.")
                .arg(ReportText::percent(ratios(0)), ReportText::percent(ratios(1))));
}

void PdfSegmentSections::profiles(PdfPageFlow& flow, const PdfContext& context) {
    const AnalysisResult& result = context.result;
    flow.sectionBreak();
    flow.heading(tr("Segment profiles"), 1);
    flow.text(tr("The mean of every feature in each segment, in the data's own units. The colour shows "
                 "how far a segment lies from the average customer: red above, blue below, in full at "
                 "two standard deviations."));
    PdfTable table;
    table.header = QStringList{tr("Segment")};
    for (const int f : context.features) {
        table.numericColumns.insert(int(table.header.size()));
        table.header << result.profiledColumns.at(f);
    }
    const SegmentPalette& palette = context.style.palette();
    for (const SegmentProfile& profile : result.profiles) {
        QStringList row{context.names.value(profile.segment)};
        QList<QColor> fills{QColor()};
        for (const int f : context.features) {
            const FeatureProfile& feature = profile.features.at(std::size_t(f));
            row << ReportText::value(feature.mean);
            fills << palette.diverging(std::isfinite(feature.zScore) ? feature.zScore : 0.0);
        }
        table.rows << row;
        table.fills << fills;
        table.markers << context.color(profile.segment);
    }
    if (!result.profiles.empty()) {
        QStringList overall{tr("All customers")};
        for (const int f : context.features)
            overall << ReportText::value(result.profiles.front().features.at(std::size_t(f)).overallMean);
        table.emphasised.insert(int(table.rows.size()));
        table.rows << overall;
    }
    table.draw(flow);
    if (!context.crosstabs.isEmpty()) {
        flow.heading(tr("Segments by category"), 2);
        crosstabCharts(flow, context);
        flow.caption(tr("The segment mix of each level: bars add up to 100% of the level's customers."));
    }
}

} // namespace segmenta
