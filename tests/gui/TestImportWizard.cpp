#include "gui/ImportColumnsPage.h"
#include "gui/ImportInvoicePage.h"
#include "gui/ImportWizard.h"
#include "gui/PreviewReader.h"
#include "gui/TaskRunner.h"
#include "store/AuditLog.h"
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

#include "GuiTestSupport.h"
#include "TestSupport.h"

using namespace segmenta;

namespace {

constexpr int kImportTimeoutMs = 60000;

QString wholesalePath() {
    return test::sourcePath(QStringLiteral("resources/wholesale_customers.csv"));
}

/// The file as pandas reads it: {"columns": [...], "values": [[number, text or null, ...], ...]}.
QJsonObject pandasTable(const QString& path, const QString& readOptions) {
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json, sys, pandas as pd\n"
                        "read = pd.read_excel if sys.argv[1].endswith('.xlsx') else pd.read_csv\n"
                        "df = read(sys.argv[1], **json.loads(sys.argv[2]))\n"
                        "cell = lambda v: None if pd.isna(v) else (v if isinstance(v, str) else float(v))\n"
                        "print(json.dumps({'columns': [str(c) for c in df.columns],\n"
                        "  'values': [[cell(v) for v in row] for row in df.itertuples(index=False)]}))"),
         path, readOptions});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

template <class T> T* child(const QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsWholesaleSample();
    void previewFollowsReaderSettings();
    void importsDecimalCommaFile();
    void importsChosenSheet();
    void largestSheetIsPreviewed();
    void reportListsSkippedRows();
    void askedBeforeImportingTheSameFileAgain();
    void cancelledImportAddsNothing();
    void brokenFilesAreExplained_data();
    void brokenFilesAreExplained();
    void missingFileIsExplained();
    void unreachableDatabaseIsExplained();
    void invoiceLinesBecomeCustomers();
    void badLinesAreSkippedWhenTicked();
    void proposedCategoryIsNeverAPlace();
    void previewReadsUtf16AndDateOrder();

private:
    /// Next page, checking that the wizard moved on.
    void next(ImportWizard& wizard, int expectedPage);
    /// Waits until the preview has been read and the page can go on.
    void waitForPreview(ImportWizard& wizard);
    /// Opens the wizard on its file and goes on to the preview once it is read.
    void openAtPreview(ImportWizard& wizard);
    /// From the run page: starts the import and waits for the report page.
    void runImport(ImportWizard& wizard);
    /// Drives a wizard through every page with the reader's guesses; returns the new dataset's id.
    qint64 importFile(const QString& path);
    /// The dataset's values compared with pandas reading the same file.
    void compareWithPandas(qint64 datasetId, const QString& path, const QString& pandasOptions);

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<TaskRunner> m_runner;
};

void TestImportWizard::init() {
    m_store = ProjectStore::openInMemory();
    m_runner = std::make_unique<TaskRunner>();
}

void TestImportWizard::cleanup() {
    if (m_runner->isBusy()) {
        m_runner->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_runner->isBusy(), kImportTimeoutMs);
    }
    m_runner.reset();
    m_store.reset();
}

void TestImportWizard::next(ImportWizard& wizard, int expectedPage) {
    QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled() ||
                 wizard.button(QWizard::CommitButton)->isEnabled(),
             "Next is disabled");
    wizard.next();
    QCOMPARE(wizard.currentId(), expectedPage);
}

void TestImportWizard::waitForPreview(ImportWizard& wizard) {
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto* status = child<QLabel>(wizard, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != ImportWizard::tr("Reading…") && !status->text().isEmpty(),
                             30000);
    QTRY_VERIFY2(wizard.currentPage()->isComplete(), qPrintable(status->text()));
}

void TestImportWizard::openAtPreview(ImportWizard& wizard) {
    wizard.open();
    next(wizard, ImportWizard::PreviewPage);
    waitForPreview(wizard);
}

void TestImportWizard::runImport(ImportWizard& wizard) {
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    child<QPushButton>(wizard, "importButton")->click();
    auto* message = child<QLabel>(wizard, "runMessageLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(wizard.currentId() == ImportWizard::ReportPage, qPrintable(message->text()),
                              kImportTimeoutMs);
}

qint64 TestImportWizard::importFile(const QString& path) {
    ImportWizard wizard(*m_store, *m_runner, path);
    QSignalSpy imported(&wizard, &ImportWizard::datasetImported);
    openAtPreview(wizard);
    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    runImport(wizard);
    if (QTest::currentTestFailed() || imported.size() != 1)
        return 0;
    return imported.first().first().toLongLong();
}

void TestImportWizard::compareWithPandas(qint64 datasetId, const QString& path,
                                         const QString& pandasOptions) {
    const QJsonObject reference = pandasTable(path, pandasOptions);
    if (reference.isEmpty())
        QSKIP("Debian's /usr/bin/python3 with pandas is needed for the reference values");
    const DataMatrix data = DatasetRepository(*m_store).load(datasetId);
    QStringList columns;
    for (const QJsonValue& name : reference.value(QStringLiteral("columns")).toArray())
        columns << name.toString();
    QCOMPARE(data.columnNames(), columns);
    const QJsonArray rows = reference.value(QStringLiteral("values")).toArray();
    QCOMPARE(data.rows(), Index(rows.size()));
    for (Index r = 0; r < data.rows(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        for (Index c = 0; c < data.cols(); ++c) {
            const QJsonValue expected = row.at(c);
            const QString where = QStringLiteral("row %1, column %2").arg(r + 1).arg(data.column(c).name);
            if (expected.isNull())
                QVERIFY2(data.isMissing(r, c), qPrintable(where));
            else if (expected.isString())
                QCOMPARE(data.displayText(r, c), expected.toString());
            else
                QVERIFY2(data.values()(r, c) == expected.toDouble(),
                         qPrintable(
                             where +
                             QStringLiteral(": %1 != %2").arg(data.values()(r, c)).arg(expected.toDouble())));
        }
    }
}

void TestImportWizard::importsWholesaleSample() {
    ImportWizard wizard(*m_store, *m_runner, wholesalePath());
    QSignalSpy imported(&wizard, &ImportWizard::datasetImported);
    wizard.open();
    QCOMPARE(child<QLineEdit>(wizard, "pathEdit")->text(), wholesalePath());
    test::saveScreenshot(&wizard, QStringLiteral("import_1_source.png"));

    next(wizard, ImportWizard::PreviewPage);
    waitForPreview(wizard);
    auto* preview = child<QTableView>(wizard, "previewTable");
    QCOMPARE(preview->model()->columnCount(), 8);
    QCOMPARE(preview->model()->rowCount(), 200);                             // the first 200 of 440
    QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toLongLong(), 2); // line 2 follows the header
    QCOMPARE(preview->model()->data(preview->model()->index(0, 2)).toString(), QStringLiteral("12669"));
    test::saveScreenshot(&wizard, QStringLiteral("import_2_preview.png"));

    next(wizard, ImportWizard::ColumnsPage);
    auto* table = child<QTableView>(wizard, "columnsTable");
    QAbstractItemModel* columns = table->model();
    QCOMPARE(columns->rowCount(), 8);
    const auto rowOf = [columns](const QString& name) {
        for (int row = 0; row < columns->rowCount(); ++row)
            if (columns->index(row, ImportColumnsPage::NameColumn).data().toString() == name)
                return row;
        return -1;
    };
    // The user ignores Fresh with the role's combo box and marks Region as personal data.
    const QModelIndex freshRole =
        columns->index(rowOf(QStringLiteral("Fresh")), ImportColumnsPage::RoleColumn);
    table->openPersistentEditor(freshRole);
    auto* roleCombo = qobject_cast<QComboBox*>(table->indexWidget(freshRole));
    QVERIFY(roleCombo);
    roleCombo->setCurrentIndex(roleCombo->findData(int(ColumnRole::Ignored)));
    QCOMPARE(freshRole.data(Qt::UserRole).toInt(), int(ColumnRole::Ignored));
    columns->setData(columns->index(rowOf(QStringLiteral("Region")), ImportColumnsPage::PiiColumn),
                     Qt::Checked, Qt::CheckStateRole);
    test::saveScreenshot(&wizard, QStringLiteral("import_3_columns.png"));
    table->closePersistentEditor(freshRole);

    next(wizard, ImportWizard::RunPage);
    QCOMPARE(child<QLineEdit>(wizard, "nameEdit")->text(), QStringLiteral("wholesale_customers"));
    test::saveScreenshot(&wizard, QStringLiteral("import_4_run.png"));
    runImport(wizard);
    test::saveScreenshot(&wizard, QStringLiteral("import_5_report.png"));
    QCOMPARE(imported.size(), 1);
    const qint64 id = imported.first().first().toLongLong();
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() ||
            !wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, "reportSummaryLabel")->text().contains(QStringLiteral("440 of 440")));

    const DatasetInfo info = DatasetRepository(*m_store).list().value(0);
    QCOMPARE(info.id, id);
    QCOMPARE(info.rowCount, 440);
    QCOMPARE(info.importReport.value(QStringLiteral("rows_read")).toInteger(), 440);
    QCOMPARE(info.importReport.value(QStringLiteral("guesses"))
                 .toObject()
                 .value(QStringLiteral("delimiter"))
                 .toString(),
             QStringLiteral(","));
    const DataMatrix data = DatasetRepository(*m_store).load(id);
    QVERIFY(data.column(data.columnIndex(QStringLiteral("Fresh"))).role == ColumnRole::Ignored);
    QVERIFY(data.column(data.columnIndex(QStringLiteral("Milk"))).role == ColumnRole::Feature);
    QVERIFY(data.column(data.columnIndex(QStringLiteral("Region"))).pii);
    QVERIFY(!data.column(data.columnIndex(QStringLiteral("Channel"))).pii);
    const QList<AuditEntry> audit = AuditLog(*m_store).entries();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("import"));
    QCOMPARE(audit.first().details.value(QStringLiteral("rows")).toInteger(), 440);
    compareWithPandas(id, wholesalePath(), QStringLiteral("{}"));
}

void TestImportWizard::previewFollowsReaderSettings() {
    ImportWizard wizard(*m_store, *m_runner, wholesalePath());
    openAtPreview(wizard);
    auto* delimiter = child<QComboBox>(wizard, "delimiterCombo");
    auto* preview = child<QTableView>(wizard, "previewTable");
    QVERIFY2(delimiter->currentText().contains(QStringLiteral("Comma")),
             qPrintable(delimiter->currentText()));
    QCOMPARE(child<QComboBox>(wizard, "encodingCombo")->currentText(), QStringLiteral("Automatic: UTF-8"));
    QCOMPARE(child<QComboBox>(wizard, "headerCombo")->currentText(), QStringLiteral("Automatic: row 1"));

    // A semicolon splits nothing: no line looks like a header any more, which is said.
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    auto* status = child<QLabel>(wizard, "statusLabel");
    QTRY_VERIFY2(status->text().contains(QStringLiteral("No header line")), qPrintable(status->text()));
    QCOMPARE(preview->model()->columnCount(), 0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // With the header in row 1, each line is one column.
    auto* header = child<QComboBox>(wizard, "headerCombo");
    header->setCurrentIndex(header->findData(1));
    child<QSpinBox>(wizard, "headerSpin")->setValue(1);
    QTRY_COMPARE(preview->model()->columnCount(), 1);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Channel,Region,Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen"));
    QCOMPARE(preview->model()->data(preview->model()->index(0, 0)).toString(),
             QStringLiteral("2,3,12669,9656,7561,214,2674,1338"));
    delimiter->setCurrentIndex(0);
    header->setCurrentIndex(0);
    QTRY_COMPARE(preview->model()->columnCount(), 8);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Without a header row, the names become data and the columns get generic names.
    header->setCurrentIndex(header->findData(-1));
    QTRY_COMPARE(preview->model()->headerData(0, Qt::Vertical).toLongLong(), 1);
    QCOMPARE(preview->model()->data(preview->model()->index(0, 0)).toString(), QStringLiteral("Channel"));
    // The header in row 3 makes row 3's values the names.
    header->setCurrentIndex(header->findData(1));
    child<QSpinBox>(wizard, "headerSpin")->setValue(3);
    QTRY_COMPARE(preview->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("7057"));
}

void TestImportWizard::importsDecimalCommaFile() {
    const QString path = test::sourcePath(QStringLiteral("tests/fixtures/csv/decimal_comma.csv"));
    ImportWizard wizard(*m_store, *m_runner, path);
    openAtPreview(wizard);
    auto* delimiter = child<QComboBox>(wizard, "delimiterCombo");
    auto* decimal = child<QComboBox>(wizard, "decimalCombo");
    auto* preview = child<QTableView>(wizard, "previewTable");
    QVERIFY2(delimiter->currentText().contains(QStringLiteral("Semicolon")),
             qPrintable(delimiter->currentText()));
    QVERIFY2(decimal->currentText().contains(QStringLiteral("Comma")), qPrintable(decimal->currentText()));
    QCOMPARE(preview->model()->columnCount(), 4);
    QCOMPARE(preview->model()->data(preview->model()->index(0, 2)).toString(), QStringLiteral("1234.56"));

    // A comma delimiter splits the decimal commas: the preview re-splits into other columns, and the
    // lines that no longer fit under the header found are reported as skipped.
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    auto* status = child<QLabel>(wizard, "statusLabel");
    QTRY_COMPARE(preview->model()->columnCount(), 2);
    QVERIFY2(status->text().contains(QStringLiteral("skipped")), qPrintable(status->text()));
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("4;horeca;-3"));
    test::saveScreenshot(&wizard, QStringLiteral("import_2b_preview_resplit.png"));

    // A decimal point makes "0,25" text; back to the guesses and the file reads as before.
    delimiter->setCurrentIndex(0);
    decimal->setCurrentIndex(decimal->findData(QStringLiteral(".")));
    QTRY_COMPARE(preview->model()->columnCount(), 4);
    QTRY_COMPARE(preview->model()->data(preview->model()->index(0, 3)).toString(), QStringLiteral("0,25"));
    decimal->setCurrentIndex(0);
    QTRY_COMPARE(preview->model()->data(preview->model()->index(0, 3)).toString(), QStringLiteral("0.25"));

    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    QSignalSpy imported(&wizard, &ImportWizard::datasetImported);
    runImport(wizard);
    QCOMPARE(imported.size(), 1);
    compareWithPandas(imported.first().first().toLongLong(), path,
                      QStringLiteral(R"({"sep": ";", "decimal": ",", "thousands": "."})"));
}

void TestImportWizard::importsChosenSheet() {
    const QString path = test::sourcePath(QStringLiteral("tests/fixtures/xlsx/types.xlsx"));
    ImportWizard wizard(*m_store, *m_runner, path);
    openAtPreview(wizard);
    auto* sheets = child<QComboBox>(wizard, "sheetCombo");
    auto* preview = child<QTableView>(wizard, "previewTable");
    QVERIFY(sheets->isVisible());
    QVERIFY(!child<QComboBox>(wizard, "delimiterCombo")->isVisible());
    // "Automatic", then the workbook's sheets in order, the hidden one marked; the sheet holding the largest
    // table is read and named.
    QCOMPARE(sheets->count(), 4);
    QCOMPARE(sheets->itemText(1), QStringLiteral("Notes (hidden)"));
    QTRY_COMPARE(sheets->currentText(), QStringLiteral("Automatic: Data"));
    QCOMPARE(preview->model()->columnCount(), 11);
    QCOMPARE(preview->model()->rowCount(), 4);
    sheets->setCurrentIndex(sheets->findData(QStringLiteral("Second")));
    QTRY_COMPARE(preview->model()->columnCount(), 2);
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    test::saveScreenshot(&wizard, QStringLiteral("import_2d_workbook.png"));
    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    QCOMPARE(child<QLineEdit>(wizard, "nameEdit")->text(), QStringLiteral("types – Second"));
    QSignalSpy imported(&wizard, &ImportWizard::datasetImported);
    runImport(wizard);
    QCOMPARE(imported.size(), 1);
    compareWithPandas(imported.first().first().toLongLong(), path,
                      QStringLiteral(R"({"sheet_name": "Second"})"));
}

// A workbook whose first sheet is a summary of the data (made by pandas/openpyxl): the preview reads the data
// sheet and says so in the sheet box.
void TestImportWizard::largestSheetIsPreviewed() {
    const QString path = test::sourcePath(QStringLiteral("tests/fixtures/data/defaults_messy.xlsx"));
    ImportWizard wizard(*m_store, *m_runner, path);
    openAtPreview(wizard);
    auto* sheets = child<QComboBox>(wizard, "sheetCombo");
    QTRY_COMPARE(sheets->currentText(), QStringLiteral("Automatic: Customers"));
    QCOMPARE(child<QTableView>(wizard, "previewTable")->model()->columnCount(), 14); // the summary has 6
}

void TestImportWizard::reportListsSkippedRows() {
    // A title, a note, a blank line and a # comment above the header on line 5.
    const qint64 id = importFile(test::sourcePath(QStringLiteral("tests/fixtures/csv/title_rows.csv")));
    QVERIFY(id > 0);
    const QJsonObject report = DatasetRepository(*m_store).list().first().importReport;
    const QJsonArray skipped = report.value(QStringLiteral("rows_skipped")).toArray();
    QVERIFY(!skipped.isEmpty());
    QCOMPARE(skipped.first()[QLatin1String("row")].toInteger(), 1);
    QCOMPARE(
        report.value(QStringLiteral("guesses")).toObject().value(QStringLiteral("header row")).toString(),
        QStringLiteral("5"));

    // The page shows the same: each skipped row with its reason.
    ImportWizard wizard(*m_store, *m_runner,
                        test::sourcePath(QStringLiteral("tests/fixtures/csv/decimal_comma.csv")));
    openAtPreview(wizard);
    child<QComboBox>(wizard, "delimiterCombo")->setCurrentIndex(1); // comma: lines 1-4 fall above the header
    QTRY_COMPARE(child<QTableView>(wizard, "previewTable")->model()->columnCount(), 2);
    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    runImport(wizard);
    const QString shown = child<QTextBrowser>(wizard, "reportView")->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Row 1")) &&
                 shown.contains(QStringLiteral("Line 1 is above the header (line 5)")),
             qPrintable(shown));
    QVERIFY(child<QLabel>(wizard, "reportSummaryLabel")
                ->text()
                .contains(QStringLiteral("1 of 5 rows read were imported, 4 skipped")));
    test::saveScreenshot(&wizard, QStringLiteral("import_5c_skipped_rows.png"));
}

/// A line with the wrong number of fields stops the import, with a message naming the check box that
/// skips such lines; ticked, the line is skipped and listed in the report.
void TestImportWizard::badLinesAreSkippedWhenTicked() {
    ImportWizard wizard(*m_store, *m_runner,
                        test::sourcePath(QStringLiteral("tests/fixtures/csv/ragged.csv")));
    wizard.open();
    next(wizard, ImportWizard::PreviewPage);
    auto* status = child<QLabel>(wizard, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != ImportWizard::tr("Reading…") && !status->text().isEmpty(),
                             30000);
    auto* skip = child<QCheckBox>(wizard, "skipBadLinesCheck");
    QVERIFY2(status->text().contains(skip->text().remove(QLatin1Char('&'))), qPrintable(status->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    skip->setChecked(true);
    waitForPreview(wizard);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    runImport(wizard);
    const QJsonArray skipped = DatasetRepository(*m_store)
                                   .list()
                                   .first()
                                   .importReport.value(QStringLiteral("rows_skipped"))
                                   .toArray();
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.first()[QLatin1String("row")].toInteger(), 3);
    QCOMPARE(skipped.first()[QLatin1String("reason")].toString(),
             QStringLiteral("Line 3 has 2 fields, the header has 3; it was skipped."));
    QVERIFY(child<QTextBrowser>(wizard, "reportView")
                ->toPlainText()
                .contains(QStringLiteral("Line 5 has 4 fields")));
}

/// UTF-16 without a BOM previews as the reader reads it; the Dates box reads a column that never tells day
/// from month month first.
void TestImportWizard::previewReadsUtf16AndDateOrder() {
    const ReadResult utf16 =
        readFilePreview(test::sourcePath(QStringLiteral("tests/fixtures/csv/utf16be_nobom.csv")), {}, {});
    QVERIFY(utf16.ok());
    QCOMPARE(utf16.data.rows(), 4);
    QCOMPARE(utf16.data.column(0).levels.first(), QStringLiteral("Müller"));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("visits.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Customer,Visit\nA,1/2/2012\nB,3/4/2012\n");
    file.close();
    ImportWizard wizard(*m_store, *m_runner, file.fileName());
    openAtPreview(wizard);
    QVERIFY(child<QLabel>(wizard, "statusLabel")->text().contains(QStringLiteral("--date-format M/D/Y")));
    auto* dates = child<QComboBox>(wizard, "dateCombo");
    dates->setCurrentIndex(dates->findData(int(DateOrder::MonthDayYear)));
    waitForPreview(wizard);
    QVERIFY(!child<QLabel>(wizard, "statusLabel")->text().contains(QStringLiteral("--date-format")));
    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    runImport(wizard);
    const DataMatrix data = DatasetRepository(*m_store).load(DatasetRepository(*m_store).list().first().id);
    QCOMPARE(data.values()(0, 1), double(QDate(1970, 1, 1).daysTo(QDate(2012, 1, 2))));
}

/// The invoice page proposes a product category, never a place, and nothing when no column fits.
void TestImportWizard::proposedCategoryIsNeverAPlace() {
    const auto column = [](const char* name, int levels) {
        ColumnInfo info;
        info.name = QString::fromLatin1(name);
        info.kind = ColumnKind::Categorical;
        for (int i = 0; i < levels; ++i)
            info.levels << QString::number(i);
        return info;
    };
    QCOMPARE(proposedCategory({column("Country", 30), column("Product Category", 8)}),
             QStringLiteral("Product Category"));
    QCOMPARE(proposedCategory({column("Country", 30), column("Region", 5), column("Customer type", 1)}),
             QString());
    QCOMPARE(proposedCategory({column("Product group", 31), column("Categoria", 12)}),
             QStringLiteral("Categoria"));
    QCOMPARE(proposedCategory({column("Country group", 4), column("Warengruppe", 6)}),
             QStringLiteral("Warengruppe"));
}

void TestImportWizard::askedBeforeImportingTheSameFileAgain() {
    const qint64 first = importFile(wholesalePath());
    QVERIFY(first > 0);

    ImportWizard wizard(*m_store, *m_runner, wholesalePath());
    QSignalSpy imported(&wizard, &ImportWizard::datasetImported);
    openAtPreview(wizard);
    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    QCOMPARE(child<QLineEdit>(wizard, "nameEdit")->text(), QStringLiteral("wholesale_customers (2)"));
    auto* importButton = child<QPushButton>(wizard, "importButton");

    // Cancel: nothing is added.
    importButton->click();
    QMessageBox* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = wizard.findChild<QMessageBox*>()) && question->isVisible(),
                             kImportTimeoutMs);
    QVERIFY2(question->text().contains(QStringLiteral("'wholesale_customers'")),
             qPrintable(question->text()));
    QVERIFY(question->text().contains(QStringLiteral("'wholesale_customers (2)'")));
    test::saveScreenshot(question, QStringLiteral("import_4b_duplicate_question.png"));
    question->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE(child<QLabel>(wizard, "runMessageLabel")->text(), QStringLiteral("Nothing was imported."));
    QCOMPARE(DatasetRepository(*m_store).list().size(), 1);
    QCOMPARE(imported.size(), 0);
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));

    // Import again: a second dataset under the new name.
    QTRY_VERIFY(importButton->isEnabled());
    importButton->click();
    QTRY_VERIFY_WITH_TIMEOUT((question = wizard.findChild<QMessageBox*>()) && question->isVisible(),
                             kImportTimeoutMs);
    QAbstractButton* again = nullptr;
    for (QAbstractButton* button : question->buttons())
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            again = button;
    QVERIFY(again);
    again->click();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    QCOMPARE(imported.size(), 1);
    const QList<DatasetInfo> datasets = DatasetRepository(*m_store).list();
    QCOMPARE(datasets.size(), 2);
    QCOMPARE(datasets.at(1).name, QStringLiteral("wholesale_customers (2)"));
    QCOMPARE(datasets.at(1).sourceSha256, datasets.at(0).sourceSha256);
    QCOMPARE(datasets.at(1).rowCount, 440);
}

void TestImportWizard::cancelledImportAddsNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "id,region,spend,visits,score\n";
        for (int i = 1; i <= 300000; ++i) {
            text += QByteArray::number(i) + ',' + QByteArray::number(i % 3 + 1) + ',' +
                    QByteArray::number(i * 1.25, 'f', 2) + ',' + QByteArray::number(i % 17) + ',' +
                    QByteArray::number(std::sin(i), 'f', 6) + '\n';
        }
        QVERIFY(file.write(text) == text.size());
    }
    ImportWizard wizard(*m_store, *m_runner, path);
    openAtPreview(wizard);
    next(wizard, ImportWizard::ColumnsPage);
    next(wizard, ImportWizard::RunPage);
    auto* cancel = child<QPushButton>(wizard, "cancelButton");
    QVERIFY(!cancel->isVisible());
    child<QPushButton>(wizard, "importButton")->click();
    QVERIFY(m_runner->isBusy());
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTRY_VERIFY(child<QProgressBar>(wizard, "progressBar")->value() > 0);
    test::saveScreenshot(&wizard, QStringLiteral("import_4c_running.png"));
    cancel->click();
    auto* message = child<QLabel>(wizard, "runMessageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("cancelled")), 10000);
    QTRY_VERIFY(!m_runner->isBusy());
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    QVERIFY(DatasetRepository(*m_store).list().isEmpty());
    QVERIFY(AuditLog(*m_store).entries().isEmpty());
    QVERIFY(child<QPushButton>(wizard, "importButton")->isEnabled()); // it can be tried again
}

void TestImportWizard::brokenFilesAreExplained_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("legacy xls") << QStringLiteral("tests/fixtures/xlsx/legacy.xls")
                                << QStringLiteral("Excel 97-2003");
    QTest::newRow("password ods") << QStringLiteral("tests/fixtures/ods/encrypted.ods")
                                  << QStringLiteral("password");
    QTest::newRow("not a zip") << QStringLiteral("tests/fixtures/ods/not_zip.ods") << QStringLiteral("not");
    QTest::newRow("ragged csv") << QStringLiteral("tests/fixtures/csv/ragged.csv")
                                << QStringLiteral("Line 3");
}

void TestImportWizard::brokenFilesAreExplained() {
    QFETCH(QString, file);
    QFETCH(QString, problem);
    ImportWizard wizard(*m_store, *m_runner, test::sourcePath(file));
    wizard.open();
    next(wizard, ImportWizard::PreviewPage);
    auto* status = child<QLabel>(wizard, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != ImportWizard::tr("Reading…") && !status->text().isEmpty(),
                             30000);
    QVERIFY2(status->text().contains(problem), qPrintable(status->text()));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    if (qstrcmp(QTest::currentDataTag(), "password ods") == 0)
        test::saveScreenshot(&wizard, QStringLiteral("import_2c_password.png"));
    // Still usable: back to the first page and on with a good file.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
    child<QLineEdit>(wizard, "pathEdit")->setText(wholesalePath());
    next(wizard, ImportWizard::PreviewPage);
    waitForPreview(wizard);
    QVERIFY(DatasetRepository(*m_store).list().isEmpty());
}

void TestImportWizard::missingFileIsExplained() {
    ImportWizard wizard(*m_store, *m_runner, QStringLiteral("/nonexistent/customers.csv"));
    wizard.open();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
    QCOMPARE(child<QLabel>(wizard, "sourceMessageLabel")->text(),
             QStringLiteral("There is no file at '/nonexistent/customers.csv'."));
}

void TestImportWizard::unreachableDatabaseIsExplained() {
    ImportWizard wizard(*m_store, *m_runner);
    wizard.open();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
    child<QRadioButton>(wizard, "databaseRadio")->setChecked(true);
    QVERIFY(!child<QLineEdit>(wizard, "pathEdit")->isEnabled());
    child<QLineEdit>(wizard, "hostEdit")->setText(QStringLiteral("/nonexistent/segmenta-socket-dir"));
    child<QLineEdit>(wizard, "databaseEdit")->setText(QStringLiteral("shop"));
    child<QLineEdit>(wizard, "passwordEdit")->setText(QStringLiteral("secret"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no table yet
    child<QComboBox>(wizard, "tableCombo")->setCurrentText(QStringLiteral("customers"));
    test::saveScreenshot(&wizard, QStringLiteral("import_1b_database.png"));
    next(wizard, ImportWizard::PreviewPage);
    auto* status = child<QLabel>(wizard, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != ImportWizard::tr("Reading…") && !status->text().isEmpty(),
                             30000);
    QVERIFY2(status->text().contains(QStringLiteral("shop")) ||
                 status->text().contains(QStringLiteral("PSQL")),
             qPrintable(status->text()));
    QVERIFY(!status->text().contains(QStringLiteral("secret")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(DatasetRepository(*m_store).list().isEmpty());
}

void TestImportWizard::invoiceLinesBecomeCustomers() {
    const QJsonObject reference = test::loadReference(QStringLiteral("invoice_online_retail_subset.json"))
                                      .value(QStringLiteral("scenarios"))
                                      .toArray()
                                      .first()
                                      .toObject();
    ImportWizard wizard(*m_store, *m_runner,
                        test::sourcePath(QStringLiteral("tests/fixtures/invoice/online_retail_subset.csv")));
    QSignalSpy imported(&wizard, &ImportWizard::datasetImported);
    openAtPreview(wizard);
    next(wizard, ImportWizard::ColumnsPage);
    child<QCheckBox>(wizard, "invoiceCheck")->setChecked(true);
    next(wizard, ImportWizard::InvoicePage);
    // Preselected by name; the date is the InvoiceDays column, as in the reference.
    QCOMPARE(child<QComboBox>(wizard, "customerCombo")->currentText(), QStringLiteral("CustomerID"));
    QCOMPARE(child<QComboBox>(wizard, "quantityCombo")->currentText(), QStringLiteral("Quantity"));
    QCOMPARE(child<QComboBox>(wizard, "priceCombo")->currentText(), QStringLiteral("UnitPrice"));
    QCOMPARE(child<QComboBox>(wizard, "invoiceCombo")->currentText(), QStringLiteral("InvoiceNo"));
    // No spend category unless chosen: Country is a place, not a kind of product.
    auto* category = child<QComboBox>(wizard, "categoryCombo");
    QCOMPARE(category->currentData().toString(), QString());
    category->setCurrentIndex(category->findData(QStringLiteral("Country")));
    auto* date = child<QComboBox>(wizard, "dateCombo");
    date->setCurrentIndex(date->findData(QStringLiteral("InvoiceDays")));
    test::saveScreenshot(&wizard, QStringLiteral("import_3b_invoices.png"));
    next(wizard, ImportWizard::RunPage);
    QCOMPARE(child<QLineEdit>(wizard, "nameEdit")->text(),
             QStringLiteral("online_retail_subset (customers)"));
    runImport(wizard);
    test::saveScreenshot(&wizard, QStringLiteral("import_5b_invoice_report.png"));
    QCOMPARE(imported.size(), 1);

    const DataMatrix data = DatasetRepository(*m_store).load(imported.first().first().toLongLong());
    QStringList columns;
    for (const QJsonValue& name : reference.value(QStringLiteral("columns")).toArray())
        columns << name.toString();
    QCOMPARE(data.columnNames(), columns);
    const QJsonArray customers = reference.value(QStringLiteral("customers")).toArray();
    const QJsonArray values = reference.value(QStringLiteral("values")).toArray();
    QCOMPARE(data.rows(), Index(customers.size()));
    const Index recency = data.columnIndex(QStringLiteral("Recency")); // the reference uses another day
    for (Index r = 0; r < data.rows(); ++r) {
        QCOMPARE(data.values()(r, 0), customers.at(r).toDouble());
        for (Index c = 1; c < data.cols(); ++c) {
            const QJsonValue expected = values.at(r).toArray().at(c - 1);
            const QString where = QStringLiteral("row %1, %2").arg(r + 1).arg(columns.at(c));
            if (c == recency)
                continue;
            if (expected.isNull()) // no purchase, so no average basket
                QVERIFY2(std::isnan(data.values()(r, c)), qPrintable(where));
            else
                QVERIFY2(test::relativeDiff(data.values()(r, c), expected.toDouble()) < 1e-9,
                         qPrintable(where));
        }
    }
    const QJsonObject report = DatasetRepository(*m_store).list().first().importReport;
    const QJsonObject invoices = report.value(QStringLiteral("invoices")).toObject();
    const QJsonObject expected = reference.value(QStringLiteral("report")).toObject();
    const QString mismatch = test::invoiceCountsMismatch(invoices, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(report.value(QStringLiteral("rows_imported")).toInteger(), 300);
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
