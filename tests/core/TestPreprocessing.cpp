#include "core/DataMatrix.h"
#include "core/Error.h"
#include "core/Preprocessing.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

Q_DECLARE_METATYPE(segmenta::DataMatrix)
Q_DECLARE_METATYPE(segmenta::Recipe)

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kRelTolerance = 1e-12;

DataMatrix table(const QStringList& names, const Matrix& values, const QList<QStringList>& levels = {}) {
    QList<ColumnInfo> columns;
    for (qsizetype c = 0; c < names.size(); ++c) {
        ColumnInfo info;
        info.name = names.at(c);
        info.levels = levels.value(c);
        columns << info;
    }
    return DataMatrix(values, columns);
}

/// The rows [begin, end) of a CSV named by a fixture's "fit" or "apply" object (all rows without "begin").
DataMatrix tableFromSource(const QJsonObject& source) {
    QStringList header;
    Matrix values = loadNumericCsv(source.value(QStringLiteral("file")).toString(), &header);
    if (source.contains(QStringLiteral("begin"))) {
        const int begin = source.value(QStringLiteral("begin")).toInt();
        const int end = source.value(QStringLiteral("end")).toInt();
        values = Matrix(values.middleRows(begin, end - begin));
    }
    return table(header, values);
}

/// Largest |actual - expected| / max(1, |expected|).
double maxRelDiff(const Matrix& actual, const Matrix& expected) {
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols())
        return kInf;
    double worst = 0.0;
    for (Index r = 0; r < actual.rows(); ++r)
        for (Index c = 0; c < actual.cols(); ++c)
            worst = std::max(worst, std::abs(actual(r, c) - expected(r, c)) /
                                        std::max(1.0, std::abs(expected(r, c))));
    return worst;
}

/// A reference statistic: null in the fixture means the statistic is unused (bounds are then infinite).
void compareParam(const QJsonValue& expected, double actual, double unused, const char* what, int step) {
    const double want = expected.isNull() ? unused : expected.toDouble();
    const bool ok = std::isinf(want)
                        ? actual == want
                        : std::abs(actual - want) <= kRelTolerance * std::max(1.0, std::abs(want));
    QVERIFY2(ok, qPrintable(QStringLiteral("numeric step %1: fitted %2 is %3, scikit-learn says %4")
                                .arg(step)
                                .arg(QLatin1String(what))
                                .arg(actual, 0, 'g', 17)
                                .arg(want, 0, 'g', 17)));
}

Matrix column(std::initializer_list<double> values) {
    Matrix m(static_cast<Index>(values.size()), 1);
    Index r = 0;
    for (double v : values)
        m(r++, 0) = v;
    return m;
}

FeatureStep numericStep(const QString& name, Transform transform = Transform::None,
                        Scaling scaling = Scaling::None) {
    FeatureStep step;
    step.column = name;
    step.transform = transform;
    step.scaling = scaling;
    return step;
}

QString errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const DataError& error) {
        return error.message();
    }
    return QStringLiteral("<no DataError thrown>");
}
} // namespace

class TestPreprocessing : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void mostFrequentTieTakesSmallestValue();
    void unseenCategoryGivesZeroIndicators();
    void textCategoriesAreMatchedByText();
    void fittedStatisticsAreReusedOnNewData();
    void errorsNameColumnAndRow_data();
    void errorsNameColumnAndRow();
    void constantColumnIsScaledToZero_data();
    void constantColumnIsScaledToZero();
    void resultDoesNotDependOnThreadCount();
};

void TestPreprocessing::matchesScikitLearn_data() {
    QTest::addColumn<QString>("fixture");
    const QStringList files =
        QDir(sourcePath(QStringLiteral("tests/fixtures/reference")))
            .entryList({QStringLiteral("preprocessing_*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 19,
             "the preprocessing reference fixtures are missing; run make_preprocessing.py");
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// Full pipeline against the scikit-learn/numpy pipeline of make_preprocessing.py: kept rows, drop counts,
// feature names and fitted statistics exactly or to 1e-12 relative, the feature matrix to 1e-12 relative.
void TestPreprocessing::matchesScikitLearn() {
    QFETCH(QString, fixture);
    const QJsonObject ref = loadReference(fixture);
    const Recipe recipe = Recipe::fromJson(ref.value(QStringLiteral("recipe")).toObject());
    const DataMatrix fitData = tableFromSource(ref.value(QStringLiteral("fit")).toObject());
    const DataMatrix applyData = tableFromSource(ref.value(QStringLiteral("apply")).toObject());

    const FittedRecipe fitted = FittedRecipe::fit(fitData, recipe);
    const PreprocessResult result = fitted.transform(applyData);

    QStringList expectedNames;
    for (const QJsonValue& name : ref.value(QStringLiteral("featureNames")).toArray())
        expectedNames << name.toString();
    QCOMPARE(result.featureNames, expectedNames);
    QCOMPARE(fitted.featureNames(), expectedNames);

    const Labels expectedRows = labelsFromJson(ref.value(QStringLiteral("rows")));
    QCOMPARE(std::vector<Index>(expectedRows.begin(), expectedRows.end()), result.rows);
    QCOMPARE(result.droppedMissing, Index(ref.value(QStringLiteral("droppedMissing")).toInteger()));
    QCOMPARE(result.droppedOutliers, Index(ref.value(QStringLiteral("droppedOutliers")).toInteger()));

    const QJsonArray params = ref.value(QStringLiteral("numericParams")).toArray();
    QCOMPARE(fitted.numericParams().size(), std::size_t(params.size()));
    for (qsizetype j = 0; j < params.size(); ++j) {
        const QJsonObject expected = params.at(j).toObject();
        const FittedRecipe::NumericParams& p = fitted.numericParams()[j];
        if (!expected.value(QStringLiteral("imputeValue")).isNull())
            compareParam(expected.value(QStringLiteral("imputeValue")), p.imputeValue, 0.0, "impute value",
                         j);
        compareParam(expected.value(QStringLiteral("lowerBound")), p.lowerBound, -kInf, "lower bound", j);
        compareParam(expected.value(QStringLiteral("upperBound")), p.upperBound, kInf, "upper bound", j);
        compareParam(expected.value(QStringLiteral("center")), p.center, 0.0, "center", j);
        compareParam(expected.value(QStringLiteral("scale")), p.scale, 1.0, "scale", j);
    }
    const QJsonArray levels = ref.value(QStringLiteral("categoryLevels")).toArray();
    QCOMPARE(fitted.categoryLevels().size(), std::size_t(levels.size()));
    for (qsizetype k = 0; k < levels.size(); ++k) {
        const Vector expected = vectorFromJson(levels.at(k));
        QCOMPARE(fitted.categoryLevels()[k], std::vector<double>(expected.begin(), expected.end()));
    }

    const Matrix expected = matrixFromJson(ref.value(QStringLiteral("features")));
    const double diff = maxRelDiff(result.features, expected);
    QVERIFY2(
        diff <= kRelTolerance,
        qPrintable(QStringLiteral("feature matrix differs from scikit-learn by %1 (relative)").arg(diff)));
}

void TestPreprocessing::mostFrequentTieTakesSmallestValue() {
    // 7 and 2 occur twice each: scikit-learn's SimpleImputer(strategy="most_frequent") picks 2.
    const DataMatrix data = table({QStringLiteral("A")}, column({7, 2, kNaN, 7, 2, 9}));
    FeatureStep step = numericStep(QStringLiteral("A"));
    step.missing = MissingRule::MostFrequent;
    const PreprocessResult result = preprocess(data, Recipe::uniform({QStringLiteral("A")}, step));
    QCOMPARE(result.features(2, 0), 2.0);
}

void TestPreprocessing::unseenCategoryGivesZeroIndicators() {
    const QStringList names{QStringLiteral("X"), QStringLiteral("Kind")};
    Matrix fitValues(4, 2);
    fitValues << 1, 1, 2, 2, 3, 1, 4, 2;
    Matrix newValues(2, 2);
    newValues << 1, 3, 2, 2;
    const FittedRecipe fitted =
        FittedRecipe::fit(table(names, fitValues),
                          Recipe::uniform({QStringLiteral("X")}, numericStep({}), {QStringLiteral("Kind")}));
    QCOMPARE(fitted.featureNames(),
             (QStringList{QStringLiteral("X"), QStringLiteral("Kind=1"), QStringLiteral("Kind=2")}));
    const PreprocessResult result = fitted.transform(table(names, newValues));
    QCOMPARE(result.features.row(0).tail(2).sum(), 0.0);
    QCOMPARE(result.features(1, 2), 1.0);
}

void TestPreprocessing::textCategoriesAreMatchedByText() {
    const QStringList names{QStringLiteral("X"), QStringLiteral("Area")};
    Matrix fitValues(3, 2);
    fitValues << 1, 0, 2, 1, 3, 2;
    const DataMatrix fitData = table(
        names, fitValues, {{}, {QStringLiteral("north"), QStringLiteral("south"), QStringLiteral("east")}});
    CategoricalStep area;
    area.column = QStringLiteral("Area");
    area.dropFirst = true;
    Recipe recipe = Recipe::uniform({QStringLiteral("X")}, numericStep({}));
    recipe.categorical << area;
    const FittedRecipe fitted = FittedRecipe::fit(fitData, recipe);
    // Levels in stored order (order of first appearance), the first one left out.
    QCOMPARE(fitted.featureNames(),
             (QStringList{QStringLiteral("X"), QStringLiteral("Area=south"), QStringLiteral("Area=east")}));

    // New data codes its texts differently; "west" was never seen.
    Matrix newValues(3, 2);
    newValues << 1, 0, 1, 1, 1, 2;
    const PreprocessResult result = fitted.transform(table(
        names, newValues, {{}, {QStringLiteral("east"), QStringLiteral("west"), QStringLiteral("south")}}));
    Matrix expected(3, 3);
    expected << 1, 0, 1, 1, 0, 0, 1, 1, 0;
    QCOMPARE(result.features, expected);
}

void TestPreprocessing::fittedStatisticsAreReusedOnNewData() {
    FeatureStep step = numericStep(QStringLiteral("A"), Transform::None, Scaling::MinMax);
    step.missing = MissingRule::Mean;
    const FittedRecipe fitted = FittedRecipe::fit(table({QStringLiteral("A")}, column({0, 10, kNaN})),
                                                  Recipe::uniform({QStringLiteral("A")}, step));
    // Mean 5 and range [0, 10] come from the fitted data, not from the new rows.
    const PreprocessResult result = fitted.transform(table({QStringLiteral("A")}, column({kNaN, 20, -10})));
    QCOMPARE(result.features, column({0.5, 2.0, -1.0}));
}

void TestPreprocessing::errorsNameColumnAndRow_data() {
    QTest::addColumn<DataMatrix>("data");
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<DataMatrix>("newData");
    QTest::addColumn<QStringList>("mustMention");

    const QStringList a{QStringLiteral("Amount")};
    const DataMatrix good = table(a, column({1, 2, 3, 4}));
    const DataMatrix none;
    const auto recipeFor = [](FeatureStep step) { return Recipe::uniform({step.column}, step); };
    const FeatureStep plain = numericStep(QStringLiteral("Amount"));

    QTest::newRow("unknown column") << good << recipeFor(numericStep(QStringLiteral("Amont"))) << none
                                    << QStringList{QStringLiteral("'Amont'"),
                                                   QStringLiteral("does not have")};
    QTest::newRow("text column as numeric")
        << table(a, column({0, 1}), {{QStringLiteral("x"), QStringLiteral("y")}}) << recipeFor(plain) << none
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("text"), QStringLiteral("categorical")};
    QTest::newRow("all missing") << table(a, column({kNaN, kNaN})) << recipeFor(plain) << none
                                 << QStringList{QStringLiteral("'Amount'"), QStringLiteral("no values")};
    QTest::newRow("infinite value at fit")
        << table(a, column({1, kInf})) << recipeFor(plain) << none
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("row 2"), QStringLiteral("inf")};
    QTest::newRow("log of zero") << table(a, column({3, 1, 0}))
                                 << recipeFor(numericStep(a[0], Transform::Log)) << none
                                 << QStringList{QStringLiteral("'Amount'"), QStringLiteral("row 3"),
                                                QStringLiteral("value 0"), QStringLiteral("log1p")};
    QTest::newRow("log1p of -1") << table(a, column({-1, 1}))
                                 << recipeFor(numericStep(a[0], Transform::Log1p)) << none
                                 << QStringList{QStringLiteral("'Amount'"), QStringLiteral("row 1"),
                                                QStringLiteral("value -1"), QStringLiteral("above -1")};
    QTest::newRow("sqrt of negative")
        << table(a, column({4, 1, 9, -2.5})) << recipeFor(numericStep(a[0], Transform::Sqrt)) << none
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("row 4"), QStringLiteral("-2.5")};
    FeatureStep imputedZero = numericStep(a[0], Transform::Log);
    imputedZero.missing = MissingRule::Constant;
    QTest::newRow("log of imputed constant")
        << table(a, column({2, kNaN})) << recipeFor(imputedZero) << none
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("row 2"), QStringLiteral("empty cell")};
    QTest::newRow("zero IQR under robust")
        << table(a, column({0, 0, 0, 0, 7})) << recipeFor(numericStep(a[0], Transform::None, Scaling::Robust))
        << none
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("interquartile range of 0"),
                       QStringLiteral("5 rows hold 0")};
    QTest::newRow("no rows left")
        << table({QStringLiteral("A"), QStringLiteral("B")}, (Matrix(2, 2) << kNaN, 1, 2, kNaN).finished())
        << Recipe::uniform({QStringLiteral("A"), QStringLiteral("B")}, numericStep({})) << none
        << QStringList{QStringLiteral("2 were dropped"), QStringLiteral("'A' empty in 1"),
                       QStringLiteral("'B' empty in 1")};
    Recipe badCategory = recipeFor(plain);
    badCategory.categorical << CategoricalStep{QStringLiteral("Amount"), MissingRule::Mean, false};
    QTest::newRow("categorical mean")
        << good << badCategory << none << QStringList{QStringLiteral("'Amount'"), QStringLiteral("mean")};
    FeatureStep badPercentiles = plain;
    badPercentiles.outliers = OutlierRule::ClipPercentile;
    badPercentiles.lowerPercentile = 90;
    badPercentiles.upperPercentile = 10;
    QTest::newRow("percentiles reversed")
        << good << recipeFor(badPercentiles) << none
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("90"), QStringLiteral("10")};
    QTest::newRow("infinite value in new data")
        << good << recipeFor(numericStep(a[0], Transform::None, Scaling::Standard))
        << table(a, column({1, 2, -kInf}))
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("row 3"), QStringLiteral("-inf")};
    QTest::newRow("log of negative in new data")
        << good << recipeFor(numericStep(a[0], Transform::Log)) << table(a, column({1, -4}))
        << QStringList{QStringLiteral("'Amount'"), QStringLiteral("row 2"), QStringLiteral("-4")};
    QTest::newRow("new data lacks column")
        << good << recipeFor(plain) << table({QStringLiteral("Other")}, column({1}))
        << QStringList{QStringLiteral("'Amount'")};
}

void TestPreprocessing::constantColumnIsScaledToZero_data() {
    QTest::addColumn<Scaling>("scaling");
    QTest::newRow("standard") << Scaling::Standard;
    QTest::newRow("min-max") << Scaling::MinMax;
    QTest::newRow("robust") << Scaling::Robust;
}

// scikit-learn's StandardScaler, MinMaxScaler and RobustScaler replace a scale of 0 by 1, so a constant
// column becomes 0 for every row; here with a warning that names the column and its value.
void TestPreprocessing::constantColumnIsScaledToZero() {
    QFETCH(Scaling, scaling);
    const DataMatrix data = table({QStringLiteral("Amount"), QStringLiteral("Other")},
                                  (Matrix(3, 2) << 5, 1, 5, 2, 5, 4).finished());
    const Recipe recipe = Recipe::uniform({QStringLiteral("Amount"), QStringLiteral("Other")},
                                          numericStep({}, Transform::None, scaling));
    const PreprocessResult result = preprocess(data, recipe);
    QVERIFY(result.features.col(0).isZero(0.0));
    QVERIFY(!result.features.col(1).isZero(0.0));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(QStringLiteral("'Amount'")) &&
                 result.warnings.first().contains(QStringLiteral("(5)")),
             qPrintable(result.warnings.first()));
}

void TestPreprocessing::errorsNameColumnAndRow() {
    QFETCH(DataMatrix, data);
    QFETCH(Recipe, recipe);
    QFETCH(DataMatrix, newData);
    QFETCH(QStringList, mustMention);
    const QString message = errorOf([&] {
        const FittedRecipe fitted = FittedRecipe::fit(data, recipe);
        if (newData.cols() > 0)
            fitted.transform(newData);
    });
    for (const QString& part : mustMention)
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("message lacks '%1': %2").arg(part, message)));
}

void TestPreprocessing::resultDoesNotDependOnThreadCount() {
    // Large enough for many blocks; values drawn deterministically, some missing, a few outliers.
    const Index rows = 200000;
    Matrix values(rows, 3);
    for (Index r = 0; r < rows; ++r) {
        values(r, 0) = std::exp(std::sin(0.37 * double(r)) * 3.0);
        values(r, 1) = r % 97 == 0 ? kNaN : std::cos(0.11 * double(r)) * 10.0 + (r % 1009 == 0 ? 500.0 : 0.0);
        values(r, 2) = double(r % 5);
    }
    const DataMatrix data = table({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, values);
    FeatureStep step = numericStep({}, Transform::None, Scaling::Standard);
    step.missing = MissingRule::Median;
    step.outliers = OutlierRule::DropTukey;
    Recipe recipe = Recipe::uniform({QStringLiteral("A"), QStringLiteral("B")}, step, {QStringLiteral("C")});
    recipe.numeric[0].transform = Transform::Log1p;
    recipe.numeric[0].scaling = Scaling::Robust;

    qputenv("SEGMENTA_THREADS", "1");
    QElapsedTimer timer;
    timer.start();
    const PreprocessResult single = preprocess(data, recipe);
    const qint64 singleMs = timer.restart();
    qputenv("SEGMENTA_THREADS", "2");
    const PreprocessResult dual = preprocess(data, recipe);
    const qint64 dualMs = timer.elapsed();
    qunsetenv("SEGMENTA_THREADS");
    qInfo("preprocess %lld x 3 (+5 levels): %lld ms on 1 thread, %lld ms on 2", static_cast<long long>(rows),
          static_cast<long long>(singleMs), static_cast<long long>(dualMs));

    QVERIFY(single.droppedOutliers > 0);
    QCOMPARE(single.rows, dual.rows);
    QVERIFY2(single.features.cwiseEqual(dual.features).all(), "features differ between 1 and 2 threads");
}

QTEST_GUILESS_MAIN(TestPreprocessing)
#include "TestPreprocessing.moc"
