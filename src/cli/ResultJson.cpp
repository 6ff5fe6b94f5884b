#include "cli/ResultJson.h"

#include <QJsonArray>

#include <cmath>

namespace segmenta::cli {

namespace {

/// JSON has no NaN: an undefined metric (e.g. a silhouette of a one-cluster fit) is written as null.
QJsonValue number(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

template <typename Derived> QJsonArray vectorArray(const Eigen::DenseBase<Derived>& values) {
    QJsonArray array;
    for (Index i = 0; i < values.size(); ++i)
        array.append(number(values(i)));
    return array;
}

QJsonArray matrixArray(const Matrix& m) {
    QJsonArray rows;
    for (Index r = 0; r < m.rows(); ++r)
        rows.append(vectorArray(m.row(r)));
    return rows;
}

QJsonObject pcaJson(const AnalysisResult& result) {
    return QJsonObject{
        {QStringLiteral("n_components"), int(result.pca.componentCount())},
        {QStringLiteral("explained_variance_ratio"), vectorArray(result.pca.explainedVarianceRatio)},
        {QStringLiteral("explained_variance"), vectorArray(result.pca.explainedVariance)},
        {QStringLiteral("cumulative_ratio"), vectorArray(result.pca.cumulativeRatio)},
        {QStringLiteral("components"), matrixArray(result.pca.components)},
        {QStringLiteral("clustered"), result.clusteredOn == ClusterSpace::Pca},
    };
}

QJsonArray sweepJson(const SweepResult& sweep) {
    QJsonArray scores;
    for (const KScore& s : sweep.scores)
        scores.append(QJsonObject{
            {QStringLiteral("k"), s.k},
            {QStringLiteral("inertia"), number(s.inertia)},
            {QStringLiteral("silhouette"), number(s.silhouette)},
            {QStringLiteral("calinski_harabasz"), number(s.calinskiHarabasz)},
            {QStringLiteral("davies_bouldin"), number(s.daviesBouldin)},
            {QStringLiteral("iterations"), s.iterations},
            {QStringLiteral("smallest_share"), number(s.smallestShare)},
            {QStringLiteral("seconds"), number(s.seconds)},
        });
    return scores;
}

QJsonObject modelJson(const AnalysisResult& result) {
    const SweepModel& model = result.model();
    QJsonArray sizes;
    for (const Index size : model.sizes)
        sizes.append(qint64(size));
    QJsonObject json{
        {QStringLiteral("k"), model.k},
        {QStringLiteral("space"),
         result.clusteredOn == ClusterSpace::Pca ? QStringLiteral("pca") : QStringLiteral("features")},
        {QStringLiteral("centroids"), matrixArray(model.centroids)},
        {QStringLiteral("sizes"), sizes},
    };
    if (model.memberships.size() > 0) {
        json.insert(QStringLiteral("partition_coefficient"), number(model.partitionCoefficient));
        json.insert(QStringLiteral("partition_entropy"), number(model.partitionEntropy));
    }
    return json;
}

QJsonArray profilesJson(const std::vector<SegmentProfile>& profiles) {
    QJsonArray array;
    for (const SegmentProfile& p : profiles) {
        QJsonObject means, medians, ratios, zScores;
        for (const FeatureProfile& f : p.features) {
            means.insert(f.feature, number(f.mean));
            medians.insert(f.feature, number(f.median));
            ratios.insert(f.feature, number(f.ratio));
            zScores.insert(f.feature, number(f.zScore));
        }
        array.append(QJsonObject{
            {QStringLiteral("segment"), p.segment + 1},
            {QStringLiteral("name"), p.suggestedName},
            {QStringLiteral("size"), qint64(p.size)},
            {QStringLiteral("share"), number(p.share)},
            {QStringLiteral("means"), means},
            {QStringLiteral("medians"), medians},
            {QStringLiteral("ratio_to_overall"), ratios},
            {QStringLiteral("z_scores"), zScores},
            {QStringLiteral("distinguishing"), QJsonArray::fromStringList(p.distinguishing)},
        });
    }
    return array;
}

QJsonArray crosstabsJson(const std::vector<Crosstab>& crosstabs) {
    QJsonArray array;
    for (const Crosstab& t : crosstabs) {
        QJsonArray counts, shares;
        for (Index s = 0; s < t.counts.rows(); ++s) {
            QJsonArray countRow;
            for (Index l = 0; l < t.counts.cols(); ++l)
                countRow.append(t.counts(s, l));
            counts.append(countRow);
            shares.append(vectorArray(t.rowShares.row(s)));
        }
        array.append(QJsonObject{{QStringLiteral("column"), t.column},
                                 {QStringLiteral("levels"), QJsonArray::fromStringList(t.levels)},
                                 {QStringLiteral("counts"), counts},
                                 {QStringLiteral("row_shares"), shares}});
    }
    return array;
}

QJsonArray gridJson(const std::vector<GridCell>& grid) {
    QJsonArray array;
    for (const GridCell& cell : grid) {
        QJsonObject json{{QStringLiteral("transform"), toString(cell.transform)},
                         {QStringLiteral("scaling"), toString(cell.scaling)}};
        if (cell.error.isEmpty()) {
            json.insert(QStringLiteral("best_k"), cell.bestK);
            json.insert(QStringLiteral("best_silhouette"), number(cell.bestSilhouette));
            QJsonArray silhouettes;
            for (const double s : cell.silhouettes)
                silhouettes.append(number(s));
            json.insert(QStringLiteral("silhouettes"), silhouettes);
        } else {
            json.insert(QStringLiteral("error"), cell.error);
        }
        array.append(json);
    }
    return array;
}

QJsonArray excludedJson(const DataMatrix& data, const QList<ExcludedColumn>& excluded) {
    QJsonArray array;
    for (const ExcludedColumn& column : excluded)
        array.append(QJsonObject{{QStringLiteral("column"), column.column},
                                 {QStringLiteral("reason"), toString(column.reason)},
                                 {QStringLiteral("detail"), ExclusionText::explain(data, column, true)}});
    return array;
}

} // namespace

QJsonObject analysisToJson(const AnalysisResult& result, const AnalysisSettings& settings,
                           const DataMatrix& data, const QList<ExcludedColumn>& excluded) {
    const SilhouetteScore& silhouette = result.sweep.silhouetteInfo;
    QJsonObject json{
        {QStringLiteral("version"), QStringLiteral(SEGMENTA_VERSION)},
        {QStringLiteral("rows"), qint64(result.prepared.features.rows())},
        {QStringLiteral("rows_dropped_missing"), qint64(result.prepared.droppedMissing)},
        {QStringLiteral("rows_dropped_outliers"), qint64(result.prepared.droppedOutliers)},
        {QStringLiteral("features"), QJsonArray::fromStringList(result.prepared.featureNames)},
        {QStringLiteral("excluded"), excludedJson(data, excluded)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.prepared.warnings)},
        {QStringLiteral("recipe"), settings.recipe.toJson()},
        {QStringLiteral("algorithm"), toString(settings.sweep.algorithm)},
        {QStringLiteral("seed"), qint64(settings.sweep.kmeans.seed)},
        {QStringLiteral("n_init"), settings.sweep.kmeans.nInit},
        {QStringLiteral("pca"), pcaJson(result)},
        {QStringLiteral("sweep"), sweepJson(result.sweep)},
        {QStringLiteral("silhouette"),
         QJsonObject{{QStringLiteral("method"),
                      silhouette.sampled ? QStringLiteral("sampled") : QStringLiteral("exact")},
                     {QStringLiteral("sample_size"), qint64(silhouette.sampleSize)},
                     {QStringLiteral("seed"), qint64(silhouette.seed)}}},
        {QStringLiteral("recommended_k"), result.sweep.recommendation.k},
        {QStringLiteral("elbow_k"), result.sweep.recommendation.elbowK},
        {QStringLiteral("recommendation_reason"), result.sweep.recommendation.reason},
        {QStringLiteral("model"), modelJson(result)},
        {QStringLiteral("profiles"), profilesJson(result.profiles)},
        {QStringLiteral("crosstabs"), crosstabsJson(result.crosstabs)},
        {QStringLiteral("seconds"), number(result.seconds)},
    };
    if (settings.scoreGrid)
        json.insert(QStringLiteral("grid"), gridJson(result.grid));
    return json;
}

} // namespace segmenta::cli
