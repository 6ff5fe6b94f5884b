#pragma once

#include "core/Analysis.h"
#include "gui/ResultAtK.h"
#include "store/StoredRun.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace segmenta {

class Project;
class TaskRunner;

/// What every view of a project shows: the current dataset, the current run and the K it is shown at,
/// with the segments' names. Long work (analysis, reopening a run, another K) goes through the task
/// runner; the results come back on the GUI thread, which alone writes to the project.
class AnalysisSession : public QObject {
    Q_OBJECT

public:
    explicit AnalysisSession(TaskRunner& runner, QObject* parent = nullptr);
    ~AnalysisSession() override;

    TaskRunner& runner() const { return m_runner; }
    /// The project the session works in; null closes everything. The same project again (reopened under
    /// another store by Save As) keeps the dataset and run shown.
    void setProject(Project* project);
    Project* project() const { return m_project; }

    /// Shows dataset `id` (0: none). Throws StoreError.
    void setDataset(qint64 id);
    /// Dataset `id` was just imported into the project: shows it.
    void addDataset(qint64 id);
    qint64 datasetId() const { return m_datasetId; }
    QString datasetName() const { return m_datasetName; }
    /// The current dataset as stored; null without one.
    std::shared_ptr<const DataMatrix> data() const { return m_data; }
    /// The dataset row number of each clustered row of the current result.
    std::vector<qint64> clusteredRowNumbers() const;

    /// Runs the analysis on the current dataset and saves the run; false when the runner is busy.
    bool startRun(const AnalysisSettings& settings);
    /// Removes a stored run from the project. Throws StoreError.
    void removeRun(qint64 runId);
    /// Recomputes stored run `runId` (of any dataset of the project) and shows it at the K last chosen for it
    /// (see chooseK()); false when busy.
    bool openRun(qint64 runId);
    /// Shows the current run at another K of its sweep and records the choice in the project's audit log, so
    /// that the run reopens at that K; false when busy or there is no run.
    bool chooseK(int k);

    qint64 runId() const { return m_run.info.id; }
    const StoredRun& storedRun() const { return m_run; }
    const AnalysisSettings& settings() const { return m_settings; }
    /// The current result at the K shown; null without a run.
    std::shared_ptr<const AnalysisResult> result() const { return m_view.result; }
    /// Silhouette of every clustered row at the K shown; empty when there were too many rows.
    const Vector& silhouettes() const { return m_view.silhouettes; }
    /// Display name of every segment at the K shown: the user's, else the suggested one.
    QStringList segmentNames() const;
    QString segmentNotes(int segment) const;
    /// Saves a segment's name (empty: back to the suggested one) and notes at the K shown. Throws StoreError.
    void renameSegment(int segment, const QString& name, const QString& notes);

signals:
    /// Another project, or the same one under another store (Save As).
    void projectChanged();
    void datasetChanged();
    /// A dataset or run was added to or removed from the project.
    void contentsChanged();
    /// Another run or K is shown.
    void resultChanged();
    /// A segment was renamed or its notes changed.
    void namesChanged();
    /// The analysis just run went through, but the user should know this (e.g. a constant column).
    void warning(const QString& text);

private:
    void show(const StoredRun& run, const AnalysisSettings& settings, ResultAtK view);
    void clearRun();
    void markModified();

    /// Counts project and dataset changes, so that a result arriving for an earlier one is dropped.
    quint64 m_generation = 0;
    TaskRunner& m_runner;
    Project* m_project = nullptr;
    qint64 m_datasetId = 0;
    QString m_datasetName;
    std::shared_ptr<const DataMatrix> m_data;
    std::vector<qint64> m_rowNumbers; ///< dataset row number of every row of m_data
    StoredRun m_run;
    AnalysisSettings m_settings;
    ResultAtK m_view;
};

} // namespace segmenta
