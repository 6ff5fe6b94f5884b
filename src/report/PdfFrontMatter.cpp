#include "report/PdfFrontMatter.h"

#include "report/PdfContext.h"
#include "report/PdfPageFlow.h"
#include "report/ReportText.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QTextDocument>

namespace segmenta {

namespace {

constexpr double kCoverBand = 300.0;
constexpr double kCoverStrip = 7.0;
constexpr double kSummaryIndent = 14.0;

// Label and value rows of the cover; returns the y below them.
double drawFacts(PdfPageFlow& flow, const QList<std::pair<QString, QString>>& facts, double y) {
    const QFont label = PdfPageFlow::font(9.0);
    const QFont value = PdfPageFlow::font(12.0);
    const double labelWidth = flow.pt(150.0);
    const double left = flow.content().left();
    const double valueWidth = flow.width() - labelWidth;
    for (const auto& [name, text] : facts) {
        const double height = flow.textHeight(text, value, valueWidth);
        flow.drawText(QRectF(left, y + flow.pt(2.5), labelWidth, height), name, label, PdfPageFlow::muted());
        flow.drawText(QRectF(left + labelWidth, y, valueWidth, height), text, value, PdfPageFlow::ink());
        y += height + flow.pt(9.0);
    }
    return y;
}

QString algorithmName(Algorithm algorithm) {
    switch (algorithm) {
    case Algorithm::FuzzyCMeans:
        return PdfFrontMatter::tr("Fuzzy C-Means");
    case Algorithm::MiniBatch:
        return PdfFrontMatter::tr("Mini-batch K-Means");
    case Algorithm::KMeans:
        break;
    }
    return PdfFrontMatter::tr("K-Means");
}

} // namespace

void PdfFrontMatter::cover(PdfPageFlow& flow, const PdfContext& context) {
    const ReportInput& input = context.input;
    QPainter& painter = flow.painter();
    const double pageWidth = flow.pageRect().width();
    const QRectF content = flow.take(flow.content().height());
    const double band = flow.pt(kCoverBand);
    painter.fillRect(QRectF(0.0, 0.0, pageWidth, band), PdfPageFlow::accent());
    const auto k = std::max<qsizetype>(1, context.names.size());
    for (qsizetype s = 0; s < k; ++s)
        painter.fillRect(QRectF(pageWidth * double(s) / double(k), band, pageWidth / double(k) + flow.pt(0.5),
                                flow.pt(kCoverStrip)),
                         context.color(int(s)));

    const QFont kicker = PdfPageFlow::font(9.0, true);
    const QFont title = PdfPageFlow::font(28.0, true);
    const QFont subtitle = PdfPageFlow::font(14.0);
    const QString kickerText = tr("CUSTOMER SEGMENTATION REPORT");
    const QString titleText = input.title.isEmpty() ? tr("Customer segments") : input.title;
    const double kickerHeight = flow.textHeight(kickerText, kicker, content.width());
    const double titleHeight = flow.textHeight(titleText, title, content.width());
    const double subtitleHeight = flow.textHeight(input.datasetName, subtitle, content.width());
    double y =
        band - flow.pt(40.0) - (kickerHeight + flow.pt(10.0) + titleHeight + flow.pt(8.0) + subtitleHeight);
    flow.drawText(QRectF(content.left(), y, content.width(), kickerHeight), kickerText, kicker,
                  QColor(0xAFC2DA));
    y += kickerHeight + flow.pt(10.0);
    flow.drawText(QRectF(content.left(), y, content.width(), titleHeight), titleText, title, Qt::white);
    y += titleHeight + flow.pt(8.0);
    flow.drawText(QRectF(content.left(), y, content.width(), subtitleHeight), input.datasetName, subtitle,
                  QColor(0xD5DEEA));

    const QDateTime created = input.createdAt.isValid() ? input.createdAt : QDateTime::currentDateTime();
    QList<std::pair<QString, QString>> facts{
        {tr("Dataset"), input.datasetName},
        {tr("Customers analysed"), ReportText::count(qint64(context.result.prepared.rows.size()))},
        {tr("Segments"), QString::number(context.result.k)},
        {tr("Report date"), QLocale().toString(created.date(), QLocale::LongFormat)},
    };
    if (!input.author.trimmed().isEmpty())
        facts.append({tr("Prepared by"), input.author.trimmed()});
    y = drawFacts(flow, facts, band + flow.pt(kCoverStrip + 44.0));

    y += flow.pt(18.0);
    flow.drawText(QRectF(content.left(), y, content.width(), flow.pt(12.0)), tr("SEGMENTS"),
                  PdfPageFlow::font(8.0, true), PdfPageFlow::muted());
    y += flow.pt(16.0);
    const QFont entry = PdfPageFlow::font(10.0);
    for (const SegmentProfile& profile : context.result.profiles) {
        const QString text =
            tr("%1 — %2 of customers")
                .arg(context.names.value(profile.segment), ReportText::percent(profile.share));
        const double indent = flow.pt(18.0);
        const double height = flow.textHeight(text, entry, content.width() - indent);
        const double chip = flow.pt(9.0);
        painter.fillRect(QRectF(content.left(), y + flow.pt(2.5), chip, chip),
                         context.color(profile.segment));
        flow.drawText(QRectF(content.left() + indent, y, content.width() - indent, height), text, entry,
                      PdfPageFlow::ink());
        y += height + flow.pt(4.0);
    }

    const QString made = tr("Created with Segmenta %1").arg(input.appVersion);
    const double madeHeight = flow.pt(12.0);
    flow.drawText(QRectF(content.left(), content.bottom() - madeHeight, content.width(), madeHeight), made,
                  PdfPageFlow::font(8.0), PdfPageFlow::muted());
}

void PdfFrontMatter::contents(PdfPageFlow& flow, const QList<PdfTocEntry>& entries) {
    flow.newPage();
    flow.heading(tr("Contents"), 1, {}, PdfTocMode::Unlisted);
    QPainter& painter = flow.painter();
    for (const PdfTocEntry& entry : entries) {
        const QFont face = PdfPageFlow::font(entry.indented ? 10.0 : 11.0, !entry.indented);
        const double indent = entry.indented ? flow.pt(18.0) : 0.0;
        const QRectF band = flow.take(flow.pt(entry.indented ? 18.0 : 24.0));
        const QString number = QString::number(entry.page);
        const double numberWidth = flow.textWidth(number, face);
        const double titleRoom = band.width() - indent - flow.pt(48.0);
        const QString title =
            QFontMetricsF(face, painter.device()).elidedText(entry.title, Qt::ElideRight, titleRoom);
        const double titleWidth = flow.textWidth(title, face);
        const QRectF text(band.left() + indent, band.top(), band.width() - indent, band.height());
        flow.drawText(text, title, face, PdfPageFlow::ink(), Qt::AlignLeft | Qt::AlignVCenter);
        flow.drawText(text, number, face, PdfPageFlow::ink(), Qt::AlignRight | Qt::AlignVCenter);
        const double leaderY = band.center().y() + flow.pt(3.5);
        painter.setPen(QPen(PdfPageFlow::rule(), flow.pt(1.0), Qt::DotLine));
        painter.drawLine(QPointF(text.left() + titleWidth + flow.pt(6.0), leaderY),
                         QPointF(band.right() - numberWidth - flow.pt(6.0), leaderY));
    }
}

QString PdfFrontMatter::actionHtml(const PdfContext& context, int segment) {
    const QString action = context.input.segmentActions.value(segment).trimmed();
    if (!action.isEmpty())
        return tr("<b>Recommended action:</b> %1").arg(action.toHtmlEscaped());
    const SegmentProfile& profile = context.result.profiles.at(std::size_t(segment));
    return QStringLiteral("<i>%1</i>")
        .arg(ReportText::suggestedAction(profile, context.hidden).toHtmlEscaped());
}

void PdfFrontMatter::executiveSummary(PdfPageFlow& flow, const PdfContext& context) {
    const ReportInput& input = context.input;
    const AnalysisResult& result = context.result;
    flow.newPage();
    flow.heading(tr("Executive summary"), 1);
    const QString dataset =
        input.datasetName.isEmpty() ? tr("the dataset") : tr("“%1”").arg(input.datasetName);
    flow.text(tr("The %1 customers of %2 fall into %3 segments, found with %4 on %5 features.")
                  .arg(ReportText::count(qint64(result.prepared.rows.size())), dataset,
                       QString::number(result.k), algorithmName(input.settings.sweep.algorithm),
                       QString::number(result.prepared.featureNames.size())));
    flow.text(ReportText::recommendation(result.sweep, result.k));
    flow.skip(6.0);

    const double indent = flow.pt(kSummaryIndent);
    for (const SegmentProfile& profile : result.profiles) {
        QStringList facts{ReportText::distinguishingSentence(profile, context.hidden)};
        for (const Crosstab* crosstab : context.crosstabs)
            facts << ReportText::crosstabSentence(*crosstab, profile.segment);
        facts.removeAll(QString());
        const QString text =
            QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                .arg(ReportText::segmentHeadline(profile, context.names.value(profile.segment))
                         .toHtmlEscaped(),
                     facts.join(QLatin1Char(' ')).toHtmlEscaped(), actionHtml(context, profile.segment));
        const auto doc = flow.document(text, PdfPageFlow::kBody, flow.width() - indent);
        if (doc->size().height() > flow.content().height()) { // a very long action: let it break across pages
            flow.paragraph(text);
            continue;
        }
        const QRectF band = flow.take(doc->size().height());
        flow.painter().fillRect(QRectF(band.left(), band.top(), flow.pt(4.0), band.height()),
                                context.color(profile.segment));
        flow.drawDocument(*doc, QPointF(band.left() + indent, band.top()), PdfPageFlow::ink());
        flow.skip(12.0);
    }
}

} // namespace segmenta
