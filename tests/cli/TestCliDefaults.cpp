// `segmenta-cli analyze FILE` with no options on customer tables as people save them: which columns it
// clusters on, which it leaves out and why, and that the analysis goes through. The reference table is
// written by pandas, openpyxl and LibreOffice (tests/reference/make_defaults.py).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <sys/stat.h>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

const QString kRealData = QStringLiteral(SEGMENTA_SOURCE_DIR "/../shared/data/real");

/// Runs analyze with `options` and returns its JSON; fails the test (empty object) when the run fails.
QJsonObject analyzeJson(const QStringList& options, QString* err = nullptr) {
    const CliRun run = runCli(QStringList{QStringLiteral("analyze")} + options +
                              QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    if (err)
        *err = run.err;
    if (run.exitCode != 0) {
        qWarning("analyze failed (%d): %s", run.exitCode, qPrintable(run.err));
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QMap<QString, QString> excludedReasons(const QJsonObject& json) {
    QMap<QString, QString> reasons;
    for (const QJsonValue& entry : json.value(QStringLiteral("excluded")).toArray()) {
        const QJsonObject o = entry.toObject();
        reasons.insert(o.value(QStringLiteral("column")).toString(),
                       o.value(QStringLiteral("reason")).toString());
    }
    return reasons;
}

/// True when every K of the sweep has finite inertia, Calinski–Harabasz and Davies–Bouldin scores and a
/// silhouette that is finite.
bool everyScoreFinite(const QJsonObject& json) {
    const QJsonArray sweep = json.value(QStringLiteral("sweep")).toArray();
    if (sweep.isEmpty())
        return false;
    for (const QJsonValue& entry : sweep) {
        const QJsonObject s = entry.toObject();
        for (const char* key : {"inertia", "silhouette", "calinski_harabasz", "davies_bouldin"}) {
            const QJsonValue v = s.value(QLatin1String(key));
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return false;
        }
    }
    return true;
}

} // namespace

class TestCliDefaults : public QObject {
    Q_OBJECT

private slots:
    void leavesOutWhatCannotSegment_data();
    void leavesOutWhatCannotSegment();
    void namedConstantColumnIsScaledToZero();
    void excludeLeavesColumnsOut();
    void summaryListsEveryColumnLeftOut();
    void badLineIsSkippedOnRequest();
    void fifoIsRefusedBeforeReading();
    void realFilesAnalyseWithDefaults_data();
    void realFilesAnalyseWithDefaults();
};

void TestCliDefaults::leavesOutWhatCannotSegment_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("csv by pandas") << QStringLiteral("tests/fixtures/data/defaults_messy.csv");
    QTest::newRow("xlsx by openpyxl, summary sheet first")
        << QStringLiteral("tests/fixtures/data/defaults_messy.xlsx");
    QTest::newRow("ods by LibreOffice") << QStringLiteral("tests/fixtures/data/defaults_messy.ods");
}

void TestCliDefaults::leavesOutWhatCannotSegment() {
    QFETCH(QString, file);
    const QJsonObject ref = loadReference(QStringLiteral("defaults_messy.json"));
    const QJsonObject json = analyzeJson({file, QStringLiteral("--k"), QStringLiteral("2..5")});
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(QStringLiteral("features")).toArray(),
             ref.value(QStringLiteral("features")).toArray());
    const QMap<QString, QString> reasons = excludedReasons(json);
    const QJsonObject refExcluded = ref.value(QStringLiteral("excluded")).toObject();
    for (auto it = refExcluded.begin(); it != refExcluded.end(); ++it)
        QVERIFY2(reasons.value(it.key()) == it.value().toString(),
                 qPrintable(QStringLiteral("%1: '%2', expected '%3'")
                                .arg(it.key(), reasons.value(it.key()), it.value().toString())));
    QCOMPARE(reasons.size(), refExcluded.size());
    // pandas: the rows with a value in every used column
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), ref.value(QStringLiteral("rows")).toInt());
    QVERIFY(everyScoreFinite(json));
    QVERIFY(json.value(QStringLiteral("warnings")).toArray().isEmpty());
}

void TestCliDefaults::namedConstantColumnIsScaledToZero() {
    QString err;
    const QJsonObject json = analyzeJson(
        {QStringLiteral("tests/fixtures/data/defaults_messy.csv"), QStringLiteral("--features"),
         QStringLiteral("Fresh,Dairy,Z_CostContact"), QStringLiteral("--k"), QStringLiteral("2..3")},
        &err);
    QVERIFY(!json.isEmpty());
    QVERIFY2(err.contains(QStringLiteral("Z_CostContact")) && err.contains(QStringLiteral("--exclude")),
             qPrintable(err));
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 1);
    // As scikit-learn's StandardScaler: a zero variance becomes a scale of 1, so the column is 0 for everyone
    // and adds nothing to any distance; the model's centroids are 0 in that coordinate.
    const QJsonArray centroids =
        json.value(QStringLiteral("model")).toObject().value(QStringLiteral("centroids")).toArray();
    QVERIFY(!centroids.isEmpty());
    for (const QJsonValue& row : centroids)
        QCOMPARE(row.toArray().at(2).toDouble(), 0.0);
    const QJsonObject without =
        analyzeJson({QStringLiteral("tests/fixtures/data/defaults_messy.csv"), QStringLiteral("--features"),
                     QStringLiteral("Fresh,Dairy"), QStringLiteral("--k"), QStringLiteral("2..3")});
    const double a = json.value(QStringLiteral("sweep"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("inertia"))
                         .toDouble();
    const double b = without.value(QStringLiteral("sweep"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("inertia"))
                         .toDouble();
    QVERIFY(relativeDiff(a, b) < 1e-12);
}

void TestCliDefaults::excludeLeavesColumnsOut() {
    const QJsonObject json =
        analyzeJson({QStringLiteral("tests/fixtures/data/defaults_messy.csv"), QStringLiteral("--exclude"),
                     QStringLiteral("Frozen,Household"), QStringLiteral("--k"), QStringLiteral("2..3")});
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(QStringLiteral("features")).toArray(),
             QJsonArray({QStringLiteral("Fresh"), QStringLiteral("Dairy"), QStringLiteral("Grocery")}));
    QCOMPARE(excludedReasons(json).value(QStringLiteral("Frozen")), QStringLiteral("excluded"));

    const CliRun unknown =
        runCli({QStringLiteral("analyze"), QStringLiteral("tests/fixtures/data/defaults_messy.csv"),
                QStringLiteral("--exclude"), QStringLiteral("Nope")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("--exclude")) &&
                 unknown.err.contains(QStringLiteral("Nope")),
             qPrintable(unknown.err));
}

void TestCliDefaults::summaryListsEveryColumnLeftOut() {
    const CliRun run =
        runCli({QStringLiteral("analyze"), QStringLiteral("tests/fixtures/data/defaults_messy.csv"),
                QStringLiteral("--k"), QStringLiteral("2..3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject excluded =
        loadReference(QStringLiteral("defaults_messy.json")).value(QStringLiteral("excluded")).toObject();
    for (auto it = excluded.begin(); it != excluded.end(); ++it)
        QVERIFY2(run.out.count(QStringLiteral("'%1'").arg(it.key())) == 1, qPrintable(it.key()));
    QVERIFY(run.out.contains(QStringLiteral("--categorical")));
}

// The pandas table with one line whose first comma became a space, as a hand edit leaves it: refused with
// a message that names --skip-bad-lines, analysed without that row when it is given.
void TestCliDefaults::badLineIsSkippedOnRequest() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.csv"));
    const QByteArray line4 = copyWithBrokenLine(
        sourcePath(QStringLiteral("tests/fixtures/data/defaults_messy.csv")), path, 4, ',', " ");
    QVERIFY(!line4.isEmpty());

    const CliRun refused =
        runCli({QStringLiteral("analyze"), path, QStringLiteral("--k"), QStringLiteral("2")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("edited.csv:4")) &&
                 refused.err.contains(QStringLiteral("--skip-bad-lines")),
             qPrintable(refused.err));

    QString err;
    const QJsonObject json = analyzeJson(
        {path, QStringLiteral("--skip-bad-lines"), QStringLiteral("--k"), QStringLiteral("2")}, &err);
    QVERIFY2(!json.isEmpty(), qPrintable(err));
    // pandas' count of complete rows, less the skipped one when it was complete
    const int complete =
        loadReference(QStringLiteral("defaults_messy.json")).value(QStringLiteral("rows")).toInt();
    const QList<QByteArray> cells = line4.split(',');
    QCOMPARE(cells.at(6), QByteArray("8235.0")); // Fresh; Dairy … Household follow
    const bool skippedWasComplete = std::all_of(cells.begin() + 6, cells.begin() + 11,
                                                [](const QByteArray& cell) { return !cell.isEmpty(); });
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), complete - (skippedWasComplete ? 1 : 0));
}

// A FIFO given as the file (e.g. a shell's <(...)) blocked the import while it was hashed.
void TestCliDefaults::fifoIsRefusedBeforeReading() {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("customers.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& command : {QStringLiteral("import"), QStringLiteral("analyze")}) {
        QStringList arguments{command, fifo};
        if (command == QLatin1String("import"))
            arguments << QStringLiteral("--project") << dir.filePath(QStringLiteral("p.segmenta"));
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("FIFO")) || run.err.contains(QStringLiteral("regular file")),
                 qPrintable(run.err));
        QVERIFY(timer.elapsed() < 10000);
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.segmenta"))));
}

void TestCliDefaults::realFilesAnalyseWithDefaults_data() {
    QTest::addColumn<QString>("file");
    if (!QDir(kRealData).exists())
        QSKIP("the shared real data set is not next to the repository");
    for (const char* name :
         {"mall_customers.csv", "marketing_campaign_tab.csv", "marketing_campaign_semicolon_bom.csv",
          "wholesale_missing_values.csv", "wholesale_missing_cells.xlsx", "wholesale_accented_header.ods",
          "food_delivery_customers.ods"})
        QTest::newRow(name) << kRealData + QLatin1Char('/') + QLatin1String(name);
}

void TestCliDefaults::realFilesAnalyseWithDefaults() {
    QFETCH(QString, file);
    QString err;
    const QJsonObject json = analyzeJson({file}, &err);
    QVERIFY2(!json.isEmpty(), qPrintable(err));
    QVERIFY(everyScoreFinite(json));
    const int used = json.value(QStringLiteral("rows")).toInt();
    const int dropped = json.value(QStringLiteral("rows_dropped_missing")).toInt() +
                        json.value(QStringLiteral("rows_dropped_outliers")).toInt();
    QVERIFY2(used >= 0.9 * (used + dropped),
             qPrintable(QStringLiteral("%1 of %2 rows used").arg(used).arg(used + dropped)));
    QVERIFY(!json.value(QStringLiteral("features")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDefaults)
#include "TestCliDefaults.moc"
