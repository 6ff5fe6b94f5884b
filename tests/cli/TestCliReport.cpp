// segmenta-cli report and analyze --pdf/--xlsx/--csv, end to end and without a display: the files are read
// back with poppler and Python, the project's names and notes appear, PII stays out unless asked for, and
// every export is in the audit log.
#include "store/AuditLog.h"
#include "store/ProjectStore.h"
#include "store/RunRepository.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

const QString kSpending = QStringLiteral("Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen");

/// The environment of a machine with no display at all.
QProcessEnvironment headless() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The rows of a CSV file as Python's csv module reads them, header first.
QJsonArray csvRows(const QString& path) {
    const QString script = QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                          "    print(json.dumps(list(csv.reader(f))))\n");
    return QJsonDocument::fromJson(
               run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}).toUtf8())
        .array();
}

int column(const QJsonArray& rows, const QString& name) {
    const QJsonArray header = rows.at(0).toArray();
    for (qsizetype c = 0; c < header.size(); ++c)
        if (header.at(c).toString() == name)
            return int(c);
    return -1;
}

/// A project with the Wholesale sample imported and analysed for K 2..4.
QString analysedProject(const QTemporaryDir& dir) {
    const QString project = dir.filePath(QStringLiteral("p.segmenta"));
    if (!importSample(project) ||
        runCli({QStringLiteral("analyze"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
                QStringLiteral("wholesale_customers"), QStringLiteral("--features"), kSpending,
                QStringLiteral("--log1p"), QStringLiteral("--k"), QStringLiteral("2..4")})
                .exitCode != 0)
        return {};
    return project;
}

QList<AuditEntry> exports(const QString& project) {
    QList<AuditEntry> found;
    const auto store = ProjectStore::openFile(project);
    for (const AuditEntry& entry : AuditLog(*store).entries())
        if (entry.action == QLatin1String("export"))
            found << entry;
    return found;
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        for (const char* tool : {"pdftotext", "pdfinfo"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils is not installed (packaging/install-deps.sh installs it)");
    }

    // The latest run is reported with the names and notes the analyst saved in the project.
    void reportOfAStoredRun() {
        QTemporaryDir dir;
        const QString project = analysedProject(dir);
        QVERIFY(!project.isEmpty());
        qint64 runId = 0;
        int chosenK = 0;
        {
            const auto store = ProjectStore::openFile(project);
            RunRepository runs(*store);
            const RunInfo info = runs.list(1).constFirst();
            runId = info.id;
            chosenK = info.chosenK;
            runs.setSegmentName(runId, chosenK, 0, QStringLiteral("Hotels and cafés"),
                                QStringLiteral("Call every month"));
        }
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const QString xlsx = dir.filePath(QStringLiteral("r.xlsx"));
        const QString csv = dir.filePath(QStringLiteral("csv"));
        const QString charts = dir.filePath(QStringLiteral("charts"));
        const CliRun report =
            runCli({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--pdf"),
                    pdf, QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv,
                    QStringLiteral("--charts"), charts, QStringLiteral("--dpi"), QStringLiteral("96"),
                    QStringLiteral("--author"), QStringLiteral("A. Analyst")},
                   headless());
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));

        // pdftotext may give accented letters decomposed.
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_C);
        QVERIFY2(text.contains(QStringLiteral("Hotels and cafés")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("Call every month")));
        QVERIFY(text.contains(QLatin1String("A. Analyst")));
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QLatin1String("Pages:")));
        QVERIFY(QFile::exists(xlsx));

        // The assignments are the stored run's, row for row.
        const QJsonArray rows = csvRows(csv + QStringLiteral("/assignments.csv"));
        QCOMPARE(rows.size(), 441);
        const int segmentColumn = column(rows, QStringLiteral("segment"));
        const int nameColumn = column(rows, QStringLiteral("segment_name"));
        QVERIFY(segmentColumn >= 0 && nameColumn >= 0);
        const auto store = ProjectStore::openFile(project);
        QSqlQuery stored(store->database());
        QVERIFY(stored.exec(
            QStringLiteral("SELECT segment FROM assignments WHERE run_id = %1 ORDER BY row_number")
                .arg(runId)));
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QVERIFY(stored.next());
            const QJsonArray row = rows.at(r).toArray();
            QCOMPARE(row.at(segmentColumn).toString().toInt(), stored.value(0).toInt());
            if (stored.value(0).toInt() == 1)
                QCOMPARE(row.at(nameColumn).toString(), QStringLiteral("Hotels and cafés"));
        }

        // Every figure as PNG (960 × 640 at 96 dpi) and SVG, with the project's names.
        const QStringList figures{QStringLiteral("k_selection"),    QStringLiteral("segment_map"),
                                  QStringLiteral("profiles"),       QStringLiteral("zscores"),
                                  QStringLiteral("silhouette"),     QStringLiteral("crosstab_Channel"),
                                  QStringLiteral("crosstab_Region")};
        for (const QString& figure : figures) {
            QCOMPARE(QImage(charts + QLatin1Char('/') + figure + QStringLiteral(".png")).size(),
                     QSize(960, 640));
            QFile svg(charts + QLatin1Char('/') + figure + QStringLiteral(".svg"));
            QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(figure));
            const QString text = QString::fromUtf8(svg.readAll());
            QVERIFY(text.contains(QLatin1String("<svg")));
            if (figure != QLatin1String("k_selection"))
                QVERIFY2(text.contains(QStringLiteral("Hotels and cafés")), qPrintable(figure));
        }

        const QList<AuditEntry> logged = exports(project);
        QCOMPARE(logged.size(),
                 5 + 2 * figures.size()); // the PDF, the workbook, three CSV files, the figures
        for (const AuditEntry& entry : logged) {
            QCOMPARE(entry.details.value(QStringLiteral("run_id")).toInteger(), runId);
            QCOMPARE(entry.details.value(QStringLiteral("pii_included")).toBool(), false);
            QVERIFY(QFile::exists(entry.details.value(QStringLiteral("path")).toString()));
        }
    }

    // analyze writes the reports of a file it analyses, with no project and no display.
    void analyzeWritesReports() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const QString xlsx = dir.filePath(QStringLiteral("r.xlsx"));
        const CliRun analyze =
            runCli({QStringLiteral("analyze"), QStringLiteral("--sample"), QStringLiteral("--features"),
                    kSpending, QStringLiteral("--log1p"), QStringLiteral("--k"), QStringLiteral("2..3"),
                    QStringLiteral("--pdf"), pdf, QStringLiteral("--page-size"), QStringLiteral("letter"),
                    QStringLiteral("--xlsx"), xlsx},
                   headless());
        QVERIFY2(analyze.exitCode == 0, qPrintable(analyze.err));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QLatin1String("612 x 792 pts")), qPrintable(info)); // Letter
        QVERIFY(QFile(xlsx).size() > 0);
    }

    // Columns flagged as personal data are left out unless this one export opts in, and the log says which.
    void personalDataStaysOutUnlessAskedFor() {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("contacts.csv"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id,Email,Fresh,Milk\n");
        for (int r = 1; r <= 40; ++r)
            file.write(QStringLiteral("%1,person%1@example.com,%2,%3\n")
                           .arg(r)
                           .arg(r % 2 ? 100 + r : 9000 + r * 3)
                           .arg(r % 2 ? 5000 - r : 200 + r)
                           .toUtf8());
        file.close();
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QCOMPARE(runCli({QStringLiteral("import"), source, QStringLiteral("--project"), project}).exitCode,
                 0);
        QCOMPARE(
            runCli({QStringLiteral("analyze"), QStringLiteral("--project"), project,
                    QStringLiteral("--dataset"), QStringLiteral("contacts"), QStringLiteral("--features"),
                    QStringLiteral("Fresh,Milk"), QStringLiteral("--k"), QStringLiteral("2")})
                .exitCode,
            0);

        const QString without = dir.filePath(QStringLiteral("without"));
        const QString with = dir.filePath(QStringLiteral("with"));
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                         QStringLiteral("--csv"), without})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                         QStringLiteral("--csv"), with, QStringLiteral("--include-pii")})
                     .exitCode,
                 0);
        QFile plain(without + QStringLiteral("/assignments.csv"));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QByteArray withoutPii = plain.readAll();
        QVERIFY(!withoutPii.contains("Email") && !withoutPii.contains("@example.com"));
        QFile full(with + QStringLiteral("/assignments.csv"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        QVERIFY(full.readAll().contains("person7@example.com"));

        const QList<AuditEntry> logged = exports(project);
        QCOMPARE(logged.size(), 6);
        for (const AuditEntry& entry : logged)
            QCOMPARE(
                entry.details.value(QStringLiteral("pii_included")).toBool(),
                entry.details.value(QStringLiteral("path")).toString().contains(QLatin1String("/with/")));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no output") << QStringList{} << QStringLiteral("--pdf, --xlsx, --csv and --charts");
        QTest::newRow("unknown run") << QStringList{QStringLiteral("--run"), QStringLiteral("99"),
                                                    QStringLiteral("--xlsx"), QStringLiteral("r.xlsx")}
                                     << QStringLiteral("99");
        QTest::newRow("bad paper") << QStringList{QStringLiteral("--pdf"), QStringLiteral("r.pdf"),
                                                  QStringLiteral("--page-size"), QStringLiteral("a3")}
                                   << QStringLiteral("a4 or letter");
        QTest::newRow("unwritable") << QStringList{QStringLiteral("--pdf"),
                                                   QStringLiteral("/proc/segmenta/r.pdf")}
                                    << QStringLiteral("/proc/segmenta/r.pdf");
    }
    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString project = analysedProject(dir);
        QVERIFY(!project.isEmpty());
        const CliRun report =
            runCli(QStringList{QStringLiteral("report"), QStringLiteral("--project"), project} + arguments);
        QCOMPARE(report.exitCode, 2);
        QVERIFY2(report.err.contains(mentions), qPrintable(report.err));
        QCOMPARE(report.err.count(QLatin1Char('\n')), 1);
        QVERIFY(exports(project).isEmpty());
    }

    void projectWithoutRuns() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QVERIFY(importSample(project));
        const CliRun report = runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                                      QStringLiteral("--pdf"), dir.filePath(QStringLiteral("r.pdf"))});
        QCOMPARE(report.exitCode, 2);
        QVERIFY2(report.err.contains(QLatin1String("no run")), qPrintable(report.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
