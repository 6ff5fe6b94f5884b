#pragma once

#include "core/Analysis.h"

#include <memory>

namespace segmenta {

/// A run's result shown at one K: the result with that K chosen (profiles and crosstabs of its segments)
/// and the silhouette of every customer, computed on the task runner's worker.
struct ResultAtK {
    std::shared_ptr<const AnalysisResult> result;
    /// Empty above kSilhouetteRows clustered rows: the exact silhouettes take O(n²) time.
    Vector silhouettes;

    static constexpr Index kSilhouetteRows = 20000;

    /// `result` as it is (its own K).
    static ResultAtK of(AnalysisResult result, const TaskControl& control);
    /// `base` (a result of the same run) with `k` chosen; throws DataError when the run has no model for k.
    static ResultAtK choose(const AnalysisResult& base, const DataMatrix& data, int k,
                            const TaskControl& control);
};

} // namespace segmenta
