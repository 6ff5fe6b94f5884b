#include "core/Error.h"
#include "core/Metrics.h"
#include "core/Random.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <array>
#include <atomic>
#include <functional>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

constexpr double kTolerance = 1e-9;

/// One labelled data set with its scikit-learn (and possibly R) reference values.
struct Case {
    Matrix data;
    Labels labels;
    int k = 0;
    QJsonObject ref;
};

/// fixture "metrics_wholesale.json" holds shared data and several cases; the others one case each.
Case loadCase(const QString& fixture, int index) {
    const QJsonObject root = loadReference(fixture);
    Case c;
    if (fixture == QLatin1String("metrics_blobs.json")) {
        c.ref = root;
        c.data = loadNumericCsv(QStringLiteral("tests/fixtures/data/metrics_blobs.csv"));
    } else {
        c.ref = root.value(QLatin1String("cases")).toArray().at(index).toObject();
        c.data = matrixFromJson(
            (root.contains(QLatin1String("data")) ? root : c.ref).value(QLatin1String("data")));
    }
    c.labels = labelsFromJson(c.ref.value(QLatin1String("labels")));
    c.k = c.ref.contains(QLatin1String("k")) ? c.ref.value(QLatin1String("k")).toInt()
                                             : *std::max_element(c.labels.begin(), c.labels.end()) + 1;
    return c;
}

QByteArray differs(const char* what, double ours, double reference) {
    return QStringLiteral("%1: ours %2, reference %3")
        .arg(QLatin1String(what))
        .arg(ours, 0, 'g', 17)
        .arg(reference, 0, 'g', 17)
        .toUtf8();
}

/// Calinski–Harabasz and Davies–Bouldin of a case against its scikit-learn reference (call last in a test).
void compareChAndDb(const Case& c) {
    const double ch = calinskiHarabasz(c.data, c.labels, c.k);
    const double refCh = c.ref.value(QLatin1String("calinski_harabasz")).toDouble();
    QVERIFY2(relativeDiff(ch, refCh) <= kTolerance, differs("calinski_harabasz_score", ch, refCh));
    const double db = daviesBouldin(c.data, c.labels, c.k);
    const double refDb = c.ref.value(QLatin1String("davies_bouldin")).toDouble();
    QVERIFY2(relativeDiff(db, refDb) <= kTolerance, differs("davies_bouldin_score", db, refDb));
}

/// Gaussian blobs around k well-separated centres, generated here for properties needing no reference.
Case syntheticBlobs(Index rows, Index cols, int k, std::uint64_t seed) {
    Rng rng(seed);
    Case c;
    c.k = k;
    c.data.resize(rows, cols);
    for (Index r = 0; r < rows; ++r) {
        const int label = static_cast<int>(rng.below(static_cast<std::uint64_t>(k)));
        c.labels.push_back(label);
        for (Index j = 0; j < cols; ++j) {
            // Sum of uniforms: roughly normal spread around the centre.
            const double noise = rng.uniform() + rng.uniform() + rng.uniform() - 1.5;
            c.data(r, j) = 4.0 * static_cast<double>((label * (j + 3)) % 5) + 2.0 * noise;
        }
    }
    return c;
}

using MetricCall = std::function<void(const Matrix&, const Labels&, int)>;

} // namespace

Q_DECLARE_METATYPE(MetricCall)

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void agreesWithRClusterSilhouette_data();
    void agreesWithRClusterSilhouette();
    void edgeCasesMatchScikitLearn_data();
    void edgeCasesMatchScikitLearn();
    void inertiaMatchesKMeans();
    void identicalForAnyThreadCount();
    void exactTimingAndSampledSilhouette();
    void autoModeSwitchesAtLimit();
    void sampleOfOneSegmentIsUndefined();
    void rejectsInvalidLabels_data();
    void rejectsInvalidLabels();
    void cancels();
};

void TestMetrics::matchesScikitLearn_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("wholesale log-std KMeans K=%d", i + 2)
            << QStringLiteral("metrics_wholesale.json") << i;
    QTest::newRow("blobs 3000x5 with singletons") << QStringLiteral("metrics_blobs.json") << 0;
}

void TestMetrics::matchesScikitLearn() {
    QFETCH(QString, fixture);
    QFETCH(int, index);
    const Case c = loadCase(fixture, index);

    const Vector samples = silhouetteSamples(c.data, c.labels, c.k, 2);
    const Vector expected = vectorFromJson(c.ref.value(QLatin1String("silhouette_samples")));
    QVERIFY2(
        maxAbsDiff(samples, expected) <= kTolerance,
        qPrintable(QStringLiteral("silhouette_samples differ by %1").arg(maxAbsDiff(samples, expected))));

    SilhouetteOptions exact;
    exact.mode = SilhouetteMode::Exact;
    const SilhouetteScore score = silhouetteScore(c.data, c.labels, c.k, exact);
    const double refScore = c.ref.value(QLatin1String("silhouette_score")).toDouble();
    QVERIFY2(std::abs(score.mean - refScore) <= kTolerance,
             differs("silhouette_score", score.mean, refScore));
    QVERIFY(!score.sampled);
    QCOMPARE(score.sampleSize, c.data.rows());

    compareChAndDb(c);
}

void TestMetrics::agreesWithRClusterSilhouette_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::newRow("wholesale log-std K=3") << QStringLiteral("metrics_wholesale.json") << 1;
    QTest::newRow("blobs with singletons") << QStringLiteral("metrics_blobs.json") << 0;
}

void TestMetrics::agreesWithRClusterSilhouette() {
    QFETCH(QString, fixture);
    QFETCH(int, index);
    const Case c = loadCase(fixture, index);
    QVERIFY2(c.ref.contains(QLatin1String("r_silhouette")), "fixture lacks the R reference");
    const Vector r = vectorFromJson(c.ref.value(QLatin1String("r_silhouette")));
    const double diff = maxAbsDiff(silhouetteSamples(c.data, c.labels, c.k, 1), r);
    QVERIFY2(diff <= kTolerance, qPrintable(QStringLiteral("R cluster::silhouette differs by %1").arg(diff)));
}

void TestMetrics::edgeCasesMatchScikitLearn_data() {
    QTest::addColumn<int>("index");
    const QJsonArray cases =
        loadReference(QStringLiteral("metrics_edge.json")).value(QLatin1String("cases")).toArray();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases.at(i).toObject().value(QLatin1String("name")).toString())) << i;
}

void TestMetrics::edgeCasesMatchScikitLearn() {
    QFETCH(int, index);
    const Case c = loadCase(QStringLiteral("metrics_edge.json"), index);
    const Vector expected = vectorFromJson(c.ref.value(QLatin1String("silhouette_samples")));
    QVERIFY2(maxAbsDiff(silhouetteSamples(c.data, c.labels, c.k, 1), expected) <= kTolerance,
             "silhouette_samples differ from scikit-learn");
    compareChAndDb(c);
}

void TestMetrics::inertiaMatchesKMeans() {
    for (int i = 0; i < 4; ++i) {
        const Case c = loadCase(QStringLiteral("metrics_wholesale.json"), i);
        const Matrix centroids = matrixFromJson(c.ref.value(QLatin1String("centroids")));
        const double ours = inertia(c.data, c.labels, centroids);
        const double expected = c.ref.value(QLatin1String("inertia")).toDouble();
        QVERIFY2(relativeDiff(ours, expected) <= kTolerance, differs("KMeans inertia_", ours, expected));
    }
    const Case k2 = loadCase(QStringLiteral("metrics_wholesale.json"), 0);
    const double published =
        inertia(k2.data, k2.labels, matrixFromJson(k2.ref.value(QLatin1String("centroids"))));
    QVERIFY2(std::abs(published - 1844.06) < 0.005, differs("published K=2 inertia", published, 1844.06));
}

void TestMetrics::identicalForAnyThreadCount() {
    const Case c = loadCase(QStringLiteral("metrics_blobs.json"), 0);
    const Vector one = silhouetteSamples(c.data, c.labels, c.k, 1);
    QVERIFY2(one == silhouetteSamples(c.data, c.labels, c.k, 2),
             "silhouette depends on the thread count (1 vs 2)");
    QVERIFY2(one == silhouetteSamples(c.data, c.labels, c.k, 3),
             "silhouette depends on the thread count (1 vs 3)");
}

void TestMetrics::exactTimingAndSampledSilhouette() {
    const Case c = syntheticBlobs(20000, 8, 5, 2024);
    SilhouetteOptions options;
    options.mode = SilhouetteMode::Exact;
    QElapsedTimer timer;
    double exact[2] = {};
    for (int threads : {1, 2}) {
        options.threads = threads;
        timer.start();
        exact[threads - 1] = silhouetteScore(c.data, c.labels, c.k, options).mean;
        qInfo("exact silhouette, 20000 x 8, K=5, %d thread(s): %lld ms", threads, timer.elapsed());
    }
    QVERIFY2(exact[0] == exact[1], "exact silhouette differs between 1 and 2 threads");

    options.mode = SilhouetteMode::Sampled;
    options.sampleSize = 2000;
    options.seed = 77;
    const SilhouetteScore sampled = silhouetteScore(c.data, c.labels, c.k, options);
    QVERIFY(sampled.sampled);
    QCOMPARE(sampled.sampleSize, Index(2000));
    QCOMPARE(sampled.seed, std::uint64_t(77));
    QVERIFY2(std::abs(sampled.mean - exact[0]) < 0.02,
             differs("sampled vs exact silhouette", sampled.mean, exact[0]));
    QCOMPARE(silhouetteScore(c.data, c.labels, c.k, options).mean, sampled.mean);
    options.seed = 78;
    QVERIFY2(silhouetteScore(c.data, c.labels, c.k, options).mean != sampled.mean,
             "a different seed drew the same sample");
}

void TestMetrics::autoModeSwitchesAtLimit() {
    const Case c = loadCase(QStringLiteral("metrics_blobs.json"), 0);
    SilhouetteOptions options; // Auto
    options.sampleSize = 1000;
    options.autoExactLimit = c.data.rows();
    const SilhouetteScore exact = silhouetteScore(c.data, c.labels, c.k, options);
    QVERIFY2(!exact.sampled, "Auto sampled at the exact limit");
    QVERIFY(std::abs(exact.mean - c.ref.value(QLatin1String("silhouette_score")).toDouble()) <= kTolerance);
    options.autoExactLimit = c.data.rows() - 1;
    options.seed = 5;
    const SilhouetteScore sampled = silhouetteScore(c.data, c.labels, c.k, options);
    QVERIFY2(sampled.sampled, "Auto did not sample above the exact limit");
    QCOMPARE(sampled.sampleSize, Index(1000));
    QCOMPARE(sampled.seed, std::uint64_t(5));
}

void TestMetrics::rejectsInvalidLabels_data() {
    QTest::addColumn<MetricCall>("metric");
    QTest::addColumn<int>("labelCase");
    QTest::addColumn<QString>("mustMention");
    const QList<QPair<const char*, MetricCall>> metrics{
        {"silhouetteSamples", [](const Matrix& x, const Labels& l, int k) { silhouetteSamples(x, l, k); }},
        {"silhouetteScore", [](const Matrix& x, const Labels& l, int k) { silhouetteScore(x, l, k); }},
        {"calinskiHarabasz", [](const Matrix& x, const Labels& l, int k) { calinskiHarabasz(x, l, k); }},
        {"daviesBouldin", [](const Matrix& x, const Labels& l, int k) { daviesBouldin(x, l, k); }},
    };
    const QList<QPair<const char*, QString>> cases{
        {"one cluster", QStringLiteral("1 cluster")},
        {"every row its own cluster", QStringLiteral("10 cluster")},
        {"label out of range", QStringLiteral("Row 7 has cluster label 3")},
        {"negative label", QStringLiteral("Row 2 has cluster label -1")},
        {"label count mismatch", QStringLiteral("9 cluster labels for 10 rows")},
        {"missing value", QStringLiteral("row 4, column 2")},
    };
    for (const auto& [metricName, metric] : metrics)
        for (int i = 0; i < cases.size(); ++i)
            QTest::addRow("%s: %s", metricName, cases[i].first) << metric << i << cases[i].second;
}

void TestMetrics::rejectsInvalidLabels() {
    QFETCH(MetricCall, metric);
    QFETCH(int, labelCase);
    QFETCH(QString, mustMention);
    Matrix data = Matrix::Random(10, 3);
    Labels labels{0, 1, 2, 0, 1, 2, 0, 1, 2, 0};
    int k = 3;
    switch (labelCase) {
    case 0:
        labels.assign(10, 0);
        break;
    case 1:
        k = 10;
        for (int i = 0; i < 10; ++i)
            labels[static_cast<std::size_t>(i)] = i;
        break;
    case 2:
        labels[6] = 3;
        break;
    case 3:
        labels[1] = -1;
        break;
    case 4:
        labels.pop_back();
        break;
    default:
        data(3, 1) = std::numeric_limits<double>::quiet_NaN();
    }
    try {
        metric(data, labels, k);
        QFAIL("invalid input was accepted");
    } catch (const DataError& error) {
        QVERIFY2(error.message().contains(mustMention),
                 qPrintable(
                     QStringLiteral("message '%1' does not mention '%2'").arg(error.message(), mustMention)));
    }
}

// Issue 20: a sample that misses a small segment holds one segment only; its silhouette is undefined
// (NaN), which must not fail the analysis. Independent reference: the exact silhouette of the two rows.
void TestMetrics::sampleOfOneSegmentIsUndefined() {
    Matrix data(4, 1);
    data << 0.0, 1.0, 2.0, 10.0;
    const Labels labels{0, 0, 0, 1};
    // The silhouette of a 3-row sample holding row 4 and two of rows 1–3, (b − a) / max(a, b) by hand;
    // row 4 is alone in its segment (0).
    const auto sampleMean = [](double p, double q) {
        const double a = std::abs(p - q);
        return ((10.0 - p - a) / (10.0 - p) + (10.0 - q - a) / (10.0 - q)) / 3.0;
    };
    const std::array expected{sampleMean(0, 1), sampleMean(0, 2), sampleMean(1, 2)};
    SilhouetteOptions options;
    options.mode = SilhouetteMode::Sampled;
    options.sampleSize = 3;
    int undefined = 0;
    int defined = 0;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        options.seed = seed;
        const SilhouetteScore score = silhouetteScore(data, labels, 2, options);
        QCOMPARE(score.sampleSize, Index(3));
        if (std::isnan(score.mean)) {
            ++undefined;
            continue;
        }
        ++defined;
        QVERIFY2(std::any_of(expected.begin(), expected.end(),
                             [&](double e) { return std::abs(score.mean - e) < 1e-12; }),
                 qPrintable(QStringLiteral("seed %1: silhouette %2").arg(seed).arg(score.mean)));
    }
    qInfo("%d of 20 samples held one segment", undefined);
    QVERIFY2(undefined > 0 && defined > 0, "the seeds never drew both kinds of sample");
}

void TestMetrics::cancels() {
    const Case c = loadCase(QStringLiteral("metrics_blobs.json"), 0);
    std::atomic_bool cancel{true};
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             silhouetteSamples(c.data, c.labels, c.k, 2, TaskControl({}, &cancel)));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
