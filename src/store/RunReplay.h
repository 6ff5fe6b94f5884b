#pragma once

#include "core/Analysis.h"
#include "store/StoredRun.h"

namespace segmenta {

/// Recomputes a stored run for its K `k` from the dataset it was made from: the run's settings and seed
/// give the same result bit for bit, so a project stores the models and scores, not every figure.
/// Throws StoreError when the run has no model for `k` or the recomputed segments differ from the stored
/// ones (the data or the engine changed since), DataError for unusable data, Cancelled on request.
AnalysisResult replayRun(const DataMatrix& data, const StoredRun& run, int k,
                         const TaskControl& control = {});

} // namespace segmenta
