#include "report/PdfSegmentPage.h"

#include "report/PdfContext.h"
#include "report/PdfFrontMatter.h"
#include "report/PdfPageFlow.h"
#include "report/PdfRatioBars.h"
#include "report/PdfTable.h"
#include "report/ReportText.h"

#include <cmath>

namespace segmenta {

namespace {

constexpr double kCardHeight = 46.0;
constexpr double kCardGap = 10.0;
constexpr double kCardValue = 15.0;
constexpr double kCardValueMin = 9.0;

void keyFigures(PdfPageFlow& flow, const QList<std::pair<QString, QString>>& cards, const QColor& color) {
    const QRectF band = flow.take(flow.pt(kCardHeight));
    const double gap = flow.pt(kCardGap);
    const double width = (band.width() - gap * double(cards.size() - 1)) / double(cards.size());
    const double pad = flow.pt(12.0);
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QRectF card(band.left() + double(i) * (width + gap), band.top(), width, band.height());
        flow.painter().fillRect(card, PdfPageFlow::shade());
        flow.painter().fillRect(QRectF(card.left(), card.top(), flow.pt(3.0), card.height()), color);
        const QRectF inner = card.adjusted(pad, flow.pt(7.0), -flow.pt(6.0), -flow.pt(5.0));
        flow.drawText(inner, cards.at(i).first, PdfPageFlow::font(8.0), PdfPageFlow::muted());
        double size = kCardValue;
        while (size > kCardValueMin &&
               flow.textWidth(cards.at(i).second, PdfPageFlow::font(size, true)) > inner.width())
            size -= 0.5;
        const QRectF value(inner.left(), inner.top() + flow.pt(13.0), inner.width(),
                           inner.height() - flow.pt(13.0));
        flow.drawText(value, cards.at(i).second, PdfPageFlow::font(size, true), PdfPageFlow::ink(),
                      Qt::AlignVCenter);
    }
    flow.skip(12.0);
}

PdfTable featureTable(const PdfContext& context, const SegmentProfile& profile) {
    PdfTable table;
    table.header = QStringList{PdfSegmentPage::tr("Feature"),        PdfSegmentPage::tr("Segment mean"),
                               PdfSegmentPage::tr("Segment median"), PdfSegmentPage::tr("Overall mean"),
                               PdfSegmentPage::tr("× average"),      PdfSegmentPage::tr("z-score")};
    table.numericColumns = {1, 2, 3, 4, 5};
    const SegmentPalette& palette = context.style.palette();
    for (const int f : context.features) {
        const FeatureProfile& feature = profile.features.at(std::size_t(f));
        table.rows << QStringList{feature.feature,
                                  ReportText::value(feature.mean),
                                  ReportText::value(feature.median),
                                  ReportText::value(feature.overallMean),
                                  ReportText::ratio(feature.ratio),
                                  ReportText::number(feature.zScore, 2)};
        QList<QColor> fills(table.header.size());
        fills[4] = palette.diverging(std::isfinite(feature.zScore) ? feature.zScore : 0.0);
        table.fills << fills;
    }
    return table;
}

QString countAndShare(double count, double total) {
    return PdfSegmentPage::tr("%1 (%2)").arg(ReportText::count(qint64(count)),
                                             ReportText::percent(total > 0 ? count / total : 0.0));
}

// Every crosstab in one table, a row per level, so that many levels make it longer rather than wider.
PdfTable crosstabTable(const QList<const Crosstab*>& crosstabs, int segment) {
    PdfTable table;
    table.header = QStringList{PdfSegmentPage::tr("Column"), PdfSegmentPage::tr("Level"),
                               PdfSegmentPage::tr("This segment"), PdfSegmentPage::tr("All customers")};
    table.keyColumns = 2;
    table.numericColumns = {2, 3};
    for (const Crosstab* crosstab : crosstabs) {
        const double segmentTotal = crosstab->counts.row(segment).sum();
        const double total = crosstab->counts.sum();
        for (Index l = 0; l < crosstab->counts.cols(); ++l)
            table.rows << QStringList{l == 0 ? crosstab->column : QString(), crosstab->levels.value(int(l)),
                                      countAndShare(crosstab->counts(segment, l), segmentTotal),
                                      countAndShare(crosstab->counts.col(l).sum(), total)};
    }
    return table;
}

} // namespace

void PdfSegmentPage::draw(PdfPageFlow& flow, const PdfContext& context, int segment) {
    const SegmentProfile& profile = context.result.profiles.at(std::size_t(segment));
    const QColor color = context.color(segment);
    flow.newPage();
    flow.heading(context.segmentTitle(segment), 1, color, PdfTocMode::Indented);

    const QList<const FeatureProfile*> distinguishing = ReportText::distinguishing(profile, context.hidden);
    const QString strongest = distinguishing.isEmpty()
                                  ? tr("nothing in particular")
                                  : tr("%1 %2").arg(distinguishing.first()->feature,
                                                    ReportText::ratio(distinguishing.first()->ratio));
    keyFigures(flow,
               {{tr("Customers"), ReportText::count(profile.size)},
                {tr("Share of customers"), ReportText::percent(profile.share)},
                {tr("Stands out most for"), strongest}},
               color);

    QStringList facts{ReportText::distinguishingSentence(profile, context.hidden)};
    for (const Crosstab* crosstab : context.crosstabs)
        facts << ReportText::crosstabSentence(*crosstab, segment);
    facts.removeAll(QString());
    flow.text(facts.join(QLatin1Char(' ')));
    flow.paragraph(PdfFrontMatter::actionHtml(context, segment));

    flow.heading(tr("Compared with the average customer"), 2);
    QList<const FeatureProfile*> shown;
    for (const int f : context.features)
        shown << &profile.features.at(std::size_t(f));
    PdfRatioBars::draw(flow, shown, color);
    flow.caption(tr("Each bar is the segment's mean as a multiple of the overall mean, on a doubling scale: "
                    "bars to the right are above the average customer, bars to the left below."));

    flow.heading(tr("Key figures"), 2);
    featureTable(context, profile).draw(flow);

    if (!context.crosstabs.isEmpty()) {
        flow.heading(tr("Mix by category"), 2);
        crosstabTable(context.crosstabs, segment).draw(flow);
    }
}

} // namespace segmenta
