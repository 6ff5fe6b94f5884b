#include "gui/ImportPreviewPage.h"

#include "gui/ImportJob.h"

#include <QFileInfo>
#include <QRegularExpression>

#include "ui_ImportPreviewPage.h"

namespace segmenta {

namespace {

constexpr int kHeaderAutomatic = 0;
constexpr int kHeaderNone = -1;
constexpr int kHeaderRow = 1;
constexpr int kMaxShownProblems = 3;

QString guess(const ReadResult& read, const QString& what) {
    for (const auto& [name, value] : read.guesses)
        if (name == what)
            return value;
    return {};
}

QChar firstCharacter(const QString& text) {
    return text.isEmpty() ? QChar() : text.front();
}

/// Problems are shown in a dark red that reads on light and dark backgrounds.
const QString kProblemStyle = QStringLiteral("color: #c0392b;");

// The readers' messages name the line (or row) and column themselves.
QString issueText(const ReadIssue& issue) {
    return issue.message;
}

/// The query without its final semicolon and the blanks and comments after it, so that it can be wrapped
/// in a sub-select: cut at the first semicolon that only blanks and comments follow.
QString withoutFinalSemicolon(const QString& query) {
    static const QRegularExpression blanksAndComments(QStringLiteral(R"(^(\s|--[^\n]*(\n|$)|/\*.*?\*/)*$)"),
                                                      QRegularExpression::DotMatchesEverythingOption);
    for (qsizetype semicolon = query.indexOf(QLatin1Char(';')); semicolon >= 0;
         semicolon = query.indexOf(QLatin1Char(';'), semicolon + 1))
        if (blanksAndComments.match(QStringView(query).sliced(semicolon + 1)).hasMatch())
            return query.left(semicolon);
    return query;
}

/// A database's first rows: the table's, or the query's wrapped in a sub-select.
ReadResult readDatabasePreview(const PostgresConnection& connection, const QString& table,
                               const QString& query, const TaskControl& control) {
    const PostgresReader reader(connection);
    if (!table.isEmpty()) {
        ReadResult first = reader.readQuery(
            QStringLiteral("SELECT * FROM %1 LIMIT %2").arg(table).arg(PreviewModel::kMaxRows), control);
        // The reader resolves names the way PostgreSQL does and names the tables there are when it fails.
        return first.ok() ? first : reader.readTable(table, control);
    }
    // The line breaks end any line comment the query closes with.
    return reader.readQuery(QStringLiteral("SELECT * FROM (\n%1\n) AS preview LIMIT %2")
                                .arg(withoutFinalSemicolon(query))
                                .arg(PreviewModel::kMaxRows),
                            control);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportRequest& request, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportPreviewPage>())
    , m_request(request) {
    m_ui->setupUi(this);
    m_ui->previewTable->setModel(&m_model);
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(m_ui->previewTable->fontMetrics().height() +
                                                                6);

    m_ui->encodingCombo->addItem(tr("Automatic"), QString());
    for (const char* name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1"})
        m_ui->encodingCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_ui->delimiterCombo->addItem(tr("Automatic"), QString());
    m_ui->delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->delimiterCombo->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    m_ui->decimalCombo->addItem(tr("Automatic"), QString());
    m_ui->decimalCombo->addItem(tr("Point ( . )"), QStringLiteral("."));
    m_ui->decimalCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_ui->dateCombo->addItem(tr("Automatic"), int(DateOrder::Detect));
    m_ui->dateCombo->addItem(tr("Day first (D/M/Y)"), int(DateOrder::DayMonthYear));
    m_ui->dateCombo->addItem(tr("Month first (M/D/Y)"), int(DateOrder::MonthDayYear));
    m_ui->headerCombo->addItem(tr("Automatic"), kHeaderAutomatic);
    m_ui->headerCombo->addItem(tr("No header row"), kHeaderNone);
    m_ui->headerCombo->addItem(tr("In row"), kHeaderRow);

    for (QComboBox* combo : {m_ui->sheetCombo, m_ui->encodingCombo, m_ui->delimiterCombo, m_ui->decimalCombo,
                             m_ui->headerCombo, m_ui->dateCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::readPreview);
    connect(m_ui->headerSpin, &QSpinBox::valueChanged, this, &ImportPreviewPage::readPreview);
    connect(m_ui->skipBadLinesCheck, &QCheckBox::toggled, this, &ImportPreviewPage::readPreview);
    connect(&m_reader, &PreviewReader::started, this, &QWizardPage::completeChanged);
    connect(&m_reader, &PreviewReader::ready, this, &ImportPreviewPage::showPreview);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage() {
    const bool file = m_request.source == ImportRequest::Source::File;
    const bool text = file && tableFormatOf(m_request.path) == TableFormat::DelimitedText;
    const bool workbook = file && !text;
    m_filling = true;
    m_sheetProblem.clear();
    m_ui->sheetCombo->clear();
    if (workbook) {
        // The sheet chosen before, else the readers' choice: the sheet holding the largest table, which the
        // first preview names.
        m_ui->sheetCombo->addItem(tr("Automatic"), QString());
        int chosen = 0;
        for (const SheetInfo& sheet : sheetsOf(m_request.path, &m_sheetProblem)) {
            if (sheet.name == m_request.options.sheet)
                chosen = m_ui->sheetCombo->count();
            m_ui->sheetCombo->addItem(sheet.hidden ? tr("%1 (hidden)").arg(sheet.name) : sheet.name,
                                      sheet.name);
        }
        m_ui->sheetCombo->setCurrentIndex(chosen);
    }
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->sheetLabel), static_cast<QWidget*>(m_ui->sheetCombo)})
        widget->setVisible(workbook);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->encodingLabel, m_ui->encodingCombo, m_ui->delimiterLabel, m_ui->delimiterCombo,
             m_ui->decimalLabel, m_ui->decimalCombo, m_ui->skipBadLinesCheck})
        widget->setVisible(text);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->headerLabel, m_ui->headerCombo, m_ui->headerSpin, m_ui->dateLabel, m_ui->dateCombo})
        widget->setVisible(file);
    const ImportOptions& options = m_request.options;
    selectData(m_ui->encodingCombo, options.csv.encoding);
    selectData(m_ui->delimiterCombo,
               options.csv.delimiter.isNull() ? QString() : QString(options.csv.delimiter));
    selectData(m_ui->decimalCombo, options.csv.decimal.isNull() ? QString() : QString(options.csv.decimal));
    selectData(m_ui->headerCombo, options.headerRow > 0 ? kHeaderRow : int(options.headerRow));
    m_ui->skipBadLinesCheck->setChecked(options.csv.skipBadLines);
    selectData(m_ui->dateCombo, int(options.csv.dateOrder));
    if (options.headerRow > 0)
        m_ui->headerSpin->setValue(int(options.headerRow));
    m_filling = false;
    setSubTitle(file ? tr("The first rows of %1 as they will be imported. Change a setting if the columns or "
                          "numbers look wrong.")
                           .arg(QFileInfo(m_request.path).fileName())
                     : tr("The first rows of the database's answer as they will be imported."));
    readPreview();
}

bool ImportPreviewPage::isComplete() const {
    return m_sheetProblem.isEmpty() && !m_reader.isBusy() && m_reader.result().ok() &&
           m_reader.result().data.cols() > 0;
}

bool ImportPreviewPage::validatePage() {
    if (!isComplete())
        return false;
    m_request.options = chosenOptions();
    return true;
}

void ImportPreviewPage::readPreview() {
    if (m_filling)
        return;
    m_ui->headerSpin->setEnabled(m_ui->headerCombo->currentData().toInt() == kHeaderRow);
    if (!m_sheetProblem.isEmpty()) {
        m_model.clear();
        m_ui->statusLabel->setText(m_sheetProblem);
        m_ui->statusLabel->setStyleSheet(kProblemStyle);
        emit completeChanged();
        return;
    }
    m_ui->statusLabel->setText(tr("Reading…"));
    m_ui->statusLabel->setStyleSheet({});
    if (m_request.source == ImportRequest::Source::File)
        m_reader.request([path = m_request.path, options = chosenOptions()](const TaskControl& control) {
            return readFilePreview(path, options, control);
        });
    else
        m_reader.request([connection = m_request.connection, table = m_request.table,
                          query = m_request.query](const TaskControl& control) {
            return readDatabasePreview(connection, table, query, control);
        });
}

void ImportPreviewPage::showPreview() {
    const ReadResult& read = m_reader.result();
    m_model.setTable(read.data, read.sourceLines);
    m_ui->previewTable->resizeColumnsToContents();
    showGuesses();
    if (!read.ok()) {
        QStringList problems;
        for (qsizetype i = 0; i < read.errors.size() && i < kMaxShownProblems; ++i)
            problems << issueText(read.errors.at(i));
        if (read.errors.size() > kMaxShownProblems)
            problems << tr("… and %1 more problems.").arg(read.errors.size() - kMaxShownProblems);
        m_ui->statusLabel->setText(
            tr("This cannot be imported as it is:\n%1").arg(problems.join(QLatin1Char('\n'))));
        m_ui->statusLabel->setStyleSheet(kProblemStyle);
    } else {
        const QString columns = tr("Columns: %1").arg(read.data.cols());
        QString status = read.data.rows() > PreviewModel::kMaxRows
                             ? tr("%1; the first %2 rows are shown.").arg(columns).arg(PreviewModel::kMaxRows)
                             : tr("%1, rows: %2.").arg(columns).arg(read.data.rows());
        if (!read.warnings.isEmpty())
            status += QLatin1Char(' ') + tr("Note: %1").arg(issueText(read.warnings.first())) +
                      (read.warnings.size() > 1 ? tr(" (and %1 more notes)").arg(read.warnings.size() - 1)
                                                : QString());
        m_ui->statusLabel->setText(status);
        m_ui->statusLabel->setStyleSheet({});
    }
    emit completeChanged();
}

void ImportPreviewPage::showGuesses() {
    const ReadResult& read = m_reader.result();
    const auto name = [this](QComboBox* combo, const QString& value) {
        const int index = combo->findData(value);
        return index > 0 ? combo->itemText(index) : value;
    };
    const std::pair<QComboBox*, QString> combos[] = {
        {m_ui->sheetCombo, QStringLiteral("sheet")},
        {m_ui->encodingCombo, QStringLiteral("encoding")},
        {m_ui->delimiterCombo, QStringLiteral("delimiter")},
        {m_ui->decimalCombo, QStringLiteral("decimal separator")}};
    for (const auto& [combo, what] : combos)
        if (const QString value = guess(read, what); !value.isEmpty())
            combo->setItemText(0, tr("Automatic: %1").arg(name(combo, value)));
    if (const QString row = guess(read, QStringLiteral("header row")); !row.isEmpty()) {
        m_ui->headerCombo->setItemText(0, tr("Automatic: row %1").arg(row));
        if (m_ui->headerCombo->currentData().toInt() != kHeaderRow) {
            const QSignalBlocker blocker(m_ui->headerSpin);
            m_ui->headerSpin->setValue(row.toInt());
        }
    }
}

ImportOptions ImportPreviewPage::chosenOptions() const {
    ImportOptions options;
    options.sheet = m_ui->sheetCombo->currentData().toString();
    options.csv.encoding = m_ui->encodingCombo->currentData().toString();
    options.csv.delimiter = firstCharacter(m_ui->delimiterCombo->currentData().toString());
    options.csv.decimal = firstCharacter(m_ui->decimalCombo->currentData().toString());
    options.csv.skipBadLines = m_ui->skipBadLinesCheck->isChecked();
    options.csv.dateOrder = DateOrder(m_ui->dateCombo->currentData().toInt());
    const int header = m_ui->headerCombo->currentData().toInt();
    options.headerRow = header == kHeaderRow ? m_ui->headerSpin->value() : header;
    return options;
}

void ImportPreviewPage::selectData(QComboBox* combo, const QVariant& value) {
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace segmenta
