#include "gui/ImportSourcePage.h"

#include "gui/ImportJob.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "ui_ImportSourcePage.h"

namespace segmenta {

ImportSourcePage::ImportSourcePage(ImportRequest& request, const QString& initialFile, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportSourcePage>())
    , m_request(request) {
    m_ui->setupUi(this);
    m_ui->sslCombo->addItems(PostgresConnection::sslModes());
    m_ui->sslCombo->setCurrentText(PostgresConnection().sslMode);
    m_ui->pathEdit->setText(initialFile);
    m_ui->queryEdit->setMaximumHeight(m_ui->queryEdit->fontMetrics().lineSpacing() * 5);

    for (QLineEdit* edit : {m_ui->pathEdit, m_ui->databaseEdit})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->tableCombo, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->queryEdit, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    for (QRadioButton* radio : {m_ui->fileRadio, m_ui->databaseRadio, m_ui->tableRadio, m_ui->queryRadio})
        connect(radio, &QRadioButton::toggled, this, &ImportSourcePage::updateSourceKind);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_ui->listTablesButton, &QPushButton::clicked, this, &ImportSourcePage::listTables);
    connect(&m_tables, &QFutureWatcher<std::pair<QStringList, QString>>::finished, this, [this] {
        const auto [tables, error] = m_tables.result();
        m_ui->listTablesButton->setEnabled(true);
        m_ui->sourceMessageLabel->setText(error);
        const QString typed = m_ui->tableCombo->currentText();
        m_ui->tableCombo->clear();
        m_ui->tableCombo->addItems(tables);
        m_ui->tableCombo->setCurrentText(typed.isEmpty() ? tables.value(0) : typed);
    });
    updateSourceKind();
}

ImportSourcePage::~ImportSourcePage() {
    m_tables.waitForFinished();
}

bool ImportSourcePage::isComplete() const {
    if (m_ui->fileRadio->isChecked())
        return !m_ui->pathEdit->text().trimmed().isEmpty();
    const bool haveTable = m_ui->tableRadio->isChecked()
                               ? !m_ui->tableCombo->currentText().trimmed().isEmpty()
                               : !m_ui->queryEdit->toPlainText().trimmed().isEmpty();
    return !m_ui->databaseEdit->text().trimmed().isEmpty() && haveTable;
}

bool ImportSourcePage::validatePage() {
    if (m_ui->databaseRadio->isChecked()) {
        m_request.source = ImportRequest::Source::Database;
        m_request.connection = connection();
        m_request.table =
            m_ui->tableRadio->isChecked() ? m_ui->tableCombo->currentText().trimmed() : QString();
        m_request.query =
            m_ui->queryRadio->isChecked() ? m_ui->queryEdit->toPlainText().trimmed() : QString();
        m_ui->sourceMessageLabel->clear();
        return true;
    }
    const QFileInfo file(m_ui->pathEdit->text().trimmed());
    if (!file.exists() || !file.isFile()) {
        m_ui->sourceMessageLabel->setText(tr("There is no file at '%1'.").arg(file.filePath()));
        return false;
    }
    if (!file.isReadable()) {
        m_ui->sourceMessageLabel->setText(
            tr("'%1' cannot be read: check its permissions.").arg(file.filePath()));
        return false;
    }
    if (m_request.source != ImportRequest::Source::File || m_request.path != file.absoluteFilePath())
        m_request.options = {}; // a new file starts from the reader's guesses
    m_request.source = ImportRequest::Source::File;
    m_request.path = file.absoluteFilePath();
    m_ui->sourceMessageLabel->clear();
    return true;
}

void ImportSourcePage::browse() {
    auto* dialog = new QFileDialog(this, tr("Import data"), QFileInfo(m_ui->pathEdit->text()).absolutePath(),
                                   tr("Tables (*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.ods);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_ui->fileRadio->setChecked(true);
        m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    });
    dialog->open();
}

void ImportSourcePage::listTables() {
    m_ui->listTablesButton->setEnabled(false);
    m_ui->sourceMessageLabel->setText(tr("Connecting to %1…").arg(m_ui->databaseEdit->text()));
    m_tables.setFuture(QtConcurrent::run([connection = connection()] {
        QString error;
        QStringList tables = PostgresReader(connection).tables(&error);
        return std::pair{tables, error};
    }));
}

void ImportSourcePage::updateSourceKind() {
    const bool database = m_ui->databaseRadio->isChecked();
    m_ui->pathEdit->setEnabled(!database);
    m_ui->browseButton->setEnabled(!database);
    m_ui->databaseBox->setEnabled(database);
    m_ui->tableCombo->setEnabled(m_ui->tableRadio->isChecked());
    m_ui->listTablesButton->setEnabled(m_ui->tableRadio->isChecked() && !m_tables.isRunning());
    m_ui->queryEdit->setEnabled(m_ui->queryRadio->isChecked());
    emit completeChanged();
}

PostgresConnection ImportSourcePage::connection() const {
    PostgresConnection connection;
    connection.host = m_ui->hostEdit->text().trimmed();
    connection.port = m_ui->portSpin->value();
    connection.database = m_ui->databaseEdit->text().trimmed();
    connection.user = m_ui->userEdit->text().trimmed();
    connection.password = m_ui->passwordEdit->text();
    connection.sslMode = m_ui->sslCombo->currentText();
    return connection;
}

} // namespace segmenta
