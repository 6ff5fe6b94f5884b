#include "charts/SegmentPalette.h"

#include <algorithm>
#include <array>

namespace segmenta {

namespace {

constexpr std::array<QRgb, SegmentPalette::kSegmentColors> kSegmentRgb = {
    0x0072B2, // Okabe–Ito blue
    0xE69F00, // orange
    0x009E73, // bluish green
    0xD55E00, // vermillion
    0xCC79A7, // reddish purple
    0x56B4E9, // sky blue
    0xF0E442, // yellow
    0x9C755F, // Tableau brown
    0xBAB0AC, // Tableau grey
    0xFF9DA7, // Tableau pink
};

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

SegmentPalette::SegmentPalette(bool dark)
    : m_dark(dark) {}

QColor SegmentPalette::segment(int segment) const {
    return QColor(kSegmentRgb[std::size_t(std::max(segment, 0) % kSegmentColors)]);
}

QColor SegmentPalette::diverging(double z) const {
    // ColorBrewer RdBu ends; the middle follows the background so that average cells recede.
    const QColor low(0x2166AC);
    const QColor high(0xB2182B);
    const QColor middle = m_dark ? QColor(0x404040) : QColor(0xF7F7F7);
    const double t = std::clamp(z / zLimit, -1.0, 1.0);
    return t < 0 ? mix(middle, low, -t) : mix(middle, high, t);
}

QColor SegmentPalette::textOn(const QColor& background) {
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor SegmentPalette::foreground() const {
    return m_dark ? QColor(0xE0E0E0) : QColor(0x202020);
}

QColor SegmentPalette::neutral() const {
    return m_dark ? QColor(0xA0A0A0) : QColor(0x505050);
}

} // namespace segmenta
