#include "gui/ResultAtK.h"

#include "charts/SilhouettePlot.h"
#include "core/Error.h"

namespace segmenta {

ResultAtK ResultAtK::of(AnalysisResult result, const TaskControl& control) {
    ResultAtK view;
    auto shared = std::make_shared<AnalysisResult>(std::move(result));
    control.checkCancelled();
    if (Index(shared->model().labels.size()) <= kSilhouetteRows)
        view.silhouettes = SilhouettePlot::samples(*shared);
    view.result = std::move(shared);
    return view;
}

ResultAtK ResultAtK::choose(const AnalysisResult& base, const DataMatrix& data, int k,
                            const TaskControl& control) {
    AnalysisResult result = base;
    result.k = k;
    const SweepModel& model = result.model(); // throws for a K outside the sweep
    control.report(0.2, QCoreApplication::translate("segmenta::ResultAtK", "Profiles of K = %1").arg(k));
    // The same steps runAnalysis() takes for its chosen K, on the same columns.
    result.profiles = profileSegments(data, result.prepared.rows, model.labels, k, result.profiledColumns);
    for (Crosstab& table : result.crosstabs)
        table = crosstab(data, result.prepared.rows, model.labels, k, table.column);
    control.report(0.5, QCoreApplication::translate("segmenta::ResultAtK", "Silhouettes of K = %1").arg(k));
    return of(std::move(result), control);
}

} // namespace segmenta
