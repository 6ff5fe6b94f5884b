// End-to-end tests of segmenta-cli against scikit-learn pipelines (tests/reference/make_cli.py).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Segment of every row from a labels CSV "row,segment", keyed by row.
std::map<int, int> readLabels(const QString& path) {
    std::map<int, int> labels;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return labels;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        labels[cells.at(0).toInt()] = cells.at(1).toInt();
    }
    return labels;
}

/// The inertia of the first K in a result's "sweep".
double firstSweepInertia(const QJsonObject& result) {
    return result.value(QStringLiteral("sweep"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("inertia"))
        .toDouble();
}

QStringList writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return {dir.filePath(name)};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void sampleNeedsNoFile();
    void resultDoesNotDependOnThreads();
    void fuzzyCMeansRuns();
    void miniBatchIsNearKMeans();
    void badInputExitsTwoWithoutOutput_data();
    void badInputExitsTwoWithoutOutput();
    void versionAndHelp();
    void languageFollowsTheEnvironment();
};

void TestCli::matchesScikitLearn_data() {
    QTest::addColumn<QString>("reference");
    QTest::newRow("wholesale log1p, K 2..10") << QStringLiteral("cli_wholesale_log1p.json");
    QTest::newRow("wholesale all columns, PCA 3, K 2..6") << QStringLiteral("cli_wholesale_all_pca3.json");
    QTest::newRow("wholesale, no --features, log1p, K 2..5") << QStringLiteral("cli_wholesale_default.json");
    QTest::newRow("gaps, text category, Tukey clip, robust") << QStringLiteral("cli_mixed.json");
    QTest::newRow("drop gaps, log, Tukey drop, min-max") << QStringLiteral("cli_drop.json");
}

void TestCli::matchesScikitLearn() {
    QFETCH(QString, reference);
    const QJsonObject ref = loadReference(reference);
    QTemporaryDir dir;
    QStringList arguments;
    for (const QJsonValue& a : ref.value(QStringLiteral("args")).toArray())
        arguments << a.toString();
    const QString jsonPath = dir.filePath(QStringLiteral("out.json"));
    const QString labelsPath = dir.filePath(QStringLiteral("labels.csv"));
    arguments << QStringLiteral("analyze");
    arguments.move(arguments.size() - 1, 0);
    arguments << QStringLiteral("--json") << jsonPath << QStringLiteral("--labels") << labelsPath;

    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = readJson(jsonPath);

    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), ref.value(QStringLiteral("rows")).toInt());
    QCOMPARE(json.value(QStringLiteral("features")).toArray(),
             ref.value(QStringLiteral("features")).toArray());

    const QJsonObject pca = json.value(QStringLiteral("pca")).toObject();
    const QJsonObject refPca = ref.value(QStringLiteral("pca")).toObject();
    QVERIFY(maxAbsDiff(vectorFromJson(pca.value(QStringLiteral("explained_variance_ratio"))),
                       vectorFromJson(refPca.value(QStringLiteral("explained_variance_ratio")))) < 1e-9);
    QVERIFY2(maxAbsDiff(matrixFromJson(pca.value(QStringLiteral("components"))),
                        matrixFromJson(refPca.value(QStringLiteral("components")))) < 1e-9,
             "PCA components differ from scikit-learn's (signs included)");

    // Every K: inertia within 0.5 % of scikit-learn's best of 10 restarts. Where both found the same optimum,
    // the partition is the same, so every metric must agree to 1e-9.
    const QJsonArray sweep = json.value(QStringLiteral("sweep")).toArray();
    const QJsonArray refSweep = ref.value(QStringLiteral("sweep")).toArray();
    QCOMPARE(sweep.size(), refSweep.size());
    int sameOptimum = 0;
    double worstRatio = 0.0;
    for (qsizetype i = 0; i < sweep.size(); ++i) {
        const QJsonObject s = sweep.at(i).toObject();
        const QJsonObject r = refSweep.at(i).toObject();
        QCOMPARE(s.value(QStringLiteral("k")).toInt(), r.value(QStringLiteral("k")).toInt());
        const double inertia = s.value(QStringLiteral("inertia")).toDouble();
        const double ratio = inertia / r.value(QStringLiteral("inertia")).toDouble();
        worstRatio = std::max(worstRatio, ratio);
        // For large K, best-of-10 K-Means lands in seed-dependent local optima: scikit-learn's own inertia
        // varies by up to 1.06 % across random_state on this data (inertia_other_seeds). Hence 1 % here; that
        // the two implementations are equally good on average is tested over 31 seeds in TestKMeans.
        double sklearnWorst = r.value(QStringLiteral("inertia")).toDouble();
        for (const QJsonValue& other : r.value(QStringLiteral("inertia_other_seeds")).toArray())
            sklearnWorst = std::max(sklearnWorst, other.toDouble());
        QVERIFY2(ratio <= 1.01,
                 qPrintable(QStringLiteral("K = %1: inertia %2 x scikit-learn's (its worst seed: %3)")
                                .arg(s.value(QStringLiteral("k")).toInt())
                                .arg(ratio)
                                .arg(sklearnWorst / r.value(QStringLiteral("inertia")).toDouble())));
        if (std::abs(ratio - 1.0) < 1e-9) {
            ++sameOptimum;
            for (const char* metric : {"silhouette", "calinski_harabasz", "davies_bouldin"}) {
                const QString key = QString::fromLatin1(metric);
                QVERIFY2(relativeDiff(s.value(key).toDouble(), r.value(key).toDouble()) < 1e-9,
                         qPrintable(QStringLiteral("K = %1: %2 %3, scikit-learn %4")
                                        .arg(s.value(QStringLiteral("k")).toInt())
                                        .arg(key)
                                        .arg(s.value(key).toDouble())
                                        .arg(r.value(key).toDouble())));
            }
        }
    }
    qInfo("%s: same optimum as scikit-learn for %d of %d K; worst inertia ratio %.6f", qPrintable(reference),
          sameOptimum, int(sweep.size()), worstRatio);
    QVERIFY2(sameOptimum > 0, "no K reached scikit-learn's optimum");

    // The reported model is the recommended K's; its labels file lists exactly the rows the recipe kept.
    const int k = json.value(QStringLiteral("recommended_k")).toInt();
    QCOMPARE(json.value(QStringLiteral("model")).toObject().value(QStringLiteral("k")).toInt(), k);
    QVERIFY(!json.value(QStringLiteral("recommendation_reason")).toString().isEmpty());
    const std::map<int, int> labels = readLabels(labelsPath);
    std::vector<int> keptRows, ours;
    for (const QJsonValue& row : ref.value(QStringLiteral("kept_rows")).toArray())
        keptRows.push_back(row.toInt());
    QCOMPARE(labels.size(), keptRows.size());
    for (const int row : keptRows) {
        QVERIFY2(labels.count(row),
                 qPrintable(QStringLiteral("row %1 missing from the labels file").arg(row)));
        ours.push_back(labels.at(row));
    }

    // Segments are numbered largest first, and the profiles' sizes and means agree with the labels.
    const QJsonArray sizes =
        json.value(QStringLiteral("model")).toObject().value(QStringLiteral("sizes")).toArray();
    for (qsizetype s = 1; s < sizes.size(); ++s)
        QVERIFY(sizes.at(s).toInt() <= sizes.at(s - 1).toInt());
    const QJsonArray profiles = json.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), qsizetype(k));
    const QJsonObject original = ref.value(QStringLiteral("original")).toObject();
    for (const QJsonValue& value : profiles) {
        const QJsonObject profile = value.toObject();
        const int segment = profile.value(QStringLiteral("segment")).toInt();
        const QJsonObject means = profile.value(QStringLiteral("means")).toObject();
        QVERIFY(!profile.value(QStringLiteral("name")).toString().isEmpty());
        for (auto it = means.begin(); it != means.end(); ++it) {
            const QJsonArray column = original.value(it.key()).toArray();
            double sum = 0.0;
            int count = 0;
            for (std::size_t i = 0; i < keptRows.size(); ++i) {
                const double v = column.at(keptRows[i] - 1).toDouble(std::nan(""));
                if (ours[i] == segment && !std::isnan(v)) {
                    sum += v;
                    ++count;
                }
            }
            QVERIFY2(relativeDiff(it.value().toDouble(), sum / count) < 1e-9, qPrintable(it.key()));
        }
    }

    // Where the recommended K reached scikit-learn's optimum, the partition is scikit-learn's.
    for (const QJsonValue& value : refSweep) {
        const QJsonObject r = value.toObject();
        if (r.value(QStringLiteral("k")).toInt() != k)
            continue;
        const double inertia = sweep.at(k - sweep.first().toObject().value(QStringLiteral("k")).toInt())
                                   .toObject()
                                   .value(QStringLiteral("inertia"))
                                   .toDouble();
        if (std::abs(inertia / r.value(QStringLiteral("inertia")).toDouble() - 1.0) < 1e-9) {
            QVERIFY2(partitionMismatch(ours, labelsFromJson(r.value(QStringLiteral("labels")))).isEmpty(),
                     "same inertia but a different partition");
        }
    }
}

void TestCli::sampleNeedsNoFile() {
    const QJsonObject ref = loadReference(QStringLiteral("cli_wholesale_log1p.json"));
    const CliRun run = runCli(
        {QStringLiteral("analyze"), QStringLiteral("--sample"), QStringLiteral("--features"),
         QStringLiteral("Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen"), QStringLiteral("--log1p"),
         QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 440);
    QVERIFY(relativeDiff(firstSweepInertia(json), firstSweepInertia(ref)) < 1e-9);
    QCOMPARE(json.value(QStringLiteral("recommended_k")).toInt(), 2);
}

void TestCli::resultDoesNotDependOnThreads() {
    auto runWith = [](const QString& threads) {
        const CliRun run =
            runCli({QStringLiteral("analyze"), QStringLiteral("tests/fixtures/data/cli_mixed.csv"),
                    QStringLiteral("--categorical"), QStringLiteral("Channel"), QStringLiteral("--missing"),
                    QStringLiteral("mean"), QStringLiteral("--k"), QStringLiteral("2..6"),
                    QStringLiteral("--threads"), threads, QStringLiteral("--json"), QStringLiteral("-")});
        QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        json.remove(QStringLiteral("seconds"));
        QJsonArray sweep = json.value(QStringLiteral("sweep")).toArray();
        for (QJsonValueRef entry : sweep) {
            QJsonObject o = entry.toObject();
            o.remove(QStringLiteral("seconds"));
            entry = o;
        }
        json.insert(QStringLiteral("sweep"), sweep);
        return json;
    };
    const QJsonObject one = runWith(QStringLiteral("1"));
    QVERIFY(!one.isEmpty());
    QCOMPARE(runWith(QStringLiteral("2")), one);
    QCOMPARE(runWith(QStringLiteral("3")), one);
}

void TestCli::fuzzyCMeansRuns() {
    const CliRun run =
        runCli({QStringLiteral("analyze"), QStringLiteral("--sample"), QStringLiteral("--features"),
                QStringLiteral("Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen"),
                QStringLiteral("--log1p"), QStringLiteral("--algorithm"), QStringLiteral("fcm"),
                QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject model =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("model")).toObject();
    const double pc = model.value(QStringLiteral("partition_coefficient")).toDouble();
    QVERIFY2(pc >= 1.0 / 3.0 && pc <= 1.0, qPrintable(QString::number(pc)));
    int total = 0;
    for (const QJsonValue& size : model.value(QStringLiteral("sizes")).toArray())
        total += size.toInt();
    QCOMPARE(total, 440);
}

// --algorithm minibatch on the sample: named in the JSON, and its inertia within 5 % of scikit-learn's best
// of 10 full K-Means restarts at every K (cli_wholesale_log1p.json). Mini-batch is made for millions of rows;
// on 440 it lands 3.5 % above at K = 3. Its 2 % bound at 1M rows is tested in TestMiniBatchKMeans.
void TestCli::miniBatchIsNearKMeans() {
    const CliRun run =
        runCli({QStringLiteral("analyze"), QStringLiteral("--sample"), QStringLiteral("--log1p"),
                QStringLiteral("--algorithm"), QStringLiteral("minibatch"), QStringLiteral("--k"),
                QStringLiteral("2..5"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("minibatch"));
    const QJsonArray sweep = json.value(QStringLiteral("sweep")).toArray();
    const QJsonArray ref =
        loadReference(QStringLiteral("cli_wholesale_log1p.json")).value(QStringLiteral("sweep")).toArray();
    QCOMPARE(sweep.size(), 4);
    for (qsizetype i = 0; i < sweep.size(); ++i) {
        const double ours = sweep.at(i)[QLatin1String("inertia")].toDouble();
        const double theirs = ref.at(i)[QLatin1String("inertia")].toDouble();
        QVERIFY2(ours / theirs < 1.05,
                 qPrintable(QStringLiteral("K = %1: %2 vs %3").arg(i + 2).arg(ours).arg(theirs)));
    }
}

void TestCli::badInputExitsTwoWithoutOutput_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("mentions");
    const QByteArray good = "a,b\n1,2\n3,4\n5,7\n";
    QTest::newRow("missing file") << QByteArray() << QStringList{}
                                  << QStringList{QStringLiteral("input.csv")};
    QTest::newRow("ragged row") << QByteArray("a,b\n1,2\n3\n4,5\n") << QStringList{}
                                << QStringList{QStringLiteral("input.csv:3")};
    QTest::newRow("unknown feature") << good
                                     << QStringList{QStringLiteral("--features"), QStringLiteral("a,zz")}
                                     << QStringList{QStringLiteral("zz")};
    QTest::newRow("K of 1") << good << QStringList{QStringLiteral("--k"), QStringLiteral("1")}
                            << QStringList{QStringLiteral("--k")};
    QTest::newRow("bad K range") << good << QStringList{QStringLiteral("--k"), QStringLiteral("2-5")}
                                 << QStringList{QStringLiteral("2-5")};
    QTest::newRow("log of zero") << QByteArray("a,b\n1,2\n0,4\n5,7\n")
                                 << QStringList{QStringLiteral("--log"), QStringLiteral("--k"),
                                                QStringLiteral("2")}
                                 << QStringList{QStringLiteral("'a'"), QStringLiteral("2")};
    QTest::newRow("only constant columns")
        << QByteArray("a,b\n1,5\n1,5\n1,5\n") << QStringList{QStringLiteral("--k"), QStringLiteral("2")}
        << QStringList{QStringLiteral("'a'"), QStringLiteral("'b'"), QStringLiteral("--features")};
    QTest::newRow("K above distinct rows") << QByteArray("a,b\n1,2\n1,2\n3,4\n3,4\n3,4\n1,2\n")
                                           << QStringList{QStringLiteral("--features"), QStringLiteral("a,b"),
                                                          QStringLiteral("--k"), QStringLiteral("3")}
                                           << QStringList{QStringLiteral("3"), QStringLiteral("distinct")};
    QTest::newRow("unknown option") << good << QStringList{QStringLiteral("--colour")}
                                    << QStringList{QStringLiteral("colour")};
    QTest::newRow("unknown scaling") << good
                                     << QStringList{QStringLiteral("--scale"), QStringLiteral("zscore")}
                                     << QStringList{QStringLiteral("zscore")};
}

void TestCli::badInputExitsTwoWithoutOutput() {
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input.csv"));
    if (!csv.isEmpty())
        writeFile(dir, QStringLiteral("input.csv"), csv);
    const QString jsonPath = dir.filePath(QStringLiteral("out.json"));
    const QString labelsPath = dir.filePath(QStringLiteral("labels.csv"));
    const CliRun run =
        runCli(QStringList{QStringLiteral("analyze"), input} + options +
               QStringList{QStringLiteral("--json"), jsonPath, QStringLiteral("--labels"), labelsPath});
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty() && lines.first().startsWith(QLatin1String("segmenta-cli: error: ")),
             qPrintable(run.err));
    for (const QString& mention : mentions)
        QVERIFY2(run.err.contains(mention),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(mention, run.err)));
    QVERIFY2(!QFile::exists(jsonPath) && !QFile::exists(labelsPath),
             "an output file was written despite the error");
    QVERIFY(run.out.isEmpty());
}

void TestCli::versionAndHelp() {
    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("segmenta-cli " SEGMENTA_VERSION)));
    const CliRun help = runCli({QStringLiteral("analyze"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* flag : {"--features", "--categorical", "--missing", "--log1p", "--outliers", "--scale",
                             "--pca", "--cluster-on", "--k", "--n-init", "--max-iter", "--tol", "--seed",
                             "--algorithm", "--silhouette", "--json", "--labels"})
        QVERIFY2(help.out.contains(QLatin1String(flag)), flag);
    QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

// Messages in the environment's language, as other command-line tools; the JSON contract in every language.
void TestCli::languageFollowsTheEnvironment() {
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const QStringList missing{QStringLiteral("analyze"), QStringLiteral("no-such-file.csv")};
    const CliRun english = runCli(missing);
    const CliRun translated = runCli(missing, german);
    QCOMPARE(english.exitCode, 2);
    QCOMPARE(translated.exitCode, 2);
    QVERIFY2(english.err.contains(QLatin1String("does not exist")), qPrintable(english.err));
    QVERIFY2(!translated.err.contains(QLatin1String("does not exist")) &&
                 translated.err.contains(QLatin1String("no-such-file.csv")) &&
                 translated.err.count(u'\n') == english.err.count(u'\n'),
             qPrintable(translated.err));

    QTemporaryDir dir;
    const auto keysOf = [&](const QProcessEnvironment& environment, const QString& name) {
        const QString path = dir.filePath(name);
        const CliRun run =
            runCli({QStringLiteral("analyze"), QStringLiteral("--sample"), QStringLiteral("--k"),
                    QStringLiteral("2..3"), QStringLiteral("--json"), path},
                   environment);
        QFile file(path);
        if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly))
            return QStringList();
        return QJsonDocument::fromJson(file.readAll()).object().keys();
    };
    const QStringList keys = keysOf(QProcessEnvironment::systemEnvironment(), QStringLiteral("en.json"));
    QVERIFY(keys.contains(QLatin1String("recommended_k")));
    QCOMPARE(keysOf(german, QStringLiteral("de.json")), keys);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
