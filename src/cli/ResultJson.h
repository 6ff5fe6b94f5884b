#pragma once

#include "core/Analysis.h"

#include <QJsonObject>

namespace segmenta::cli {

/// The analysis as the JSON document of the command-line contract (keys rows, features, pca, sweep,
/// recommended_k, recommendation_reason, model, profiles), plus silhouette, crosstabs and settings.
/// Segments are numbered from 1 in the order of the model (largest first).
QJsonObject analysisToJson(const AnalysisResult& result, const AnalysisSettings& settings);

} // namespace segmenta::cli
