#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>

namespace segmenta {

class PdfPageFlow;
struct FeatureProfile;

/// One segment's features against the average customer: a bar per feature from the 1× line, right for
/// above the average and left for below, on a doubling scale so that half and twice the average are equally
/// far from it. Long lists continue on the next page.
class PdfRatioBars {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfRatioBars)

public:
    static void draw(PdfPageFlow& flow, const QList<const FeatureProfile*>& features, const QColor& color);
};

} // namespace segmenta
