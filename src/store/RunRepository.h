#pragma once

#include "core/Analysis.h"
#include "store/StoredRun.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace segmenta {

class ProjectStore;

/// The segmentation runs of a project: parameters, every K's scores and model, the chosen K's
/// assignments, and the segments' names and notes.
class RunRepository {
public:
    explicit RunRepository(ProjectStore& store);

    /// Stores `result`, computed on dataset `datasetId` as DatasetRepository::load returned it (so that
    /// its row indices map to the dataset's row numbers), all or nothing. `parameters` (settings and
    /// recipe) must hold the integer "seed". The chosen K's profiles give the segments' suggested names.
    /// Returns the run id; throws StoreError, leaving the project as it was.
    qint64 add(qint64 datasetId, const AnalysisSettings& settings, const AnalysisResult& result);
    /// The runs on a dataset, oldest first.
    QList<RunInfo> list(qint64 datasetId) const;
    /// Throws StoreError for an unknown run.
    StoredRun load(qint64 runId) const;
    /// Names segment `segment` (0-based) of the run's K = `k` model; an empty name restores the suggested
    /// one. Throws StoreError when the run has no such model or segment.
    void setSegmentName(qint64 runId, int k, int segment, const QString& name, const QString& notes);
    /// Makes K = `k` the run's chosen K, the one it reopens at and reports describe: its model's labels
    /// become the assignments, and `suggestedNames` (one per segment, from its profiles) the segments'
    /// suggested names; names and notes the user gave stay. All or nothing; throws StoreError when the run
    /// has no K = `k` model.
    void setChosenK(qint64 runId, int k, const QStringList& suggestedNames);
    /// Removes the run with its scores, models, assignments and segments.
    void remove(qint64 runId);

private:
    /// The runs whose `column` equals `id`.
    QList<RunInfo> select(const QString& column, qint64 id) const;
    void addModel(qint64 runId, const SweepModel& model, const std::vector<qint64>& rowNumbers, bool chosen);
    /// Replaces the run's assignments with `labels` (0-based) of the dataset rows `rowNumbers`.
    void writeAssignments(qint64 runId, const Labels& labels, const std::vector<qint64>& rowNumbers);
    void writeSuggestedNames(qint64 runId, int k, const QStringList& names);

    ProjectStore& m_store;
};

} // namespace segmenta
