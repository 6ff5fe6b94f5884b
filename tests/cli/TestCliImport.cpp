// segmenta-cli import / datasets / analyze --project, end to end, including an import killed midway.
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"
#include "store/RunRepository.h"

#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

/// The inertia of the first K of a sweep, in the CLI's JSON or in scikit-learn's reference.
double firstInertia(const QJsonObject& json) {
    return json.value(QStringLiteral("sweep")).toArray().at(0)[QLatin1String("inertia")].toDouble();
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonArray datasetsJson(const QString& project) {
    const CliRun run =
        runCli({QStringLiteral("datasets"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

/// A CSV large enough that importing it takes a while: 300,000 rows of 12 numeric columns.
QString writeLargeCsv(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray header = "id";
    for (int c = 1; c < 12; ++c)
        header += ",x" + QByteArray::number(c);
    file.write(header + '\n');
    QByteArray chunk;
    chunk.reserve(2 << 20);
    for (int r = 0; r < 300000; ++r) {
        // append(), not += with QStringBuilder, which reserves the exact size each time (quadratic here).
        chunk.append(QByteArray::number(r + 1));
        for (int c = 1; c < 12; ++c)
            chunk.append(',').append(
                QByteArray::number((qint64(r) * 7919 + c * 104729) % 100003 / 7.0, 'f', 3));
        chunk.append('\n');
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private slots:
    void importListAnalyzeAndStoreTheRun() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        const CliRun import =
            runCli({QStringLiteral("import"), sourcePath(QStringLiteral("resources/wholesale_customers.csv")),
                    QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const QJsonObject report = QJsonDocument::fromJson(import.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 440);
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInt(), 440);
        QCOMPARE(report.value(QStringLiteral("rows_skipped")).toArray().size(), 0);
        const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 8);
        QCOMPARE(columns.at(0)[QLatin1String("name")].toString(), QStringLiteral("Channel"));
        QCOMPARE(columns.at(0)[QLatin1String("kind")].toString(), QStringLiteral("categorical"));
        QCOMPARE(columns.at(4)[QLatin1String("kind")].toString(), QStringLiteral("numeric"));
        QCOMPARE(columns.at(4)[QLatin1String("role")].toString(), QStringLiteral("feature"));
        QVERIFY2(import.err.isEmpty(), qPrintable(import.err));

        const QJsonArray list = datasetsJson(project);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QLatin1String("name")].toString(), QStringLiteral("wholesale_customers"));
        QCOMPARE(list.at(0)[QLatin1String("rows")].toInt(), 440);
        QCOMPARE(list.at(0)[QLatin1String("columns")].toInt(), 8);

        // The stored dataset analyses exactly as the file does (scikit-learn's K = 2 reference), and the run
        // is kept.
        const CliRun analyze = runCli(
            {QStringLiteral("analyze"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("wholesale_customers"), QStringLiteral("--features"),
             QStringLiteral("Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen"),
             QStringLiteral("--log1p"), QStringLiteral("--k"), QStringLiteral("2..4"),
             QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(analyze.exitCode == 0, qPrintable(analyze.err));
        const QJsonObject json = QJsonDocument::fromJson(analyze.out.toUtf8()).object();
        QVERIFY(relativeDiff(firstInertia(json),
                             firstInertia(loadReference(QStringLiteral("cli_wholesale_log1p.json")))) < 1e-9);

        const auto store = ProjectStore::openFile(project);
        const QList<RunInfo> runs = RunRepository(*store).list(list.at(0)[QLatin1String("id")].toInteger(1));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().recommendedK, json.value(QStringLiteral("recommended_k")).toInt());
        const StoredRun run = RunRepository(*store).load(runs.first().id);
        QCOMPARE(run.model(2).sizes.size(), std::size_t(2));
    }

    void reimportIsRecognised() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        const QString file = sourcePath(QStringLiteral("resources/wholesale_customers.csv"));
        QCOMPARE(runCli({QStringLiteral("import"), file, QStringLiteral("--project"), project}).exitCode, 0);
        const CliRun again = runCli({QStringLiteral("import"), file, QStringLiteral("--project"), project});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("already imported")) &&
                     again.err.contains(QLatin1String("--again")),
                 qPrintable(again.err));
        QCOMPARE(datasetsJson(project).size(), 1);
        QCOMPARE(runCli({QStringLiteral("import"), file, QStringLiteral("--project"), project,
                         QStringLiteral("--again")})
                     .exitCode,
                 0);
        const QJsonArray list = datasetsJson(project);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1)[QLatin1String("name")].toString(), QStringLiteral("wholesale_customers (2)"));
    }

    void reportNamesSkippedRows() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("titled.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Customer spending 2024\nExported by the "
                   "ERP\n\nname;spend;visits\nAna;10,5;3\n\nBea;7,25;1\nCid;1.234,5;9\n");
        file.close();
        const CliRun run = runCli({QStringLiteral("import"), file.fileName(), QStringLiteral("--project"),
                                   dir.filePath(QStringLiteral("p.segmenta")), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInt(), 3);
        QList<int> skipped;
        for (const QJsonValue& row : report.value(QStringLiteral("rows_skipped")).toArray())
            skipped << row[QLatin1String("row")].toInt();
        QVERIFY2(skipped.contains(6),
                 qPrintable(run.out)); // the blank line inside the data
        QCOMPARE(
            report.value(QStringLiteral("guesses")).toObject().value(QStringLiteral("header row")).toString(),
            QStringLiteral("4"));
        QCOMPARE(report.value(QStringLiteral("guesses"))
                     .toObject()
                     .value(QStringLiteral("decimal separator"))
                     .toString(),
                 QStringLiteral(","));
    }

    void badFileLeavesTheProjectUntouched_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ragged row") << QByteArray("a,b\n1,2\n3\n4,5\n") << QStringLiteral("bad.csv")
                                    << QStringLiteral(":3");
        QTest::newRow("not a workbook")
            << QByteArray("version https://git-lfs.github.com/spec/v1\n") << QStringLiteral("bad.xlsx")
            << QStringLiteral("not an Excel workbook");
        QTest::newRow("header only") << QByteArray("a,b\n") << QStringLiteral("empty.csv")
                                     << QStringLiteral("empty.csv");
    }
    void badFileLeavesTheProjectUntouched() {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QVERIFY(importSample(project));
        const QByteArray before = fileHash(project);
        QFile bad(dir.filePath(fileName));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(content);
        bad.close();
        const CliRun run =
            runCli({QStringLiteral("import"), bad.fileName(), QStringLiteral("--project"), project});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileHash(project), before);
    }

    // Invoice lines become one row per customer, checked value by value against pandas' computation.
    void invoiceLinesBecomeCustomers() {
        const QString source =
            QStringLiteral(SEGMENTA_SOURCE_DIR "/../shared/data/real/online_retail_70k.xlsx");
        if (!QFile::exists(source))
            QSKIP("the shared real data set is not next to the repository");
        const QJsonObject reference = loadReference(QStringLiteral("invoice_online_retail_70k.json"));
        const QDate referenceDay =
            QDate(1970, 1, 1).addDays(qint64(reference.value(QStringLiteral("referenceDay")).toDouble()));
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        const CliRun run =
            runCli({QStringLiteral("import"), source, QStringLiteral("--project"), project,
                    QStringLiteral("--invoices"),
                    QStringLiteral("customer=CustomerID,date=InvoiceDate,quantity=Quantity,price=UnitPrice,"
                                   "invoice=InvoiceNo,category=Country,reference=") +
                        referenceDay.toString(Qt::ISODate),
                    QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject invoices = report.value(QStringLiteral("invoices")).toObject();
        const QJsonObject expected = reference.value(QStringLiteral("report")).toObject();
        const QString mismatch = invoiceCountsMismatch(invoices, expected);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInteger(),
                 expected.value(QStringLiteral("customers")).toInteger());

        const auto store = ProjectStore::openFile(project);
        const DatasetRepository datasets(*store);
        const QList<DatasetInfo> list = datasets.list();
        QCOMPARE(list.size(), 1);
        const DataMatrix customers = datasets.load(list.first().id);
        QStringList names;
        for (const QJsonValue& name : reference.value(QStringLiteral("columns")).toArray())
            names << name.toString();
        QCOMPARE(customers.columnNames(), names);
        QVERIFY(customers.column(0).role == ColumnRole::Identifier);
        const Vector ids = vectorFromJson(reference.value(QStringLiteral("customers")));
        const Matrix values = matrixFromJson(reference.value(QStringLiteral("values")));
        QCOMPARE(customers.rows(), ids.size());
        QCOMPARE(maxAbsDiff(Vector(customers.values().col(0)), ids), 0.0);
        double worst = 0.0;
        for (Index r = 0; r < values.rows(); ++r)
            for (Index c = 0; c < values.cols(); ++c)
                worst = std::max(worst, relativeDiff(customers.values()(r, c + 1), values(r, c)));
        QVERIFY2(worst <= 1e-9, qPrintable(QString::number(worst)));
    }

    // analyze reads spreadsheets directly: LibreOffice's .ods of the Wholesale data (Portuguese headers,
    // extra columns and sheets) gives scikit-learn's K = 2 inertia of the CSV.
    void analyzeReadsASpreadsheet() {
        const QString source =
            QStringLiteral(SEGMENTA_SOURCE_DIR "/../shared/data/real/wholesale_accented_header.ods");
        if (!QFile::exists(source))
            QSKIP("the shared real data set is not next to the repository");
        const CliRun run = runCli({QStringLiteral("analyze"), source, QStringLiteral("--features"),
                                   QStringLiteral("Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicatessen"),
                                   QStringLiteral("--log1p"), QStringLiteral("--k"), QStringLiteral("2"),
                                   QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 440);
        QVERIFY(relativeDiff(firstInertia(json),
                             firstInertia(loadReference(QStringLiteral("cli_wholesale_log1p.json")))) < 1e-9);
    }

    // A database that cannot be reached is named with its host and port; no project file is created.
    void unreachableDatabaseIsNamed() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        const CliRun run = runCli(
            {QStringLiteral("import"), QStringLiteral("postgresql://analyst@127.0.0.1:1/sales"),
             QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--project"), project});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("127.0.0.1")) && run.err.contains(QLatin1String("port 1")) &&
                     run.err.contains(QLatin1String("'sales'")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(project));
    }

    void killedImportLeavesTheProjectAsItWas_data() {
        QTest::addColumn<bool>("whileWriting");
        QTest::newRow("killed while reading the file") << false;
        QTest::newRow("killed inside the write transaction") << true;
    }
    void killedImportLeavesTheProjectAsItWas() {
        QFETCH(bool, whileWriting);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QVERIFY(importSample(project));
        const QString large = writeLargeCsv(dir);
        QVERIFY(!large.isEmpty());

        QProcess import;
        import.start(QStringLiteral(SEGMENTA_CLI_PATH),
                     {QStringLiteral("import"), large, QStringLiteral("--project"), project});
        QVERIFY(import.waitForStarted());
        const QString journal = project + QStringLiteral("-journal");
        QElapsedTimer timer;
        timer.start();
        if (whileWriting) {
            while (!QFile::exists(journal) && import.state() == QProcess::Running && timer.elapsed() < 120000)
                QThread::usleep(200);
            QVERIFY2(import.state() == QProcess::Running,
                     "the import ended before its write transaction was seen");
        } else {
            QThread::msleep(150);
            QVERIFY(!QFile::exists(journal));
        }
        import.kill(); // SIGKILL: no cleanup of any kind runs
        QVERIFY(import.waitForFinished());
        qInfo("killed after %lld ms, journal %s", timer.elapsed(),
              QFile::exists(journal) ? "left behind" : "absent");

        // Opening the project rolls back whatever the killed process had begun.
        const QJsonArray list = datasetsJson(project);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QLatin1String("name")].toString(), QStringLiteral("wholesale_customers"));
        const auto store = ProjectStore::openFile(project);
        const DataMatrix data = DatasetRepository(*store).load(list.at(0)[QLatin1String("id")].toInteger());
        QCOMPARE(data.rows(), Index(440));
        QCOMPARE(data.values()(439, 2), 2787.0); // Fresh of the last customer, as in the file
        QSqlQuery check(store->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QSqlQuery tables(store->database());
        QVERIFY(tables.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 'data_[0-9]*'")) &&
                tables.next());
        QCOMPARE(tables.value(0).toInt(), 1);
    }
    // Invoice dates written as text ("12/1/2010 8:26", month first, as the UCI CSV and CSV-to-Excel round
    // trips leave them), in a CSV and in an openpyxl workbook with string cells: the same customers and
    // values as pandas computes after pd.to_datetime(format="%m/%d/%Y %H:%M").
    void invoicesWithTextDates_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("scenario");
        const QJsonObject reference = loadReference(QStringLiteral("invoice_text_dates.json"));
        for (const char* key : {"csv", "xlsx"})
            for (int scenario = 0; scenario < 2; ++scenario)
                QTest::addRow("%s, %s", key, scenario == 0 ? "by day" : "by invoice")
                    << reference.value(QLatin1String(key)).toString() << scenario;
    }

    void invoicesWithTextDates() {
        QFETCH(QString, file);
        QFETCH(int, scenario);
        const QJsonObject expected = loadReference(QStringLiteral("invoice_text_dates.json"))
                                         .value(QStringLiteral("scenarios"))
                                         .toArray()
                                         .at(scenario)
                                         .toObject();
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        const CliRun run =
            runCli({QStringLiteral("import"), sourcePath(file), QStringLiteral("--project"), project,
                    QStringLiteral("--invoices"), expected.value(QStringLiteral("invoices")).toString(),
                    QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(
            report.value(QStringLiteral("guesses"))[QLatin1String("date format: InvoiceDate")].toString(),
            QStringLiteral("MM/DD/YYYY hh:mm"));
        const QJsonObject invoices = report.value(QStringLiteral("invoices")).toObject();
        const QJsonObject counts = expected.value(QStringLiteral("report")).toObject();
        QCOMPARE(invoices.value(QStringLiteral("customers")).toInteger(),
                 counts.value(QStringLiteral("customers")).toInteger());
        QCOMPARE(invoices.value(QStringLiteral("return_lines")).toInteger(),
                 counts.value(QStringLiteral("returnLines")).toInteger());
        QCOMPARE(invoices.value(QStringLiteral("cancelled_lines")).toInteger(),
                 counts.value(QStringLiteral("cancelledLines")).toInteger());
        const QString mismatch = invoiceCountsMismatch(invoices, counts);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // The rule for returns is stated in the report, with the customers it raised to 0.
        const QString rule = invoices.value(QStringLiteral("warnings")).toArray().last().toString();
        QVERIFY2(rule.contains(QStringLiteral("never below 0; %1 customers")
                                   .arg(counts.value(QStringLiteral("customersRaisedToZero")).toInteger())),
                 qPrintable(rule));

        const auto store = ProjectStore::openFile(project);
        const DataMatrix customers =
            DatasetRepository(*store).load(DatasetRepository(*store).list().first().id);
        const Matrix values = matrixFromJson(expected.value(QStringLiteral("values")));
        QCOMPARE(customers.rows(), values.rows());
        QCOMPARE(maxAbsDiff(Vector(customers.values().col(0)),
                            vectorFromJson(expected.value(QStringLiteral("customers")))),
                 0.0);
        const Index monetary = customers.columnIndex(QStringLiteral("Monetary"));
        QVERIFY(relativeDiff(customers.values().col(monetary).sum(),
                             expected.value(QStringLiteral("monetarySum")).toDouble()) <= 1e-12);
        for (Index r = 0; r < values.rows(); ++r)
            for (Index c = 0; c < values.cols(); ++c) {
                const double ours = customers.values()(r, c + 1);
                const QString where =
                    QStringLiteral("row %1, %2").arg(r + 1).arg(customers.column(c + 1).name);
                if (std::isnan(values(r, c)))
                    QVERIFY2(std::isnan(ours), qPrintable(where));
                else
                    QVERIFY2(relativeDiff(ours, values(r, c)) <= 1e-9, qPrintable(where));
            }
    }

    // A line that lost a delimiter: refused with the option named, or skipped and listed with it.
    void skipBadLines() {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad_line.csv")));
        QVERIFY(!copyWithBrokenLine(
                     sourcePath(QStringLiteral("tests/fixtures/invoice/online_retail_text_dates.csv")),
                     bad.fileName(), 3, ',', " ")
                     .isEmpty());
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));

        const CliRun refused =
            runCli({QStringLiteral("import"), bad.fileName(), QStringLiteral("--project"), project});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(
                     QStringLiteral("bad_line.csv:3: Line 3 has 6 fields but the header has 7.")) &&
                     refused.err.contains(QStringLiteral("--skip-bad-lines")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(project));

        const CliRun run = runCli({QStringLiteral("import"), bad.fileName(), QStringLiteral("--project"),
                                   project, QStringLiteral("--skip-bad-lines"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("rows_skipped")).toArray(),
                 (QJsonArray{QJsonObject{
                     {QStringLiteral("row"), 3},
                     {QStringLiteral("reason"),
                      QStringLiteral("Line 3 has 6 fields, the header has 7; it was skipped.")}}}));
        QVERIFY(bad.open(QIODevice::ReadOnly));
        const qsizetype lines = bad.readAll().split('\n').size();
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInteger(), lines - 3); // header, end
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInteger(), lines - 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
