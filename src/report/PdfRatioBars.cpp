#include "report/PdfRatioBars.h"

#include "core/Profiles.h"
#include "report/PdfPageFlow.h"
#include "report/ReportText.h"

#include <algorithm>
#include <cmath>

namespace segmenta {

namespace {

constexpr double kRow = 15.0;
constexpr double kBar = 9.0;
constexpr double kAxis = 16.0;
constexpr double kValueRoom = 40.0;
constexpr double kLabelGap = 8.0;
constexpr double kMaxLabelShare = 0.3;
constexpr int kMaxDoublings = 4;
constexpr int kMinRowsOnPage = 3;

bool drawable(const FeatureProfile& feature) {
    return std::isfinite(feature.ratio) && feature.ratio > 0;
}

// Doublings shown each side of the 1× line: enough for the largest ratio, at most kMaxDoublings.
int extentOf(const QList<const FeatureProfile*>& features) {
    double largest = 1.0;
    for (const FeatureProfile* feature : features)
        if (drawable(*feature))
            largest = std::max(largest, std::abs(std::log2(feature->ratio)));
    return std::clamp(int(std::ceil(largest - 1e-9)), 1, kMaxDoublings);
}

QColor lighter(const QColor& color) {
    return QColor((color.red() + 255) / 2, (color.green() + 255) / 2, (color.blue() + 255) / 2);
}

struct Geometry {
    double labelWidth = 0.0;
    double left = 0.0;
    double right = 0.0;
    int extent = 1;

    double center() const { return (left + right) / 2.0; }
    double x(double doublings) const { return center() + doublings / double(extent) * (right - left) / 2.0; }
};

// Exact multiples: "1/8×" rather than a rounded "0.1×".
QString tickLabel(int doublings) {
    const QString times(QChar(0x00D7));
    const int multiple = 1 << std::abs(doublings);
    return (doublings < 0 ? QStringLiteral("1/%1").arg(multiple) : QString::number(multiple)) + times;
}

void drawScale(PdfPageFlow& flow, const Geometry& g, double top, double bottom) {
    QPainter& painter = flow.painter();
    const QFont face = PdfPageFlow::font(7.5);
    for (int d = -g.extent; d <= g.extent; ++d) {
        const double x = g.x(d);
        painter.setPen(d == 0 ? QPen(PdfPageFlow::muted(), flow.pt(0.9))
                              : QPen(PdfPageFlow::rule(), flow.pt(0.4), Qt::DashLine));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        const double room = flow.pt(kValueRoom);
        flow.drawText(QRectF(x - room / 2.0, bottom + flow.pt(3.0), room, flow.pt(kAxis - 3.0)), tickLabel(d),
                      face, PdfPageFlow::muted(), Qt::AlignHCenter);
    }
}

void drawRow(PdfPageFlow& flow, const Geometry& g, const FeatureProfile& feature, const QRectF& row,
             const QColor& color) {
    const QFont face = PdfPageFlow::font(PdfPageFlow::kSmall);
    flow.drawText(QRectF(row.left(), row.top(), g.labelWidth - flow.pt(kLabelGap), row.height()),
                  feature.feature, face, PdfPageFlow::ink(), Qt::AlignRight | Qt::AlignVCenter);
    const double room = flow.pt(kValueRoom);
    if (!drawable(feature)) {
        flow.drawText(QRectF(g.center() + flow.pt(4.0), row.top(), room, row.height()),
                      PdfRatioBars::tr("n/a"), face, PdfPageFlow::muted(), Qt::AlignLeft | Qt::AlignVCenter);
        return;
    }
    const double doublings = std::clamp(std::log2(feature.ratio), -double(g.extent), double(g.extent));
    const double end = g.x(doublings);
    const bool above = feature.ratio >= 1.0;
    const double bar = flow.pt(kBar);
    flow.painter().fillRect(QRectF(QPointF(std::min(end, g.center()), row.center().y() - bar / 2.0),
                                   QPointF(std::max(end, g.center()), row.center().y() + bar / 2.0)),
                            above ? color : lighter(color));
    const double gap = flow.pt(4.0);
    const QRectF value = above ? QRectF(end + gap, row.top(), room, row.height())
                               : QRectF(end - gap - room, row.top(), room, row.height());
    flow.drawText(value, ReportText::ratio(feature.ratio), face, PdfPageFlow::ink(),
                  (above ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
}

} // namespace

void PdfRatioBars::draw(PdfPageFlow& flow, const QList<const FeatureProfile*>& features,
                        const QColor& color) {
    if (features.isEmpty())
        return;
    const QFont face = PdfPageFlow::font(PdfPageFlow::kSmall);
    double labels = 0.0;
    for (const FeatureProfile* feature : features)
        labels = std::max(labels, flow.textWidth(feature->feature, face));
    Geometry g;
    g.labelWidth = std::min(labels + flow.pt(kLabelGap), kMaxLabelShare * flow.width());
    g.extent = extentOf(features);

    const double row = flow.pt(kRow);
    const double axis = flow.pt(kAxis);
    const auto count = int(features.size());
    const auto rowsFitting = [&] { return std::max(1, int((flow.remaining() - axis) / row)); };
    for (int i = 0; i < count;) {
        if (rowsFitting() < std::min(kMinRowsOnPage, count - i))
            flow.newPage();
        const int chunk = std::min(rowsFitting(), count - i);
        const QRectF band = flow.take(double(chunk) * row + axis);
        g.left = band.left() + g.labelWidth + flow.pt(kValueRoom);
        g.right = band.right() - flow.pt(kValueRoom);
        drawScale(flow, g, band.top(), band.top() + double(chunk) * row);
        for (int j = 0; j < chunk; ++j)
            drawRow(flow, g, *features.at(i + j),
                    QRectF(band.left(), band.top() + double(j) * row, band.width(), row), color);
        i += chunk;
    }
    flow.skip(6.0);
}

} // namespace segmenta
