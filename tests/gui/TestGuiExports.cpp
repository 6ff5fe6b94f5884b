#include "gui/AnalysisForm.h"
#include "gui/AnalysisSession.h"
#include "gui/ExportDialog.h"
#include "gui/MainWindow.h"
#include "gui/Project.h"
#include "gui/ProjectController.h"
#include "gui/SegmentCard.h"
#include "gui/SegmentCardsView.h"
#include "gui/TaskRunner.h"
#include "gui/Workspace.h"
#include "store/AuditLog.h"
#include "store/DatasetRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "GuiTestSupport.h"
#include "TestSupport.h"

using namespace segmenta;

namespace {

QString textOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Output of an independent tool (pdftotext, Debian's python), empty when it fails.
QString toolOutput(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Opens File > Export for `format`, fills the path, ticks "Include personal data" if asked, and exports.
ExportDialog* exportThroughDialog(MainWindow& window, ExportRequest::Format format, const QString& path,
                                  bool includePii = false) {
    window.showExportDialog(int(format));
    ExportDialog* dialog = nullptr;
    for (ExportDialog* candidate : window.findChildren<ExportDialog*>())
        if (candidate->isVisible())
            dialog = candidate; // earlier ones are closed and wait for deletion
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(path);
    auto* pii = dialog->findChild<QCheckBox*>(QStringLiteral("piiCheck"));
    if (includePii) {
        pii->setFocus();
        QTest::keyClick(pii, Qt::Key_Space);
        if (!pii->isChecked())
            return nullptr;
    }
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return dialog;
}

QList<AuditEntry> exports(Project& project) {
    QList<AuditEntry> found;
    for (const AuditEntry& entry : AuditLog(project.store()).entries())
        if (entry.action == QStringLiteral("export"))
            found << entry;
    return found;
}

} // namespace

class TestGuiExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfXlsxCsvCarryTheNamesAndAreAudited();
    void personalDataOnlyWhenAsked();
};

void TestGuiExports::initTestCase() {
    test::isolateSettings();
}

void TestGuiExports::pdfXlsxCsvCarryTheNamesAndAreAudited() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openSampleAndWait(window));
    Project& project = *window.projects().project();
    SegmentCard* card = window.workspace()->segmentCardsView()->cards().first();
    test::typeInto(card->nameEdit(), QStringLiteral("Retail shops"));
    QTRY_COMPARE(window.session().segmentNames().first(), QStringLiteral("Retail shops"));

    QTemporaryDir dir;
    // CSV on the task runner: three files, each audited.
    ExportDialog* dialog =
        exportThroughDialog(window, ExportRequest::Format::Csv, dir.filePath(QStringLiteral("csv")));
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("piiCheck"))
                 ->isEnabled()); // the sample has no personal data
    QTRY_COMPARE_WITH_TIMEOUT(exports(project).size(), 3, 30000);
    const QString assignments = textOf(dir.filePath(QStringLiteral("csv/assignments.csv")));
    QCOMPARE(assignments.count(QStringLiteral("\r\n")), 441);
    QVERIFY(assignments.contains(QStringLiteral("Retail shops")));
    for (const AuditEntry& entry : exports(project)) {
        QCOMPARE(entry.details.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(entry.details.value(QStringLiteral("pii_included")).toBool(), false);
        QCOMPARE(entry.details.value(QStringLiteral("run_id")).toInteger(), window.session().runId());
        QVERIFY(QFileInfo::exists(entry.details.value(QStringLiteral("path")).toString()));
    }
    QTRY_VERIFY(!window.runner().isBusy());

    // PDF on the GUI thread; pdftotext reads the renamed segment back.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(exportThroughDialog(window, ExportRequest::Format::Pdf, pdf));
    QTRY_COMPARE_WITH_TIMEOUT(exports(project).size(), 4, 60000);
    const QString pdfText = toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(pdfText.contains(QStringLiteral("Retail shops")), "the PDF does not name the renamed segment");
    QCOMPARE(exports(project).last().details.value(QStringLiteral("format")).toString(),
             QStringLiteral("pdf"));

    // XLSX on the task runner; openpyxl reads the renamed segment back.
    const QString xlsx = dir.filePath(QStringLiteral("segments.xlsx"));
    QVERIFY(exportThroughDialog(window, ExportRequest::Format::Xlsx, xlsx));
    QTRY_COMPARE_WITH_TIMEOUT(exports(project).size(), 5, 60000);
    const QString cells = toolOutput(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n"
             "print('\\n'.join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row))"),
         xlsx});
    QVERIFY2(cells.contains(QStringLiteral("Retail shops")),
             "the workbook does not name the renamed segment");
}

void TestGuiExports::personalDataOnlyWhenAsked() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    window.projects().newProject();
    Project& project = *window.projects().project();

    // 60 customers: two spending columns and an e-mail address flagged as personal data.
    constexpr Index rows = 60;
    Matrix values(rows, 3);
    QStringList emails;
    for (Index r = 0; r < rows; ++r) {
        values(r, 0) = double((r * 37) % 101 + (r % 3) * 200);
        values(r, 1) = double((r * 53) % 89 + (r % 2) * 150);
        values(r, 2) = double(r);
        emails << QStringLiteral("customer%1@example.com").arg(r);
    }
    const QList<ColumnInfo> columns{
        test::columnInfo(QStringLiteral("Food"), ColumnKind::Numeric, ColumnRole::Feature),
        test::columnInfo(QStringLiteral("Drinks"), ColumnKind::Numeric, ColumnRole::Feature),
        test::columnInfo(QStringLiteral("Email"), ColumnKind::Identifier, ColumnRole::Identifier, emails,
                         true)};
    const qint64 dataset = DatasetRepository(project.store())
                               .add(QStringLiteral("Contacts"), QStringLiteral("test"), QByteArray(32, '\1'),
                                    DataMatrix(values, columns), {}, {});
    window.session().addDataset(dataset);
    AnalysisForm* form = window.workspace()->analysisForm();
    QCOMPARE(form->settings().recipe.numeric.size(), qsizetype(2)); // the identifier is no feature
    QVERIFY(form->run());
    QTRY_VERIFY_WITH_TIMEOUT(window.session().result() && !window.runner().isBusy(), 60000);

    QTemporaryDir dir;
    ExportDialog* dialog =
        exportThroughDialog(window, ExportRequest::Format::Csv, dir.filePath(QStringLiteral("without")));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(exports(project).size(), 3, 30000);
    QTRY_VERIFY(!window.runner().isBusy());
    const QString without = textOf(dir.filePath(QStringLiteral("without/assignments.csv")));
    QVERIFY(!without.isEmpty());
    QVERIFY(!without.contains(QStringLiteral("Email")));
    QVERIFY(!without.contains(QStringLiteral("@example.com")));

    QVERIFY(
        exportThroughDialog(window, ExportRequest::Format::Csv, dir.filePath(QStringLiteral("with")), true));
    QTRY_COMPARE_WITH_TIMEOUT(exports(project).size(), 6, 30000);
    const QString with = textOf(dir.filePath(QStringLiteral("with/assignments.csv")));
    QVERIFY2(with.contains(QStringLiteral("customer17@example.com")), qPrintable(with.left(300)));
    const QList<AuditEntry> entries = exports(project);
    for (int i = 0; i < entries.size(); ++i)
        QCOMPARE(entries[i].details.value(QStringLiteral("pii_included")).toBool(), i >= 3);
}

QTEST_MAIN(TestGuiExports)
#include "TestGuiExports.moc"
