#pragma once

#include <QCoreApplication>

namespace segmenta {

class PdfPageFlow;
struct PdfContext;

/// The sections about the segmentation as a whole: choosing K, the segment map and the profiles.
class PdfSegmentSections {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfSegmentSections)

public:
    static void choosingK(PdfPageFlow& flow, const PdfContext& context);
    static void segmentMap(PdfPageFlow& flow, const PdfContext& context);
    static void profiles(PdfPageFlow& flow, const PdfContext& context);
};

} // namespace segmenta
