#pragma once

#include <QColor>

namespace segmenta {

/// The colours of every figure. Segment i has the same colour in every chart and in both themes: the
/// Okabe–Ito colours, which stay distinguishable under the common colour-vision deficiencies, extended by
/// three Tableau 10 colours so that the default sweep's largest K (10) needs no repeats.
class SegmentPalette {
public:
    explicit SegmentPalette(bool dark = false);

    bool isDark() const { return m_dark; }
    /// The colour of segment `segment` (0-based); beyond the tenth the colours repeat.
    QColor segment(int segment) const;
    /// Blue (below the mean) – neutral – red (above) for a z-score, clamped at ±zLimit.
    QColor diverging(double z) const;
    /// Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor& background);
    /// Text, axis and reference-line colour for the theme's background.
    QColor foreground() const;
    /// A discreet colour for guides (loadings arrows, reference lines) that no segment uses.
    QColor neutral() const;

    static constexpr int kSegmentColors = 10;
    static constexpr double zLimit = 2.0;

private:
    bool m_dark = false;
};

} // namespace segmenta
