#include "store/RunReplay.h"

#include "core/AnalysisSettingsJson.h"
#include "store/StoreError.h"

#include <QCoreApplication>

#include <cmath>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::RunReplay)
};

// Far above what any analysis asks for (scikit-learn's defaults are 10 and 300), far below what would
// keep a replay busy for days.
constexpr int kMaxRestarts = 10'000;
constexpr int kMaxIterations = 1'000'000;

/// Throws StoreError when the stored settings cannot come from a real run on @p data: a damaged or
/// edited project must not start a computation that never ends.
void validateStored(const AnalysisSettings& settings, const DataMatrix& data, const StoredRun& run) {
    const SweepOptions& sweep = settings.sweep;
    int features = int(settings.recipe.numeric.size());
    for (const CategoricalStep& step : settings.recipe.categorical)
        if (const Index c = data.columnIndex(step.column); c >= 0)
            features += int(data.column(c).levels.size());
    QString problem;
    if (sweep.kMin < 2 || sweep.kMax < sweep.kMin || sweep.kMax > data.rows())
        problem = Text::tr("K from %1 to %2 for %3 rows").arg(sweep.kMin).arg(sweep.kMax).arg(data.rows());
    else if (sweep.kmeans.nInit < 1 || sweep.kmeans.nInit > kMaxRestarts)
        problem = Text::tr("%1 restarts (n_init)").arg(sweep.kmeans.nInit);
    else if (sweep.kmeans.maxIter < 1 || sweep.kmeans.maxIter > kMaxIterations)
        problem = Text::tr("%1 iterations (max_iter)").arg(sweep.kmeans.maxIter);
    else if (!std::isfinite(sweep.kmeans.tol) || sweep.kmeans.tol < 0.0)
        problem = Text::tr("the tolerance %1").arg(sweep.kmeans.tol);
    else if (!std::isfinite(sweep.fuzzifier) || sweep.fuzzifier <= 1.0)
        problem = Text::tr("the fuzzifier %1").arg(sweep.fuzzifier);
    else if (settings.pca.components < 0 || settings.pca.components > std::max(features, 2))
        problem = Text::tr("%1 PCA components for %2 features").arg(settings.pca.components).arg(features);
    else if (!(settings.pca.varianceFraction >= 0.0 && settings.pca.varianceFraction <= 1.0))
        problem = Text::tr("the PCA variance share %1").arg(settings.pca.varianceFraction);
    if (!problem.isEmpty())
        throw StoreError(
            Text::tr("Run %1 is damaged: its stored parameters ask for %2, which no analysis makes. "
                     "Run the analysis again.")
                .arg(run.info.id)
                .arg(problem));
}

} // namespace

AnalysisResult replayRun(const DataMatrix& data, const StoredRun& run, int k, const TaskControl& control) {
    const StoredModel& stored = run.model(k);
    AnalysisSettings settings = analysisSettingsFromJson(run.info.parameters);
    validateStored(settings, data, run);
    settings.chosenK = k;
    AnalysisResult result = runAnalysis(data, settings, control);
    if (result.model().labels != stored.labels)
        throw StoreError(QCoreApplication::translate("segmenta::RunReplay",
                                                     "Run %1 cannot be shown again: recomputing K = %2 gives "
                                                     "other segments than the stored ones. The dataset or "
                                                     "the engine changed since the run; run the analysis "
                                                     "again.")
                             .arg(run.info.id)
                             .arg(k));
    return result;
}

} // namespace segmenta
