#pragma once

#include <QCoreApplication>
#include <QList>

namespace segmenta {

class PdfPageFlow;
struct PdfContext;
struct PdfTocEntry;

/// The first pages of the report: cover, table of contents and executive summary.
class PdfFrontMatter {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfFrontMatter)

public:
    static void cover(PdfPageFlow& flow, const PdfContext& context);
    /// `entries` as the previous layout pass found them.
    static void contents(PdfPageFlow& flow, const QList<PdfTocEntry>& entries);
    static void executiveSummary(PdfPageFlow& flow, const PdfContext& context);
    /// The segment's action in rich text: the analyst's, else the suggestion derived from its profile.
    static QString actionHtml(const PdfContext& context, int segment);
};

} // namespace segmenta
