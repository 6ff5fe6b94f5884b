#include "gui/MainWindow.h"

#include "core/Error.h"
#include "gui/AboutDialog.h"
#include "gui/AnalysisForm.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"
#include "gui/ComparisonDialog.h"
#include "gui/ExportDialog.h"
#include "gui/GuideDialog.h"
#include "gui/Notice.h"
#include "gui/PreferencesDialog.h"
#include "gui/Project.h"
#include "gui/ProjectController.h"
#include "gui/ProjectNavigator.h"
#include "gui/ReportExporter.h"
#include "gui/RunComparison.h"
#include "gui/Settings.h"
#include "gui/TaskProgress.h"
#include "gui/TaskRunner.h"
#include "gui/WelcomePage.h"
#include "gui/Workspace.h"
#include "store/DatasetRepository.h"
#include "store/RunRepository.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace segmenta {

namespace {

constexpr int kMessageMs = 8000;
const QString kProjectSuffix = QStringLiteral("segmenta");

QIcon themeIcon(const QString& name, const QWidget* widget, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

QString fileBaseName(const QString& text) {
    QString name = text;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("-"));
    return name.trimmed().isEmpty() ? QStringLiteral("segments") : name.trimmed();
}

/// The key the guide lists for a standard action first, then the platform's other keys for it: Qt's generic
/// Linux theme has none for Save As and Preferences, and puts Ctrl+F4 before Ctrl+W for Close.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeyCombination& listed) {
    QList<QKeySequence> keys{QKeySequence(listed)};
    for (const QKeySequence& platform : QKeySequence::keyBindings(key))
        if (!keys.contains(platform))
            keys << platform;
    return keys;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_runner(new TaskRunner(this))
    , m_session(new AnalysisSession(*m_runner, this))
    , m_projects(new ProjectController(*m_session, this))
    , m_exporter(new ReportExporter(*m_session, this))
    , m_pages(new QStackedWidget)
    , m_welcome(new WelcomePage)
    , m_workspace(new Workspace(*m_session))
    , m_navigator(new ProjectNavigator(*m_session))
    , m_projectDock(new QDockWidget(tr("Project")))
    , m_progress(new TaskProgress(*m_runner)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/segmenta/icons/segmenta.svg")));
    setAcceptDrops(true);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);
    m_projectDock->setObjectName(QStringLiteral("ProjectDock"));
    m_projectDock->setWidget(m_navigator);
    m_projectDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_projectDock);
    statusBar()->addPermanentWidget(m_progress);

    createActions();
    createMenus();
    createToolBar();

    connect(m_welcome, &WelcomePage::sampleRequested, m_projects, &ProjectController::openSample);
    connect(m_welcome, &WelcomePage::importRequested, m_projects, [this] { m_projects->importData(); });
    connect(m_welcome, &WelcomePage::openRequested, m_projects, &ProjectController::chooseProject);
    connect(m_welcome, &WelcomePage::recentRequested, m_projects, &ProjectController::openProject);
    connect(m_projects, &ProjectController::projectChanged, this, &MainWindow::projectChanged);
    connect(m_projects, &ProjectController::message, this, &MainWindow::showMessage);
    connect(m_projects, &ProjectController::failed, this, &MainWindow::showError);
    connect(m_navigator, &ProjectNavigator::compareRequested, this, &MainWindow::showComparison);
    connect(m_navigator, &ProjectNavigator::message, this, &MainWindow::showMessage);
    connect(m_navigator, &ProjectNavigator::failed, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::message, this, &MainWindow::showMessage);
    connect(m_workspace, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_workspace->analysisForm(), &AnalysisForm::started, this,
            [this] { showMessage(tr("Analysis started; the window stays usable while it runs.")); });
    connect(m_exporter, &ReportExporter::written, this, [this](const QStringList& paths) {
        QStringList native;
        for (const QString& path : paths)
            native << QDir::toNativeSeparators(path);
        showMessage(tr("Exported %1.").arg(native.join(QStringLiteral(", "))));
    });
    connect(m_exporter, &ReportExporter::failed, this, &MainWindow::showError);
    connect(m_runner, &TaskRunner::started, this, &MainWindow::updateActions);
    connect(m_runner, &TaskRunner::finished, this, &MainWindow::updateActions);
    connect(m_runner, &TaskRunner::failed, this, [this](const QString& title, const QString& message) {
        showError(tr("%1 Did Not Finish").arg(title), message);
    });
    connect(m_runner, &TaskRunner::cancelled, this, [this](const QString& title) {
        showMessage(tr("%1 cancelled; the project is unchanged.").arg(title));
    });
    connect(m_session, &AnalysisSession::resultChanged, this, [this] {
        updateActions();
        const auto result = m_session->result();
        if (!result)
            return;
        if (m_workspace->currentIndex() == Workspace::DataTab ||
            m_workspace->currentIndex() == Workspace::AnalysisTab)
            m_workspace->setCurrentIndex(Workspace::SegmentMapTab);
        showMessage(tr("Run %1 shows %2 segments of %3 customers. %4")
                        .arg(m_session->runId())
                        .arg(result->k)
                        .arg(result->model().labels.size())
                        .arg(result->k == result->sweep.recommendation.k
                                 ? result->sweep.recommendation.reason
                                 : tr("K = %1 was chosen by you.").arg(result->k)));
    });
    connect(m_session, &AnalysisSession::namesChanged, this, &MainWindow::updateTitle);

    const Settings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(std::min(1360, screen.width() * 9 / 10), std::min(880, screen.height() * 9 / 10));
    }
    restoreState(settings.windowState());
    projectChanged();
}

MainWindow::~MainWindow() {
    // While the views, the session and the runner still exist: stop the work and close the project.
    m_projects->discardProject();
}

QAction* MainWindow::addAction(QMenu* menu, const QString& text, const QKeySequence& shortcut,
                               const QString& tip) {
    return addAction(menu, text, shortcut.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{shortcut},
                     tip);
}

QAction* MainWindow::addAction(QMenu* menu, const QString& text, const QList<QKeySequence>& shortcuts,
                               const QString& tip) {
    auto* action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    action->setStatusTip(tip);
    action->setToolTip(shortcuts.isEmpty()
                           ? tip
                           : tr("%1 (%2)").arg(tip, shortcuts.first().toString(QKeySequence::NativeText)));
    if (menu)
        menu->addAction(action);
    return action;
}

void MainWindow::createActions() {
    Actions& a = m_actions;
    a.newProject =
        addAction(nullptr, tr("&New Project"), standardKeys(QKeySequence::New, Qt::CTRL | Qt::Key_N),
                  tr("Start an empty untitled project"));
    a.newProject->setIcon(themeIcon(QStringLiteral("document-new"), this, QStyle::SP_FileIcon));
    a.open = addAction(nullptr, tr("&Open Project…"), standardKeys(QKeySequence::Open, Qt::CTRL | Qt::Key_O),
                       tr("Open a .segmenta project file"));
    a.open->setIcon(themeIcon(QStringLiteral("document-open"), this, QStyle::SP_DialogOpenButton));
    a.openSample = addAction(nullptr, tr("Open the Sa&mple"), QKeySequence(),
                             tr("Segment the bundled Wholesale customers sample"));
    a.import = addAction(nullptr, tr("&Import Data…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                         tr("Import a CSV, Excel or OpenDocument file or a PostgreSQL table"));
    a.import->setIcon(themeIcon(QStringLiteral("document-import"), this, QStyle::SP_ArrowDown));
    a.save = addAction(nullptr, tr("&Save"), standardKeys(QKeySequence::Save, Qt::CTRL | Qt::Key_S),
                       tr("Save the untitled project to a file"));
    a.save->setIcon(themeIcon(QStringLiteral("document-save"), this, QStyle::SP_DialogSaveButton));
    a.saveAs = addAction(nullptr, tr("Save &As…"),
                         standardKeys(QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         tr("Save the project under another name"));
    a.exportPdf = addAction(nullptr, tr("&PDF Report…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            tr("Write a PDF report of the segments shown"));
    a.exportPdf->setIcon(
        themeIcon(QStringLiteral("x-office-document"), this, QStyle::SP_FileDialogContentsView));
    a.exportXlsx = addAction(nullptr, tr("&Excel Workbook…"), QKeySequence(),
                             tr("Write the segments to an Excel workbook"));
    a.exportCsv = addAction(nullptr, tr("&CSV Files…"), QKeySequence(),
                            tr("Write assignments, profiles and metrics as CSV"));
    a.close = addAction(nullptr, tr("&Close Project"),
                        standardKeys(QKeySequence::Close, Qt::CTRL | Qt::Key_W), tr("Close the project"));
    a.quit = addAction(nullptr, tr("&Quit"), standardKeys(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q),
                       tr("Quit Segmenta"));
    a.quit->setMenuRole(QAction::QuitRole);
    a.copyFigure = addAction(nullptr, tr("&Copy Figure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                             tr("Copy the figure shown to the clipboard"));
    a.preferences = addAction(nullptr, tr("Pre&ferences…"),
                              standardKeys(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma),
                              tr("Language and the defaults of new analyses"));
    a.preferences->setMenuRole(QAction::PreferencesRole);
    a.run = addAction(nullptr, tr("&Run Analysis"), QKeySequence(Qt::CTRL | Qt::Key_R),
                      tr("Fit and score every K with the settings of the Analysis tab"));
    a.run->setIcon(themeIcon(QStringLiteral("media-playback-start"), this, QStyle::SP_MediaPlay));
    a.cancel =
        addAction(nullptr, tr("&Cancel Task"), QKeySequence(Qt::Key_Escape), tr("Stop the running task"));
    a.cancel->setIcon(themeIcon(QStringLiteral("process-stop"), this, QStyle::SP_BrowserStop));
    a.previousK = addAction(nullptr, tr("&Fewer Segments"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
                            tr("Show the segments of K − 1"));
    a.nextK = addAction(nullptr, tr("&More Segments"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
                        tr("Show the segments of K + 1"));
    a.compare = addAction(nullptr, tr("Comp&are Runs…"), QKeySequence(),
                          tr("Compare the two runs selected in the Project panel"));
    a.deleteRun = addAction(nullptr, tr("&Delete Run…"), QKeySequence(),
                            tr("Remove the run selected in the Project panel"));
    a.guide = addAction(nullptr, tr("User &Guide"), standardKeys(QKeySequence::HelpContents, Qt::Key_F1),
                        tr("How to use Segmenta"));
    a.guide->setIcon(themeIcon(QStringLiteral("help-contents"), this, QStyle::SP_TitleBarContextHelpButton));
    a.about = addAction(nullptr, tr("&About Segmenta"), QKeySequence(), tr("Version and libraries"));
    a.about->setMenuRole(QAction::AboutRole);
    a.fullScreen = addAction(nullptr, tr("&Full Screen"), standardKeys(QKeySequence::FullScreen, Qt::Key_F11),
                             tr("Use the whole screen"));
    a.fullScreen->setCheckable(true);
    for (int tab = 0; tab < Workspace::TabCount; ++tab) {
        QAction* action =
            addAction(nullptr, Workspace::tabTitle(Workspace::Tab(tab)),
                      QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)), m_workspace->tabToolTip(tab));
        connect(action, &QAction::triggered, this, [this, tab] { m_workspace->setCurrentIndex(tab); });
        a.tabs << action;
    }

    connect(a.newProject, &QAction::triggered, m_projects, &ProjectController::newProject);
    connect(a.open, &QAction::triggered, m_projects, &ProjectController::chooseProject);
    connect(a.openSample, &QAction::triggered, m_projects, &ProjectController::openSample);
    connect(a.import, &QAction::triggered, m_projects, [this] { m_projects->importData(); });
    connect(a.save, &QAction::triggered, m_projects, [this] { m_projects->chooseSaveAs(); });
    connect(a.saveAs, &QAction::triggered, m_projects, [this] { m_projects->chooseSaveAs(); });
    connect(a.exportPdf, &QAction::triggered, this,
            [this] { showExportDialog(int(ExportRequest::Format::Pdf)); });
    connect(a.exportXlsx, &QAction::triggered, this,
            [this] { showExportDialog(int(ExportRequest::Format::Xlsx)); });
    connect(a.exportCsv, &QAction::triggered, this,
            [this] { showExportDialog(int(ExportRequest::Format::Csv)); });
    connect(a.close, &QAction::triggered, m_projects, [this] { m_projects->closeProject(); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copyFigure, &QAction::triggered, this, [this] {
        if (ChartView* view = m_workspace->currentChartView())
            view->copyImage();
    });
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.run, &QAction::triggered, this, [this] {
        m_workspace->setCurrentIndex(Workspace::AnalysisTab);
        m_workspace->analysisForm()->run();
    });
    connect(a.cancel, &QAction::triggered, m_runner, &TaskRunner::cancel);
    const auto stepK = [this](int step) {
        const auto result = m_session->result();
        if (result && !m_session->chooseK(result->k + step))
            showMessage(tr("No K = %1 in this run, or another task is running.").arg(result->k + step));
    };
    connect(a.previousK, &QAction::triggered, this, [stepK] { stepK(-1); });
    connect(a.nextK, &QAction::triggered, this, [stepK] { stepK(+1); });
    connect(a.compare, &QAction::triggered, m_navigator, &ProjectNavigator::compareSelected);
    connect(a.deleteRun, &QAction::triggered, m_navigator, &ProjectNavigator::deleteSelectedRun);
    connect(a.guide, &QAction::triggered, this, &MainWindow::showGuide);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
}

void MainWindow::createMenus() {
    const Actions& a = m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.newProject, a.open});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(a.openSample);
    file->addSeparator();
    file->addAction(a.import);
    file->addSeparator();
    file->addActions({a.save, a.saveAs});
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->addActions({a.exportPdf, a.exportXlsx, a.exportCsv});
    file->addSeparator();
    file->addActions({a.close, a.quit});

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.copyFigure);
    edit->addSeparator();
    edit->addAction(a.preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(a.tabs);
    view->addSeparator();
    QAction* panel = m_projectDock->toggleViewAction();
    panel->setText(tr("Pro&ject Panel"));
    view->addAction(panel);
    m_toolBar = new QToolBar(tr("Toolbar"), this);
    QAction* toolBar = m_toolBar->toggleViewAction();
    toolBar->setText(tr("&Toolbar"));
    view->addAction(toolBar);
    view->addSeparator();
    view->addAction(a.fullScreen);

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addActions({a.run, a.cancel});
    analysis->addSeparator();
    analysis->addActions({a.previousK, a.nextK});
    analysis->addSeparator();
    analysis->addActions({a.compare, a.deleteRun});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.guide);
    help->addSeparator();
    help->addAction(a.about);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::createToolBar() {
    const Actions& a = m_actions;
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({a.newProject, a.open, a.save});
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.import);
    m_toolBar->addSeparator();
    m_toolBar->addActions({a.run, a.cancel});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a.exportPdf, a.guide});
    addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = Settings().recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent.at(i);
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_projects, [this, path] { m_projects->openProject(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        Settings().clearRecentProjects();
        m_welcome->setRecentProjects({});
    });
    clear->setEnabled(!recent.isEmpty());
    m_recentMenu->setEnabled(true);
}

void MainWindow::updateActions() {
    const Actions& a = m_actions;
    const bool open = m_projects->project() != nullptr;
    const bool busy = m_runner->isBusy();
    const auto result = m_session->result();
    a.save->setEnabled(open && m_projects->project()->isUntitled());
    a.saveAs->setEnabled(open);
    a.close->setEnabled(open);
    for (QAction* action : {a.exportPdf, a.exportXlsx, a.exportCsv})
        action->setEnabled(result != nullptr && !busy);
    a.run->setEnabled(open && m_session->data() != nullptr && !busy);
    a.cancel->setEnabled(busy);
    a.previousK->setEnabled(result && !busy && result->k > result->sweep.scores.front().k);
    a.nextK->setEnabled(result && !busy && result->k < result->sweep.scores.back().k);
    a.compare->setEnabled(open);
    a.deleteRun->setEnabled(open && !busy);
    a.copyFigure->setEnabled(m_workspace->currentChartView() != nullptr && result != nullptr);
    for (QAction* tab : a.tabs)
        tab->setEnabled(open);
}

void MainWindow::updateTitle() {
    Project* project = m_projects->project();
    setWindowTitle(project ? tr("%1[*] — Segmenta").arg(project->displayName()) : tr("Segmenta"));
    setWindowModified(project && project->hasUnsavedWork());
    setWindowFilePath(project ? project->path() : QString());
}

void MainWindow::projectChanged() {
    const bool open = m_projects->project() != nullptr;
    m_pages->setCurrentWidget(open ? static_cast<QWidget*>(m_workspace) : m_welcome);
    m_projectDock->setVisible(open);
    if (!open)
        m_welcome->setRecentProjects(Settings().recentProjects());
    updateTitle();
    updateActions();
}

void MainWindow::openArgument(const QString& argument) {
    if (QFileInfo(argument).suffix().compare(kProjectSuffix, Qt::CaseInsensitive) == 0)
        m_projects->openProject(argument);
    else
        m_projects->importData(argument);
}

void MainWindow::showExportDialog(int format) {
    const auto data = m_session->data();
    if (!m_session->result() || !data) {
        showError(tr("Nothing to Export"),
                  tr("Run an analysis first: the export describes the segments shown."));
        return;
    }
    QStringList pii;
    for (const ColumnInfo& column : data->columns())
        if (column.pii)
            pii << column.name;
    auto* dialog = new ExportDialog(ExportRequest::Format(format), pii,
                                    fileBaseName(tr("%1 segments").arg(m_session->datasetName())), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportRequested, m_exporter, &ReportExporter::start);
    dialog->open();
}

void MainWindow::showComparison(qint64 firstRun, qint64 secondRun) {
    Project* project = m_projects->project();
    if (!project)
        return;
    try {
        const RunRepository runs(project->store());
        const DatasetRepository datasets(project->store());
        const StoredRun first = runs.load(firstRun);
        const StoredRun second = runs.load(secondRun);
        const RunComparison comparison =
            RunComparison::of(first, first.info.chosenK, datasets.info(first.info.datasetId).name, second,
                              second.info.chosenK, datasets.info(second.info.datasetId).name);
        auto* dialog = new ComparisonDialog(comparison, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } catch (const DataError& error) {
        showError(tr("Cannot Compare the Runs"), error.message());
    }
}

void MainWindow::showPreferences() {
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showGuide() {
    auto* guide = findChild<GuideDialog*>();
    if (!guide) {
        guide = new GuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show(); // not modal: the guide stays open beside the work
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showAbout() {
    (new AboutDialog(this))->open();
}

void MainWindow::showMessage(const QString& text) {
    statusBar()->showMessage(text, kMessageMs);
}

void MainWindow::showError(const QString& title, const QString& text) {
    Notice::error(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Project* project = m_projects->project();
    if (!m_closeConfirmed && project && project->hasUnsavedWork()) {
        event->ignore();
        m_projects->closeProject([this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    m_runner->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openArgument(urls.first().toLocalFile());
}

} // namespace segmenta
