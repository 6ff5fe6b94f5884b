#pragma once

#include "core/Analysis.h"

#include <QJsonObject>

namespace segmenta {

/// The settings of a run as JSON (recipe, PCA, cluster space, K range, algorithm, restarts, iterations,
/// tolerance, seed, silhouette mode, chosen K), so a stored run can be reopened and repeated exactly.
/// The thread count is not stored: results do not depend on it.
QJsonObject toJson(const AnalysisSettings& settings);

/// Inverse of toJson(). Missing keys take the defaults of AnalysisSettings; a key of the wrong type or an
/// unknown name throws DataError naming the key.
AnalysisSettings analysisSettingsFromJson(const QJsonObject& json);

} // namespace segmenta
