#pragma once

#include "core/Analysis.h"
#include "core/FeatureSelection.h"

#include <QJsonObject>

namespace segmenta::cli {

/// The analysis as the JSON document of the command-line contract (keys rows, features, pca, sweep,
/// recommended_k, recommendation_reason, model, profiles), plus silhouette, crosstabs and settings.
/// Segments are numbered from 1 in the order of the model (largest first). `excluded` lists the columns of
/// `data` left out of the features ({column, reason, detail}); the preparation's warnings are `warnings`.
QJsonObject analysisToJson(const AnalysisResult& result, const AnalysisSettings& settings,
                           const DataMatrix& data, const QList<ExcludedColumn>& excluded);

} // namespace segmenta::cli
