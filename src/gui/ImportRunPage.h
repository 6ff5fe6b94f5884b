#pragma once

#include "gui/ImportJob.h"

#include <QJsonObject>
#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QMessageBox;

namespace Ui {
class ImportRunPage;
}

namespace segmenta {

class ProjectStore;
class TaskRunner;

/// Names the new dataset and imports it: the source is read and prepared on the TaskRunner's worker with
/// a progress bar and Cancel, then stored on this (the project's) thread in one transaction. A source whose
/// SHA-256 the project already holds is stored again only when the user says so.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    ImportRunPage(ProjectStore& store, TaskRunner& runner, const ImportRequest& request,
                  QWidget* parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Starts the import (the Import button).
    void startImport();
    /// Stops a running import; nothing is stored.
    void cancelImport();
    bool isRunning() const { return m_running; }

    /// After the import: the dataset and its import report.
    qint64 datasetId() const { return m_datasetId; }
    const QString& datasetName() const { return m_datasetName; }
    const QJsonObject& report() const { return m_report; }

signals:
    void datasetImported(qint64 datasetId);

private:
    void onRead(ImportOutcome outcome);
    void askAgain(const QString& earlierName, const QDateTime& earlierAt);
    void store();
    void showProblem(const QString& message);
    void updateControls();

    std::unique_ptr<Ui::ImportRunPage> m_ui;
    ProjectStore& m_store;
    TaskRunner& m_runner;
    const ImportRequest& m_request;
    QString m_title; ///< the running task's, to tell its signals from other tasks'
    bool m_running = false;
    std::optional<ImportOutcome> m_pending; ///< read, waiting for the user's word on a duplicate
    QPointer<QMessageBox> m_question;
    qint64 m_datasetId = 0;
    QString m_datasetName;
    QJsonObject m_report;
};

} // namespace segmenta
