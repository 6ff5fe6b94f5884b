#pragma once

#include "gui/ImportJob.h"

#include <QWizard>

namespace segmenta {

class ImportColumnsPage;
class ImportPreviewPage;
class ImportRunPage;
class ProjectStore;
class TaskRunner;

/// Imports a file or a PostgreSQL table or query as a new dataset of the project: source → preview with
/// the reader's settings → column kinds and roles → (invoice lines → customers) → import with progress
/// and Cancel → report. Problems are shown on the page in words; the project changes only when the
/// dataset is stored. Open it with open(), not exec().
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { SourcePage, PreviewPage, ColumnsPage, InvoicePage, RunPage, ReportPage };

    /// @p initialFile, when given, is the file to import (e.g. one dropped on the main window).
    ImportWizard(ProjectStore& store, TaskRunner& runner, const QString& initialFile = {},
                 QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Cancels a running import before closing.
    void reject() override;

signals:
    /// The dataset was stored in the project.
    void datasetImported(qint64 datasetId);

private:
    ImportRequest m_request;
    ImportRunPage* m_run = nullptr;
};

} // namespace segmenta
