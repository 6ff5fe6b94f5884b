#pragma once

#include <QCoreApplication>

namespace segmenta {

class PdfPageFlow;
struct PdfContext;

/// The sections about the data and the method: data summary, preprocessing recipe and the method appendix.
class PdfDataSections {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfDataSections)

public:
    static void dataSummary(PdfPageFlow& flow, const PdfContext& context);
    static void recipe(PdfPageFlow& flow, const PdfContext& context);
    static void appendix(PdfPageFlow& flow, const PdfContext& context);
};

} // namespace segmenta
