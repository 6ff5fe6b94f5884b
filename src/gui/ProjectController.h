#pragma once

#include "core/Analysis.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace segmenta {

class AnalysisSession;
class ImportWizard;
class Project;

/// The life of the open project: new, open, the bundled sample, import, Save As and close, asking before
/// unsaved work of an untitled project is lost. Dialogs are opened with open(); the work is done once the
/// user answers.
class ProjectController : public QObject {
    Q_OBJECT

public:
    ProjectController(AnalysisSession& session, QWidget* window);
    ~ProjectController() override;

    Project* project() const { return m_project.get(); }

    /// The settings the sample is analysed with: log(1 + x) on the six spending columns, standardised,
    /// K 2..10, 10 restarts, seed 0.
    static AnalysisSettings sampleSettings();
    /// The bundled sample as a Qt resource.
    static QString samplePath();

public slots:
    void newProject();
    /// Opens the project file and reopens its latest run.
    void openProject(const QString& path);
    /// Asks for a project file, then opens it.
    void chooseProject();
    /// An untitled project with the sample imported and analysed.
    void openSample();
    /// The import wizard (on `file` when given); an untitled project is created when none is open.
    void importData(const QString& file = {});
    /// Asks for a file name, then saves; `then` runs once saved.
    void chooseSaveAs(const std::function<void()>& then = {});
    /// Saves the project as `path` and continues on that file; false (with failed()) when it cannot.
    bool saveAs(const QString& path);
    /// Closes the project, first asking about unsaved work; `then` runs once it is closed (not when the user
    /// cancels).
    void closeProject(const std::function<void()>& then = {});
    /// Closes without asking.
    void discardProject();

signals:
    /// A project was opened, closed or saved under another name, or its unsaved state changed.
    void projectChanged();
    void message(const QString& text);
    void failed(const QString& title, const QString& text);

private:
    void setProject(std::unique_ptr<Project> project);
    void showLatestRun();
    bool hasDatasets() const;

    AnalysisSession& m_session;
    QWidget* m_window;
    std::unique_ptr<Project> m_project;
    QPointer<ImportWizard> m_wizard;
    /// Counts projects opened, so that work finishing for a closed one is dropped.
    quint64 m_generation = 0;
    /// The sample's own run leaves the untitled project without unsaved work.
    bool m_sampleRunPending = false;
};

} // namespace segmenta
