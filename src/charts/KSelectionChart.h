#pragma once

#include <QCoreApplication>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace segmenta {

class ChartStyle;
struct SweepResult;

/// The four K-selection scores against K on one chart. Their scales differ by orders of magnitude, so
/// each is scaled to [0, 1] over the swept K (min → 0, max → 1); the shapes are what choosing K needs.
/// The recommended K is marked by a dashed vertical line labelled "recommended", the chosen K (when it
/// differs) by one labelled "chosen".
class KSelectionChart {
    Q_DECLARE_TR_FUNCTIONS(segmenta::KSelectionChart)

public:
    /// Series, in order: inertia, silhouette, Calinski–Harabasz, Davies–Bouldin (one point per K).
    static QChart* create(const SweepResult& sweep, int chosenK, const ChartStyle& style);
    /// `values` scaled to [0, 1] (all 0.5 when they are all equal).
    static std::vector<double> normalised(const std::vector<double>& values);
};

} // namespace segmenta
