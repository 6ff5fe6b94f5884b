#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace segmenta {

class AnalysisSession;
class ProjectController;
class ProjectNavigator;
class ReportExporter;
class TaskProgress;
class TaskRunner;
class WelcomePage;
class Workspace;
struct ExportRequest;

/// The application's window: the welcome page until a project is open, then the project panel (datasets
/// and runs) beside the workspace's tabs. Menus File, Edit, View, Analysis and Help with the platform's
/// shortcuts, a toolbar, the running task with Cancel in the status bar. Geometry, layout and recent
/// projects are restored from Settings.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    TaskRunner& runner() const { return *m_runner; }
    AnalysisSession& session() const { return *m_session; }
    ProjectController& projects() const { return *m_projects; }
    WelcomePage* welcomePage() const { return m_welcome; }
    Workspace* workspace() const { return m_workspace; }
    ProjectNavigator* navigator() const { return m_navigator; }
    TaskProgress* taskProgress() const { return m_progress; }

    /// Opens `argument` as given on the command line: a .segmenta project, or a data file to import.
    void openArgument(const QString& argument);

public slots:
    /// Opens the export dialog for `format` (an ExportRequest::Format).
    void showExportDialog(int format);
    void showComparison(qint64 firstRun, qint64 secondRun);
    void showPreferences();
    void showGuide();
    void showAbout();
    void showMessage(const QString& text);
    void showError(const QString& title, const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void updateRecentMenu();
    void updateActions();
    void updateTitle();
    void projectChanged();
    QAction* addAction(QMenu* menu, const QString& text, const QKeySequence& shortcut, const QString& tip);
    QAction* addAction(QMenu* menu, const QString& text, const QList<QKeySequence>& shortcuts,
                       const QString& tip);

    TaskRunner* m_runner;
    AnalysisSession* m_session;
    ProjectController* m_projects;
    ReportExporter* m_exporter;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    Workspace* m_workspace;
    ProjectNavigator* m_navigator;
    QDockWidget* m_projectDock;
    QToolBar* m_toolBar = nullptr;
    TaskProgress* m_progress;
    QMenu* m_recentMenu = nullptr;
    bool m_closeConfirmed = false;

    struct Actions {
        QAction* newProject = nullptr;
        QAction* open = nullptr;
        QAction* openSample = nullptr;
        QAction* import = nullptr;
        QAction* save = nullptr;
        QAction* saveAs = nullptr;
        QAction* exportPdf = nullptr;
        QAction* exportXlsx = nullptr;
        QAction* exportCsv = nullptr;
        QAction* close = nullptr;
        QAction* quit = nullptr;
        QAction* copyFigure = nullptr;
        QAction* preferences = nullptr;
        QAction* run = nullptr;
        QAction* cancel = nullptr;
        QAction* previousK = nullptr;
        QAction* nextK = nullptr;
        QAction* compare = nullptr;
        QAction* deleteRun = nullptr;
        QAction* guide = nullptr;
        QAction* about = nullptr;
        QAction* aboutQt = nullptr;
        QAction* fullScreen = nullptr;
        QList<QAction*> tabs;
    } m_actions;
};

} // namespace segmenta
