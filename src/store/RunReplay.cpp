#include "store/RunReplay.h"

#include "core/AnalysisSettingsJson.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace segmenta {

AnalysisResult replayRun(const DataMatrix& data, const StoredRun& run, int k, const TaskControl& control) {
    const StoredModel& stored = run.model(k);
    AnalysisSettings settings = analysisSettingsFromJson(run.info.parameters);
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
