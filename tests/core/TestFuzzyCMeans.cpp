#include "core/Error.h"
#include "core/FuzzyCMeans.h"

#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <cmath>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

// The data a reference fixture was computed on: stored in the fixture, or the blobs CSV.
Matrix fcmData(const QJsonObject& ref) {
    return fixtureData(ref, QStringLiteral("tests/fixtures/data/fcm_blobs.csv"));
}

FcmOptions optionsOf(const QJsonObject& ref, int threads) {
    FcmOptions options;
    options.m = ref.value(QStringLiteral("m")).toDouble();
    options.maxIter = ref.value(QStringLiteral("iterMax")).toInt();
    options.tol = ref.value(QStringLiteral("reltol")).toDouble();
    options.threads = threads;
    options.orderSegments = false; // keep R's cluster order
    return options;
}

// Four copies of the Wholesale matrix with small shifts: several row blocks for the thread test.
Matrix manyBlocks() {
    const Matrix base =
        matrixFromJson(loadReference(QStringLiteral("fcm_wholesale_c3.json")).value(QStringLiteral("data")));
    Matrix data(base.rows() * 4, base.cols());
    for (Index copy = 0; copy < 4; ++copy)
        data.middleRows(copy * base.rows(), base.rows()) = base.array() + 0.01 * static_cast<double>(copy);
    return data;
}

} // namespace

class TestFuzzyCMeans : public QObject {
    Q_OBJECT

private slots:
    void matchesE1071FromGivenCentres_data();
    void matchesE1071FromGivenCentres();
    void threadCountDoesNotChangeResult();
    void orderingPermutesMembershipsWithCentres();
    void rowOnCentreGetsFullMembership();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void fullFitNeedsDistinctRows();
    void cancels();
    void kmeansPlusPlusStartsFindR_optimum();
    void restartsNeverWorsenObjective();
};

void TestFuzzyCMeans::matchesE1071FromGivenCentres_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("threads");
    QTest::newRow("wholesale c=3 m=2, converged") << QStringLiteral("fcm_wholesale_c3.json") << 1;
    QTest::newRow("wholesale c=3 m=2, 5 iterations") << QStringLiteral("fcm_wholesale_c3_iter5.json") << 2;
    QTest::newRow("blobs c=4 m=1.7") << QStringLiteral("fcm_blobs_c4_m1_7.json") << 2;
}

void TestFuzzyCMeans::matchesE1071FromGivenCentres() {
    QFETCH(QString, fixture);
    QFETCH(int, threads);
    const QJsonObject ref = loadReference(fixture);
    const Matrix data = fcmData(ref);
    const FcmOptions options = optionsOf(ref, threads);
    const FcmResult fit =
        fuzzyCMeansFrom(data, matrixFromJson(ref.value(QStringLiteral("initialCentres"))), options);

    const double membershipDiff =
        maxAbsDiff(fit.memberships, matrixFromJson(ref.value(QStringLiteral("memberships"))));
    QVERIFY2(membershipDiff < 1e-6,
             qPrintable(QStringLiteral("memberships differ from R by %1").arg(membershipDiff)));
    const double centreDiff = maxAbsDiff(fit.centroids, matrixFromJson(ref.value(QStringLiteral("centres"))));
    QVERIFY2(centreDiff < 1e-6, qPrintable(QStringLiteral("centres differ from R by %1").arg(centreDiff)));
    const double objective = ref.value(QStringLiteral("objective")).toDouble();
    QVERIFY2(
        std::abs(fit.objective - objective) < 1e-9 * objective,
        qPrintable(
            QStringLiteral("objective %1, R %2").arg(fit.objective, 0, 'g', 17).arg(objective, 0, 'g', 17)));
    QVERIFY2(std::abs(fit.partitionCoefficient -
                      ref.value(QStringLiteral("partitionCoefficient")).toDouble()) < 1e-7,
             "partition coefficient differs from numpy on R's memberships");
    QVERIFY2(std::abs(fit.partitionEntropy - ref.value(QStringLiteral("partitionEntropy")).toDouble()) < 1e-7,
             "partition entropy differs from numpy on R's memberships");
    QCOMPARE(fit.labels, labelsFromJson(ref.value(QStringLiteral("hardLabels"))));

    // R's iter is one less than its centre updates when it converged, equal to iter.max otherwise.
    const int rIter = ref.value(QStringLiteral("rIter")).toInt();
    if (rIter < options.maxIter) {
        QVERIFY2(fit.converged, "R converged but we did not");
        QVERIFY2(
            std::abs(fit.iterations - (rIter + 1)) <= 1,
            qPrintable(QStringLiteral("%1 centre updates, R needed %2").arg(fit.iterations).arg(rIter + 1)));
    } else {
        QVERIFY2(!fit.converged, "stopped by the iteration limit, yet reported converged");
        QCOMPARE(fit.iterations, options.maxIter);
    }
}

void TestFuzzyCMeans::threadCountDoesNotChangeResult() {
    const Matrix data = manyBlocks();
    FcmOptions options;
    options.maxIter = 40;
    const Matrix centres = data(std::vector<Index>{5, 600, 1200}, Eigen::all);
    options.threads = 1;
    const FcmResult one = fuzzyCMeansFrom(data, centres, options);
    options.threads = 2;
    const FcmResult two = fuzzyCMeansFrom(data, centres, options);
    QVERIFY2(one.memberships == two.memberships, "memberships depend on the thread count");
    QVERIFY2(one.centroids == two.centroids, "centres depend on the thread count");
    QCOMPARE(one.objective, two.objective);
    QCOMPARE(one.partitionCoefficient, two.partitionCoefficient);
    QCOMPARE(one.partitionEntropy, two.partitionEntropy);
    QCOMPARE(one.iterations, two.iterations);
    QCOMPARE(one.labels, two.labels);
}

void TestFuzzyCMeans::orderingPermutesMembershipsWithCentres() {
    const QJsonObject ref = loadReference(QStringLiteral("fcm_blobs_c4_m1_7.json"));
    const Matrix data = fcmData(ref);
    FcmOptions options = optionsOf(ref, 2);
    const Matrix centres = matrixFromJson(ref.value(QStringLiteral("initialCentres")));
    const FcmResult raw = fuzzyCMeansFrom(data, centres, options);
    options.orderSegments = true;
    const FcmResult ordered = fuzzyCMeansFrom(data, centres, options);

    for (std::size_t s = 1; s < ordered.sizes.size(); ++s)
        QVERIFY2(ordered.sizes[s - 1] >= ordered.sizes[s], "segments are not ordered largest first");
    for (Index s = 0; s < ordered.centroids.rows(); ++s) {
        Index from = 0;
        while (from < raw.centroids.rows() && raw.centroids.row(from) != ordered.centroids.row(s))
            ++from;
        QVERIFY2(from < raw.centroids.rows(), "an ordered centre is not one of the fitted centres");
        QVERIFY2(ordered.memberships.col(s) == raw.memberships.col(from),
                 "membership column not moved with its centre");
        QCOMPARE(ordered.sizes[s], raw.sizes[from]);
        for (std::size_t i = 0; i < raw.labels.size(); ++i)
            QCOMPARE(raw.labels[i] == from, ordered.labels[i] == s);
    }
}

void TestFuzzyCMeans::rowOnCentreGetsFullMembership() {
    // Two pairs of identical rows and centres on them: every row lies on a centre, which never moves.
    Matrix data(4, 2);
    data << 0, 0, 0, 0, 10, 10, 10, 10;
    Matrix centres(2, 2);
    centres << 0, 0, 10, 10;
    FcmOptions options;
    options.orderSegments = false;
    const FcmResult fit = fuzzyCMeansFrom(data, centres, options);
    Matrix expected(4, 2);
    expected << 1, 0, 1, 0, 0, 1, 0, 1;
    QCOMPARE(maxAbsDiff(fit.memberships, expected), 0.0);
    QCOMPARE(maxAbsDiff(fit.centroids, centres), 0.0);
    QCOMPARE(fit.objective, 0.0);
    QCOMPARE(fit.partitionCoefficient, 1.0);
    QCOMPARE(fit.partitionEntropy, 0.0);
    QVERIFY(fit.converged);
}

void TestFuzzyCMeans::rejectsBadInput_data() {
    QTest::addColumn<Matrix>("data");
    QTest::addColumn<Matrix>("centres");
    QTest::addColumn<double>("m");
    QTest::addColumn<int>("maxIter");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("fullFitToo"); // the fault lies in data or settings fuzzyCMeans() also takes

    Matrix data(4, 2);
    data << 0, 0, 1, 0, 5, 5, 6, 5;
    Matrix two(2, 2);
    two << 0, 0, 5, 5;
    Matrix nan = data;
    nan(2, 1) = std::nan("");
    Matrix inf = data;
    inf(3, 0) = INFINITY;
    Matrix five(5, 2);
    five << 0, 0, 1, 1, 2, 2, 3, 3, 4, 4;
    Matrix duplicate(2, 2);
    duplicate << 1, 0, 1, 0;

    QTest::newRow("one centre") << data << Matrix(two.topRows(1)) << 2.0 << 100
                                << QStringLiteral("at least 2") << true;
    QTest::newRow("more centres than rows") << data << five << 2.0 << 100 << QStringLiteral("4 rows") << true;
    QTest::newRow("m = 1") << data << two << 1.0 << 100 << QStringLiteral("fuzzifier") << true;
    QTest::newRow("m below 1") << data << two << 0.5 << 100 << QStringLiteral("fuzzifier") << true;
    QTest::newRow("m NaN") << data << two << std::nan("") << 100 << QStringLiteral("fuzzifier") << true;
    QTest::newRow("missing value") << nan << two << 2.0 << 100 << QStringLiteral("Row 3, column 2") << true;
    QTest::newRow("infinite value") << inf << two << 2.0 << 100 << QStringLiteral("Row 4, column 1") << true;
    QTest::newRow("centre width") << data << Matrix(two.leftCols(1)) << 2.0 << 100
                                  << QStringLiteral("1 columns") << false;
    QTest::newRow("identical centres")
        << data << duplicate << 2.0 << 100 << QStringLiteral("identical") << false;
    QTest::newRow("no iterations") << data << two << 2.0 << 0 << QStringLiteral("iteration limit") << true;
}

void TestFuzzyCMeans::rejectsBadInput() {
    QFETCH(Matrix, data);
    QFETCH(Matrix, centres);
    QFETCH(double, m);
    QFETCH(int, maxIter);
    QFETCH(QString, mentions);
    QFETCH(bool, fullFitToo);
    FcmOptions options;
    options.m = m;
    options.maxIter = maxIter;
    try {
        fuzzyCMeansFrom(data, centres, options);
        QFAIL("bad input was accepted");
    } catch (const DataError& e) {
        QVERIFY2(e.message().contains(mentions),
                 qPrintable(QStringLiteral("message lacks '%1': %2").arg(mentions, e.message())));
    }
    if (fullFitToo) {
        options.c = static_cast<int>(centres.rows());
        QVERIFY_THROWS_EXCEPTION(DataError, fuzzyCMeans(data, options));
    }
}

void TestFuzzyCMeans::fullFitNeedsDistinctRows() {
    Matrix data(4, 2);
    data << 1, 1, 1, 1, 2, 2, 2, 2;
    FcmOptions options;
    options.c = 3;
    QVERIFY_THROWS_EXCEPTION(DataError, fuzzyCMeans(data, options));
    options.nInit = 0;
    options.c = 2;
    QVERIFY_THROWS_EXCEPTION(DataError, fuzzyCMeans(data, options));
}

void TestFuzzyCMeans::cancels() {
    const Matrix data = manyBlocks();
    std::atomic_bool cancel{true};
    const TaskControl control({}, &cancel);
    FcmOptions options;
    QVERIFY_THROWS_EXCEPTION(Cancelled, fuzzyCMeansFrom(data, data.topRows(3), options, control));
    QVERIFY_THROWS_EXCEPTION(Cancelled, fuzzyCMeans(data, options, control));
}

void TestFuzzyCMeans::kmeansPlusPlusStartsFindR_optimum() {
    // The blobs are well separated: any sensible start reaches the fit R found from near the true centres.
    const QJsonObject ref = loadReference(QStringLiteral("fcm_blobs_c4_m1_7.json"));
    const Matrix data = fcmData(ref);
    FcmOptions options = optionsOf(ref, 2);
    options.c = 4;
    options.nInit = 3;
    options.seed = 7;
    options.orderSegments = true;
    const FcmResult fit = fuzzyCMeans(data, options);
    const double objective = ref.value(QStringLiteral("objective")).toDouble();
    QVERIFY2(std::abs(fit.objective - objective) < 1e-7 * objective,
             qPrintable(QStringLiteral("objective %1, R %2").arg(fit.objective).arg(objective)));
    const Matrix rCentres = matrixFromJson(ref.value(QStringLiteral("centres")));
    for (Index s = 0; s < rCentres.rows(); ++s) {
        double nearest = INFINITY;
        for (Index t = 0; t < fit.centroids.rows(); ++t)
            nearest = std::min(nearest, (fit.centroids.row(t) - rCentres.row(s)).norm());
        QVERIFY2(nearest < 1e-4,
                 qPrintable(QStringLiteral("R centre %1 not found (off by %2)").arg(s).arg(nearest)));
    }
}

void TestFuzzyCMeans::restartsNeverWorsenObjective() {
    const Matrix data =
        matrixFromJson(loadReference(QStringLiteral("fcm_wholesale_c3.json")).value(QStringLiteral("data")));
    FcmOptions options;
    options.c = 5;
    options.seed = 42;
    const FcmResult once = fuzzyCMeans(data, options);
    const FcmResult again = fuzzyCMeans(data, options);
    QVERIFY2(once.memberships == again.memberships, "the same seed gave different fits");
    options.nInit = 4;
    const FcmResult best = fuzzyCMeans(data, options);
    QVERIFY2(best.objective <= once.objective, "more restarts (first one shared) gave a worse objective");
    QVERIFY(best.partitionCoefficient >= 1.0 / options.c && best.partitionCoefficient <= 1.0);
    QVERIFY(best.partitionEntropy >= 0.0 && best.partitionEntropy <= std::log(options.c));
}

QTEST_APPLESS_MAIN(TestFuzzyCMeans)
#include "TestFuzzyCMeans.moc"
