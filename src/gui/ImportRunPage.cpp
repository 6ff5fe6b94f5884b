#include "gui/ImportRunPage.h"

#include "core/Error.h"
#include "gui/TaskRunner.h"
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QWizard>

#include "ui_ImportRunPage.h"

namespace segmenta {

namespace {
const QString kProblemStyle = QStringLiteral("color: #c0392b;");
}

ImportRunPage::ImportRunPage(ProjectStore& store, TaskRunner& runner, const ImportRequest& request,
                             QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportRunPage>())
    , m_store(store)
    , m_runner(runner)
    , m_request(request) {
    m_ui->setupUi(this);
    // Once stored, the dataset is part of the project: the report page has no way back.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Report >"));
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportRunPage::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &ImportRunPage::startImport);
    connect(&m_runner, &TaskRunner::progress, this, [this](double fraction, const QString& stage) {
        if (!m_running)
            return;
        m_ui->progressBar->setValue(int(fraction * m_ui->progressBar->maximum()));
        m_ui->stageLabel->setText(tr("%1 — %2 %").arg(stage).arg(int(fraction * 100)));
    });
    connect(&m_runner, &TaskRunner::failed, this, [this](const QString& title, const QString& message) {
        if (!m_running || title != m_title)
            return;
        m_running = false;
        showProblem(message);
    });
    connect(&m_runner, &TaskRunner::cancelled, this, [this](const QString& title) {
        if (!m_running || title != m_title)
            return;
        m_running = false;
        showProblem(tr("The import was cancelled; nothing was added to the project."));
    });
    updateControls();
}

ImportRunPage::~ImportRunPage() {
    cancelImport();
}

void ImportRunPage::initializePage() {
    m_ui->nameEdit->setText(freeDatasetName(DatasetRepository(m_store), suggestedDatasetName(m_request)));
    QString source =
        m_request.source == ImportRequest::Source::File
            ? QDir::toNativeSeparators(m_request.path)
            : tr("PostgreSQL database %1 on %2, %3")
                  .arg(m_request.connection.database,
                       m_request.connection.host.isEmpty() ? tr("this computer") : m_request.connection.host,
                       m_request.table.isEmpty() ? tr("a query") : tr("table %1").arg(m_request.table));
    if (!m_request.options.sheet.isEmpty() && m_request.source == ImportRequest::Source::File)
        source += tr(", sheet %1").arg(m_request.options.sheet);
    if (m_request.invoices)
        source += tr("; invoice lines become one row per customer");
    m_ui->summaryLabel->setText(source);
    m_ui->progressBar->setValue(0);
    m_ui->stageLabel->clear();
    m_ui->runMessageLabel->clear();
    updateControls();
}

void ImportRunPage::cleanupPage() {
    cancelImport();
}

bool ImportRunPage::isComplete() const {
    return m_datasetId != 0;
}

void ImportRunPage::startImport() {
    if (m_running || m_datasetId != 0)
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showProblem(tr("Give the dataset a name."));
        return;
    }
    if (DatasetRepository(m_store).findByName(name)) {
        showProblem(tr("The project already has a dataset named '%1'; choose another name.").arg(name));
        return;
    }
    m_datasetName = name;
    m_title = tr("Importing %1").arg(name);
    const bool started = m_runner.run<ImportOutcome>(
        m_title,
        [request = m_request](const TaskControl& control) { return prepareImport(request, control); },
        [page = QPointer(this)](ImportOutcome outcome) {
            if (page)
                page->onRead(std::move(outcome));
        });
    if (!started) {
        showProblem(tr("Another task is running; wait for it to finish or cancel it, then import."));
        return;
    }
    m_running = true;
    m_ui->runMessageLabel->clear();
    m_ui->progressBar->setValue(0);
    m_ui->stageLabel->setText(tr("Starting…"));
    updateControls();
}

void ImportRunPage::cancelImport() {
    if (m_running)
        m_runner.cancel();
}

void ImportRunPage::onRead(ImportOutcome outcome) {
    if (!m_running)
        return; // cancelled, or the user went back, while the last rows were read
    m_running = false;
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    m_ui->stageLabel->setText(tr("Rows read: %1.").arg(outcome.data.rows()));
    m_pending = std::move(outcome);
    const QList<DatasetInfo> earlier = DatasetRepository(m_store).findByHash(m_pending->sha256);
    if (earlier.isEmpty())
        store();
    else
        askAgain(earlier.first().name, earlier.first().importedAt);
    updateControls();
}

void ImportRunPage::askAgain(const QString& earlierName, const QDateTime& earlierAt) {
    m_question = new QMessageBox(
        QMessageBox::Question, tr("Already imported"),
        tr("This data was already imported as the dataset '%1' on %2.\n\nImport it again "
           "as '%3'?")
            .arg(earlierName, QLocale().toString(earlierAt.toLocalTime(), QLocale::ShortFormat),
                 m_datasetName),
        QMessageBox::NoButton, this);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* again = m_question->addButton(tr("Import &again"), QMessageBox::AcceptRole);
    m_question->addButton(QMessageBox::Cancel);
    m_question->setDefaultButton(again);
    connect(m_question, &QMessageBox::finished, this, [this, again] {
        if (m_question && m_question->clickedButton() == again) {
            store();
        } else {
            m_pending.reset();
            showProblem(tr("Nothing was imported."));
        }
        updateControls();
    });
    m_question->open();
}

void ImportRunPage::store() {
    try {
        m_datasetId = storeImport(m_store, m_datasetName, *m_pending);
    } catch (const DataError& error) {
        m_pending.reset();
        showProblem(error.message());
        return;
    }
    m_report = m_pending->report;
    m_pending.reset();
    emit datasetImported(m_datasetId);
    emit completeChanged();
    wizard()->next();
}

void ImportRunPage::showProblem(const QString& message) {
    m_ui->runMessageLabel->setText(message);
    m_ui->runMessageLabel->setStyleSheet(kProblemStyle);
    m_ui->stageLabel->clear();
    m_ui->progressBar->setValue(0);
    updateControls();
}

void ImportRunPage::updateControls() {
    const bool idle = !m_running && !m_pending && m_datasetId == 0;
    m_ui->importButton->setEnabled(idle);
    m_ui->nameEdit->setEnabled(idle);
    m_ui->cancelButton->setEnabled(m_running);
    m_ui->progressBar->setVisible(m_running || m_pending || m_datasetId != 0);
    m_ui->cancelButton->setVisible(m_running);
}

} // namespace segmenta
