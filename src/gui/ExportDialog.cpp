#include "gui/ExportDialog.h"

#include "gui/FileChooser.h"
#include "gui/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

#include "ui_ExportDialog.h"

namespace segmenta {

ExportDialog::ExportDialog(ExportRequest::Format format, const QStringList& piiColumns,
                           const QString& baseName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_baseName(baseName) {
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("PDF report"), int(ExportRequest::Format::Pdf));
    m_ui->formatCombo->addItem(tr("Excel workbook (XLSX)"), int(ExportRequest::Format::Xlsx));
    m_ui->formatCombo->addItem(tr("CSV files (assignments, profiles, metrics)"),
                               int(ExportRequest::Format::Csv));
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
    m_ui->pageSizeCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_ui->pageSizeCombo->addItem(tr("US Letter"), int(QPageSize::Letter));
    if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada)
        m_ui->pageSizeCombo->setCurrentIndex(1);
    m_ui->delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->titleEdit->setText(tr("Customer segments"));
    m_ui->piiCheck->setEnabled(!piiColumns.isEmpty());
    m_ui->piiCheck->setChecked(false);
    m_ui->piiLabel->setText(piiColumns.isEmpty()
                                ? tr("No column of this dataset is flagged as personal data.")
                                : tr("Personal data columns: %1. They are left out unless you include them; "
                                     "every export is recorded in the project's audit log.")
                                      .arg(piiColumns.join(QStringLiteral(", "))));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    formatChanged();
}

ExportDialog::~ExportDialog() = default;

ExportRequest::Format ExportDialog::format() const {
    return ExportRequest::Format(m_ui->formatCombo->currentData().toInt());
}

void ExportDialog::formatChanged() {
    const ExportRequest::Format chosen = format();
    const bool pdf = chosen == ExportRequest::Format::Pdf;
    const bool csv = chosen == ExportRequest::Format::Csv;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->pageSizeLabel), static_cast<QWidget*>(m_ui->pageSizeCombo),
          static_cast<QWidget*>(m_ui->authorLabel), static_cast<QWidget*>(m_ui->authorEdit)})
        widget->setVisible(pdf);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->delimiterLabel), static_cast<QWidget*>(m_ui->delimiterCombo),
          static_cast<QWidget*>(m_ui->bomCheck)})
        widget->setVisible(csv);
    QString folder = Settings().lastDirectory();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        csv ? m_baseName : m_baseName + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"));
    m_ui->pathEdit->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
    m_ui->pathLabel->setText(csv ? tr("&Folder:") : tr("&Save to:"));
}

void ExportDialog::browse() {
    const ExportRequest::Format chosen = format();
    const QString current = m_ui->pathEdit->text();
    const auto chosenPath = [this](const QString& path) {
        m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    };
    if (chosen == ExportRequest::Format::Csv)
        FileChooser::ask(this, FileChooser::Mode::Directory, tr("Folder for the CSV Files"), {}, current, {},
                         chosenPath);
    else if (chosen == ExportRequest::Format::Pdf)
        FileChooser::ask(this, FileChooser::Mode::SaveFile, tr("Save PDF Report"),
                         tr("PDF documents (*.pdf)"), current, QStringLiteral("pdf"), chosenPath);
    else
        FileChooser::ask(this, FileChooser::Mode::SaveFile, tr("Save Workbook"),
                         tr("Excel workbooks (*.xlsx)"), current, QStringLiteral("xlsx"), chosenPath);
}

ExportRequest ExportDialog::request() const {
    ExportRequest request;
    request.format = format();
    request.path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    request.title = m_ui->titleEdit->text().trimmed();
    request.author = m_ui->authorEdit->text().trimmed();
    request.pageSize = QPageSize::PageSizeId(m_ui->pageSizeCombo->currentData().toInt());
    request.csv.delimiter = m_ui->delimiterCombo->currentData().toString().at(0);
    request.csv.byteOrderMark = m_ui->bomCheck->isChecked();
    request.includePii = m_ui->piiCheck->isChecked();
    return request;
}

void ExportDialog::accept() {
    if (m_ui->pathEdit->text().trimmed().isEmpty())
        return;
    emit exportRequested(request());
    QDialog::accept();
}

} // namespace segmenta
