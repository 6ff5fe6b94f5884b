#include "core/Error.h"
#include "core/Pca.h"
#include "core/Random.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <atomic>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

/// Agreement with scikit-learn relative to the magnitude of the reference (absolute below magnitude 1).
constexpr double kTolerance = 1e-9;

double scaleOf(const Matrix& reference) {
    return std::max(1.0, reference.cwiseAbs().maxCoeff());
}

Matrix rowVector(const Vector& v) {
    return v.transpose();
}

/// The input each reference fixture was computed from.
Matrix referenceInput(const QString& fixture) {
    if (fixture == QLatin1String("pca_wholesale_raw.json"))
        return wholesaleSpending();
    if (fixture == QLatin1String("pca_correlated.json"))
        return loadNumericCsv(QStringLiteral("tests/fixtures/data/pca_correlated.csv"));
    return matrixFromJson(loadReference(fixture).value(QLatin1String("data")));
}

/// Correlated Gaussian rows generated here, for properties that need no reference.
Matrix syntheticRows(Index rows, Index cols, std::uint64_t seed) {
    Rng rng(seed);
    Matrix m(rows, cols);
    for (Index r = 0; r < rows; ++r) {
        double shared = rng.uniform() - 0.5;
        for (Index c = 0; c < cols; ++c)
            m(r, c) = shared * static_cast<double>(c + 1) + rng.uniform() + 100.0 * static_cast<double>(c);
    }
    return m;
}

PcaResult fitWith(const Matrix& data, int components, int threads) {
    PcaOptions options;
    options.components = components;
    options.threads = threads;
    return fitPca(data, options);
}

void expectDataError(const Matrix& data, const PcaOptions& options, const QString& mustMention) {
    try {
        fitPca(data, options);
        QFAIL("fitPca accepted invalid input");
    } catch (const DataError& error) {
        QVERIFY2(error.message().contains(mustMention),
                 qPrintable(
                     QStringLiteral("message '%1' does not mention '%2'").arg(error.message(), mustMention)));
    }
}

} // namespace

class TestPca : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void varianceFractionGivesScikitLearnCount_data();
    void varianceFractionGivesScikitLearnCount();
    void publishedWholesaleRatios();
    void identicalForAnyThreadCount();
    void projectsNewRowsLikeFit();
    void rejectsBadInput();
    void reportsProgressAndCancels();
};

void TestPca::matchesScikitLearn_data() {
    QTest::addColumn<QString>("fixture");
    QTest::newRow("wholesale log1p+standardised") << QStringLiteral("pca_wholesale_logstd.json");
    QTest::newRow("wholesale raw") << QStringLiteral("pca_wholesale_raw.json");
    QTest::newRow("correlated 2000x7, several blocks") << QStringLiteral("pca_correlated.json");
    QTest::newRow("wide 10x15") << QStringLiteral("pca_wide.json");
}

void TestPca::matchesScikitLearn() {
    QFETCH(QString, fixture);
    const QJsonObject ref = loadReference(fixture);
    const Matrix data = referenceInput(fixture);
    const int components = ref.value(QLatin1String("n_components")).toInt();
    const PcaResult pca = fitWith(data, components, 2);

    QCOMPARE(pca.componentCount(), Index(components));
    const auto check = [&](const char* what, const Matrix& ours, const QJsonValue& reference) {
        const Matrix expected = reference.isArray() && reference.toArray().first().isArray()
                                    ? matrixFromJson(reference)
                                    : rowVector(vectorFromJson(reference));
        const double diff = maxAbsDiff(ours, expected);
        QVERIFY2(diff <= kTolerance * scaleOf(expected),
                 qPrintable(QStringLiteral("%1 differs from scikit-learn by %2 (scale %3)")
                                .arg(QLatin1String(what))
                                .arg(diff)
                                .arg(scaleOf(expected))));
    };
    check("mean", rowVector(pca.mean), ref.value(QLatin1String("mean")));
    check("explained_variance_ratio_", rowVector(pca.explainedVarianceRatio),
          ref.value(QLatin1String("explained_variance_ratio")));
    check("explained_variance_", rowVector(pca.explainedVariance),
          ref.value(QLatin1String("explained_variance")));
    check("singular_values_", rowVector(pca.singularValues), ref.value(QLatin1String("singular_values")));
    check("components_ (signs included)", pca.components, ref.value(QLatin1String("components")));
    check("transform() scores", pca.scores, ref.value(QLatin1String("scores")));

    Vector cumulative = pca.explainedVarianceRatio;
    for (Index i = 1; i < cumulative.size(); ++i)
        cumulative(i) += cumulative(i - 1);
    QVERIFY2(maxAbsDiff(pca.cumulativeRatio, cumulative) <= 1e-15, "cumulative ratio is not the running sum");
}

void TestPca::varianceFractionGivesScikitLearnCount_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("expected");
    const QStringList fixtures{QStringLiteral("pca_wholesale_logstd.json"),
                               QStringLiteral("pca_wholesale_raw.json"),
                               QStringLiteral("pca_correlated.json"), QStringLiteral("pca_wide.json")};
    for (const QString& fixture : fixtures) {
        const QJsonObject counts =
            loadReference(fixture).value(QLatin1String("fraction_components")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QTest::addRow("%s f=%s", qPrintable(fixture), qPrintable(it.key()))
                << fixture << it.key().toDouble() << it.value().toInt();
    }
}

void TestPca::varianceFractionGivesScikitLearnCount() {
    QFETCH(QString, fixture);
    QFETCH(double, fraction);
    QFETCH(int, expected);
    PcaOptions options;
    options.components = 0;
    options.varianceFraction = fraction;
    const PcaResult pca = fitPca(referenceInput(fixture), options);
    QCOMPARE(pca.componentCount(), Index(expected));
    QVERIFY2(pca.cumulativeRatio(expected - 1) > fraction, "kept components do not exceed the fraction");
}

void TestPca::publishedWholesaleRatios() {
    const Matrix data = referenceInput(QStringLiteral("pca_wholesale_logstd.json"));
    const PcaResult pca = fitWith(data, 2, 1);
    QVERIFY2(std::abs(pca.explainedVarianceRatio(0) - 0.44078) < 5e-6,
             "PC1 ratio differs from published 0.44078");
    QVERIFY2(std::abs(pca.explainedVarianceRatio(1) - 0.27195) < 5e-6,
             "PC2 ratio differs from published 0.27195");
}

void TestPca::identicalForAnyThreadCount() {
    // 20000 rows: 79 blocks, so the TSQR tree has several levels.
    const Matrix data = syntheticRows(20000, 5, 42);
    const PcaResult one = fitWith(data, 5, 1);
    const PcaResult two = fitWith(data, 5, 2);
    QVERIFY2(one.singularValues == two.singularValues, "singular values depend on the thread count");
    QVERIFY2(one.components == two.components, "components depend on the thread count");
    QVERIFY2(one.scores == two.scores, "scores depend on the thread count");
}

void TestPca::projectsNewRowsLikeFit() {
    const QJsonObject ref = loadReference(QStringLiteral("pca_wholesale_raw.json"));
    const Matrix data = wholesaleSpending();
    const PcaResult pca = fitWith(data, 3, 2);
    const Matrix projected = projectPca(pca, data.bottomRows(40));
    const Matrix expected = matrixFromJson(ref.value(QLatin1String("scores"))).bottomRows(40).leftCols(3);
    QVERIFY2(maxAbsDiff(projected, expected) <= kTolerance * scaleOf(expected),
             "projectPca differs from scikit-learn transform()");
    QVERIFY_THROWS_EXCEPTION(DataError, projectPca(pca, data.leftCols(5)));
}

void TestPca::rejectsBadInput() {
    PcaOptions options;
    expectDataError(Matrix::Ones(1, 3), options, QStringLiteral("at least 2 rows"));
    Matrix withNan = wholesaleSpending();
    withNan(2, 1) = std::numeric_limits<double>::quiet_NaN();
    expectDataError(withNan, options, QStringLiteral("row 3, column 2"));
    Matrix withInf = wholesaleSpending();
    withInf(439, 5) = std::numeric_limits<double>::infinity();
    expectDataError(withInf, options, QStringLiteral("row 440, column 6"));
    expectDataError(Matrix::Constant(5, 2, 3.0), options, QStringLiteral("constant"));

    options.components = -1;
    expectDataError(wholesaleSpending(), options, QStringLiteral("-1"));
    options.components = 0;
    options.varianceFraction = 0.0;
    expectDataError(wholesaleSpending(), options, QStringLiteral("fraction"));
    options.varianceFraction = 1.5;
    expectDataError(wholesaleSpending(), options, QStringLiteral("1.5"));

    options.components = 50; // more than min(rows, cols): capped
    QCOMPARE(fitPca(wholesaleSpending(), options).componentCount(), Index(6));
}

void TestPca::reportsProgressAndCancels() {
    const Matrix data = syntheticRows(5000, 4, 7);
    double last = -1.0;
    bool monotonic = true;
    const TaskControl progress(
        [&](double fraction, const QString&) {
            monotonic = monotonic && fraction >= last;
            last = fraction;
        },
        nullptr);
    fitPca(data, PcaOptions{}, progress);
    QVERIFY2(monotonic, "progress went backwards");
    QCOMPARE(last, 1.0);

    std::atomic_bool cancel{true};
    QVERIFY_THROWS_EXCEPTION(Cancelled, fitPca(data, PcaOptions{}, TaskControl({}, &cancel)));
}

QTEST_GUILESS_MAIN(TestPca)
#include "TestPca.moc"
