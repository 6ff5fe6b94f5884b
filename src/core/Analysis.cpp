#include "core/Analysis.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <cmath>

namespace segmenta {

namespace {

constexpr int kMaxCrosstabLevels = 12;

bool isCrosstabColumn(const DataMatrix& data, Index column, const QStringList& numericFeatures) {
    if (numericFeatures.contains(data.column(column).name))
        return false;
    QSet<double> distinct;
    const auto values = data.values().col(column);
    for (Index r = 0; r < values.size(); ++r) {
        if (std::isnan(values(r)))
            continue;
        distinct.insert(values(r));
        if (distinct.size() > kMaxCrosstabLevels)
            return false;
    }
    return distinct.size() >= 2;
}

} // namespace

const Matrix& AnalysisResult::clusteredData() const {
    return clusteredOn == ClusterSpace::Pca ? pca.scores : prepared.features;
}

AnalysisResult runAnalysis(const DataMatrix& data, const AnalysisSettings& settings,
                           const TaskControl& control) {
    QElapsedTimer timer;
    timer.start();
    AnalysisResult result;
    control.report(0.0, QCoreApplication::translate("segmenta::Analysis", "Preparing features"));
    result.prepared = preprocess(data, settings.recipe);
    control.checkCancelled();

    PcaOptions pcaOptions = settings.pca;
    const Index maxComponents = std::min(result.prepared.features.rows(), result.prepared.features.cols());
    if (pcaOptions.components > 0)
        pcaOptions.components = int(std::min<Index>(pcaOptions.components, maxComponents));
    control.report(0.02, QCoreApplication::translate("segmenta::Analysis", "Principal components"));
    result.pca = fitPca(result.prepared.features, pcaOptions, control.sub(0.02, 0.05));
    result.clusteredOn = settings.clusterOn;

    const double sweepEnd = settings.scoreGrid ? 0.4 : 0.98;
    result.sweep = sweepK(result.clusteredData(), settings.sweep, control.sub(0.05, sweepEnd));
    if (settings.scoreGrid) {
        const bool log =
            !settings.recipe.numeric.isEmpty() && settings.recipe.numeric.first().transform == Transform::Log;
        result.grid = preprocessingGrid(data, settings.recipe, log ? Transform::Log : Transform::Log1p,
                                        settings.sweep, control.sub(sweepEnd, 0.98));
    }
    result.k = settings.chosenK > 0 ? settings.chosenK : result.sweep.recommendation.k;
    const SweepModel& model = result.model();

    for (const FeatureStep& step : settings.recipe.numeric)
        result.profiledColumns << step.column;
    result.profiles =
        profileSegments(data, result.prepared.rows, model.labels, result.k, result.profiledColumns);
    for (Index c = 0; c < data.cols(); ++c)
        if (isCrosstabColumn(data, c, result.profiledColumns))
            result.crosstabs.push_back(
                crosstab(data, result.prepared.rows, model.labels, result.k, data.column(c).name));
    result.seconds = timer.nsecsElapsed() * 1e-9;
    control.report(1.0, QCoreApplication::translate("segmenta::Analysis", "Done"));
    return result;
}

} // namespace segmenta
