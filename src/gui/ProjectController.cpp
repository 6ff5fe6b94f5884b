#include "gui/ProjectController.h"

#include "core/Error.h"
#include "gui/AnalysisSession.h"
#include "gui/FileChooser.h"
#include "gui/ImportJob.h"
#include "gui/ImportWizard.h"
#include "gui/Log.h"
#include "gui/Notice.h"
#include "gui/Project.h"
#include "gui/Settings.h"
#include "gui/TaskRunner.h"
#include "store/DatasetRepository.h"
#include "store/RunRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace segmenta {

namespace {
const QStringList kSpendingColumns{QStringLiteral("Fresh"),
                                   QStringLiteral("Milk"),
                                   QStringLiteral("Grocery"),
                                   QStringLiteral("Frozen"),
                                   QStringLiteral("Detergents_Paper"),
                                   QStringLiteral("Delicassen")};
}

ProjectController::ProjectController(AnalysisSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window) {
    connect(&m_session, &AnalysisSession::contentsChanged, this, &ProjectController::projectChanged);
    connect(&m_session, &AnalysisSession::namesChanged, this, &ProjectController::projectChanged);
    connect(&m_session, &AnalysisSession::resultChanged, this, [this] {
        if (m_sampleRunPending && m_project && m_session.runId() != 0) {
            m_sampleRunPending = false;
            m_project->setModified(false);
            emit projectChanged();
        }
    });
    const auto stopWaiting = [this] { m_sampleRunPending = false; };
    connect(&m_session.runner(), &TaskRunner::failed, this, stopWaiting);
    connect(&m_session.runner(), &TaskRunner::cancelled, this, stopWaiting);
}

ProjectController::~ProjectController() = default;

QString ProjectController::samplePath() {
    return QStringLiteral(":/segmenta/sample/wholesale_customers.csv");
}

AnalysisSettings ProjectController::sampleSettings() {
    FeatureStep step;
    step.missing = MissingRule::Median;
    step.transform = Transform::Log1p;
    step.scaling = Scaling::Standard;
    AnalysisSettings settings;
    settings.recipe = Recipe::uniform(kSpendingColumns, step);
    settings.sweep.kMin = 2;
    settings.sweep.kMax = 10;
    settings.sweep.kmeans.nInit = Settings::kDefaultRestarts;
    settings.sweep.kmeans.seed = 0;
    settings.sweep.silhouette.seed = 0;
    return settings;
}

void ProjectController::setProject(std::unique_ptr<Project> project) {
    ++m_generation;
    m_sampleRunPending = false;
    m_session.setProject(nullptr);
    m_project = std::move(project);
    m_session.setProject(m_project.get());
    emit projectChanged();
}

bool ProjectController::hasDatasets() const {
    return m_project && !DatasetRepository(m_project->store()).list().isEmpty();
}

void ProjectController::discardProject() {
    m_session.runner().cancel();
    delete m_wizard;
    setProject(nullptr);
}

void ProjectController::closeProject(const std::function<void()>& then) {
    const auto close = [this, then] {
        discardProject();
        if (then)
            then();
    };
    if (!m_project || !m_project->hasUnsavedWork())
        return close();
    Notice::ask(m_window, tr("Save Project?"),
                tr("The project “%1” has work that is not saved yet. Save it before closing?")
                    .arg(m_project->displayName()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                [this, close](QMessageBox::StandardButton answer) {
                    if (answer == QMessageBox::Discard)
                        close();
                    else if (answer == QMessageBox::Save)
                        chooseSaveAs(close);
                });
}

void ProjectController::newProject() {
    closeProject([this] {
        setProject(Project::createUntitled());
        emit message(tr("New project. Import data to start (File > Import Data)."));
    });
}

void ProjectController::chooseProject() {
    FileChooser::ask(m_window, FileChooser::Mode::OpenFile, tr("Open Project"),
                     tr("Segmenta projects (*.segmenta);;All files (*)"), {}, {},
                     [this](const QString& path) { openProject(path); });
}

void ProjectController::openProject(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_project && m_project->path() == absolute)
        return;
    closeProject([this, absolute] {
        try {
            setProject(Project::open(absolute));
        } catch (const DataError& error) {
            Settings().removeRecentProject(absolute);
            emit projectChanged();
            emit failed(tr("Cannot Open Project"), error.message());
            return;
        }
        Settings().addRecentProject(absolute);
        emit projectChanged();
        showLatestRun();
    });
}

void ProjectController::showLatestRun() {
    try {
        const QList<DatasetInfo> datasets = DatasetRepository(m_project->store()).list();
        if (datasets.isEmpty()) {
            emit message(tr("The project has no data yet. Import data to start (File > Import Data)."));
            return;
        }
        const RunRepository runs(m_project->store());
        qint64 latestRun = 0;
        qint64 latestDataset = datasets.last().id;
        for (const DatasetInfo& dataset : datasets)
            for (const RunInfo& run : runs.list(dataset.id))
                if (run.id > latestRun) {
                    latestRun = run.id;
                    latestDataset = dataset.id;
                }
        m_session.setDataset(latestDataset);
        if (latestRun != 0)
            m_session.openRun(latestRun);
    } catch (const DataError& error) {
        emit failed(tr("Cannot Show the Project"), error.message());
    }
}

void ProjectController::openSample() {
    closeProject([this] {
        setProject(Project::createUntitled());
        ImportRequest request;
        request.path = samplePath();
        const quint64 generation = m_generation;
        m_session.runner().run<ImportOutcome>(
            tr("Opening the sample"),
            [request](const TaskControl& control) { return prepareImport(request, control); },
            [this, generation](ImportOutcome outcome) {
                if (generation != m_generation || !m_project)
                    return;
                const qint64 id = storeImport(m_project->store(), tr("Wholesale customers"), outcome);
                m_session.addDataset(id);
                m_sampleRunPending = m_session.startRun(sampleSettings());
                emit message(tr("The sample is being segmented; the views fill in as soon as it is done."));
            });
    });
}

void ProjectController::importData(const QString& file) {
    if (m_session.runner().isBusy()) {
        emit message(tr("Wait for the running task to finish, or cancel it, then import."));
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    const bool created = !m_project;
    if (created)
        setProject(Project::createUntitled());
    m_wizard = new ImportWizard(m_project->store(), m_session.runner(), file, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::datasetImported, this, [this](qint64 id) {
        try {
            m_session.addDataset(id);
            emit projectChanged();
            emit message(tr("Imported “%1”. Choose the features on the Analysis tab and press Run Analysis.")
                             .arg(m_session.datasetName()));
        } catch (const DataError& error) {
            emit failed(tr("Cannot Show the Data"), error.message());
        }
    });
    // A project made only for this import goes away again when nothing was imported.
    const quint64 generation = m_generation;
    connect(m_wizard, &QWizard::finished, this, [this, created, generation] {
        if (created && generation == m_generation && !hasDatasets())
            setProject(nullptr);
    });
    m_wizard->open();
}

void ProjectController::chooseSaveAs(const std::function<void()>& then) {
    if (!m_project)
        return;
    const QString suggested = m_project->isUntitled() ? tr("Customer segments.segmenta") : m_project->path();
    FileChooser::ask(m_window, FileChooser::Mode::SaveFile, tr("Save Project As"),
                     tr("Segmenta projects (*.segmenta)"), suggested, QStringLiteral("segmenta"),
                     [this, then](const QString& path) {
                         if (saveAs(path) && then)
                             then();
                     });
}

bool ProjectController::saveAs(const QString& path) {
    if (!m_project)
        return false;
    try {
        m_project->saveAs(path);
    } catch (const DataError& error) {
        emit failed(tr("Project Not Saved"), error.message());
        return false;
    }
    m_session.setProject(m_project.get()); // the same project, now on its file
    Settings().addRecentProject(m_project->path());
    emit projectChanged();
    emit message(tr("Saved as %1. From now on every change is saved as you work.")
                     .arg(QDir::toNativeSeparators(m_project->path())));
    return true;
}

} // namespace segmenta
