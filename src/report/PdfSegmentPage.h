#pragma once

#include <QCoreApplication>

namespace segmenta {

class PdfPageFlow;
struct PdfContext;

/// The pages of one segment: key figures, what sets it apart, the action, its profile against the average
/// customer and its mix by each categorical column.
class PdfSegmentPage {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfSegmentPage)

public:
    static void draw(PdfPageFlow& flow, const PdfContext& context, int segment);
};

} // namespace segmenta
