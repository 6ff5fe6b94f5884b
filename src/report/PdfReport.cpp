#include "report/PdfReport.h"

#include "core/Error.h"
#include "core/OutputFile.h"
#include "report/PdfContext.h"
#include "report/PdfDataSections.h"
#include "report/PdfFrontMatter.h"
#include "report/PdfPageFlow.h"
#include "report/PdfSegmentPage.h"
#include "report/PdfSegmentSections.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>
#include <QPdfWriter>

namespace segmenta {

namespace {

// The contents list page numbers and every footer the page count, which only a finished layout knows:
// each pass lays out with the previous pass's numbers until they no longer change.
constexpr int kMaxPasses = 4;

struct Layout {
    QByteArray pdf;
    QList<PdfTocEntry> toc;
    int pages = 0;
};

void compose(PdfPageFlow& flow, const PdfContext& context, const QList<PdfTocEntry>& toc) {
    PdfFrontMatter::cover(flow, context);
    PdfFrontMatter::contents(flow, toc);
    PdfFrontMatter::executiveSummary(flow, context);
    PdfDataSections::dataSummary(flow, context);
    PdfDataSections::recipe(flow, context);
    PdfSegmentSections::choosingK(flow, context);
    PdfSegmentSections::segmentMap(flow, context);
    PdfSegmentSections::profiles(flow, context);
    for (const SegmentProfile& profile : context.result.profiles)
        PdfSegmentPage::draw(flow, context, profile.segment);
    PdfDataSections::appendix(flow, context);
}

PdfPageFrame frameOf(const ReportInput& input, int pageCount) {
    const QDateTime created = input.createdAt.isValid() ? input.createdAt : QDateTime::currentDateTime();
    QStringList header{input.title};
    if (!input.datasetName.isEmpty())
        header << input.datasetName;
    header.removeAll(QString());
    return {header.join(QStringLiteral(" · ")), QLocale().toString(created.date(), QLocale::ShortFormat),
            PdfReport::tr("Segmenta %1").arg(input.appVersion), pageCount};
}

Layout layOut(const PdfContext& context, QPageSize::PageSizeId pageSize, const Layout& previous) {
    Layout layout;
    QBuffer buffer(&layout.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF());
    writer.setTitle(context.input.title);
    writer.setCreator(PdfReport::tr("Segmenta %1").arg(context.input.appVersion));
    {
        PdfPageFlow flow(writer, frameOf(context.input, previous.pages));
        compose(flow, context, previous.toc);
        layout.toc = flow.toc();
        layout.pages = flow.page();
    }
    return layout;
}

} // namespace

void PdfReport::write(const ReportInput& input, const QString& path, QPageSize::PageSizeId pageSize) {
    OutputSet outputs;
    write(input, path, pageSize, outputs);
    outputs.commit();
}

void PdfReport::write(const ReportInput& input, const QString& path, QPageSize::PageSizeId pageSize,
                      OutputSet& outputs) {
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!input.data || !input.result)
        throw DataError(tr("Cannot write the PDF report %1: there is no analysis to report.").arg(shownPath));
    OutputFile& file = outputs.add(path);

    Layout layout;
    try {
        const PdfContext context(input);
        for (int pass = 0; pass < kMaxPasses; ++pass) {
            Layout next = layOut(context, pageSize, layout);
            const bool settled = next.toc == layout.toc && next.pages == layout.pages;
            layout = std::move(next);
            if (settled)
                break;
        }
    } catch (const DataError& error) {
        throw DataError(tr("Cannot write the PDF report %1: %2").arg(shownPath, error.message()));
    }
    file.write(layout.pdf);
}

} // namespace segmenta
