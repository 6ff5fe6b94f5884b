// The rules of the default feature choice at their edges; the end-to-end behaviour on tables written by
// pandas, openpyxl and LibreOffice is tested in tests/cli/TestCliDefaults.
#include "core/Error.h"
#include "core/FeatureSelection.h"

#include <QTest>

#include <limits>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

DataMatrix oneNumericColumn(const QString& name, const std::vector<double>& values) {
    Matrix m(Index(values.size()), 2);
    for (std::size_t r = 0; r < values.size(); ++r) {
        m(Index(r), 0) = values[r];
        m(Index(r), 1) = double((r * 7) % 5) + 0.5; // a column that varies, so a feature is always left
    }
    return DataMatrix(m, {columnInfo(name, ColumnKind::Numeric, ColumnRole::Feature),
                          columnInfo(QStringLiteral("Spend"), ColumnKind::Numeric, ColumnRole::Feature)});
}

QString reasonOf(const DataMatrix& data, const QString& column) {
    for (const ExcludedColumn& e : selectFeatures(data, {}).excluded)
        if (e.column == column)
            return toString(e.reason);
    return QStringLiteral("used");
}

} // namespace

class TestFeatureSelection : public QObject {
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void namedTextColumnIsRefused();
    void nothingLeftNamesEveryReason();
    void namedColumnsAreUsedAsNamed();
};

void TestFeatureSelection::rules_data() {
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<QString>("reason");
    QTest::newRow("0-based row index") << std::vector<double>{0, 1, 2, 3, 4} << QStringLiteral("row-index");
    QTest::newRow("1-based row index") << std::vector<double>{1, 2, 3, 4, 5} << QStringLiteral("row-index");
    QTest::newRow("counting from 5 is a measure")
        << std::vector<double>{5, 6, 7, 8, 9} << QStringLiteral("used");
    QTest::newRow("index with a gap is a measure")
        << std::vector<double>{0, 1, 3, 4, 5} << QStringLiteral("used");
    QTest::newRow("index with an empty cell")
        << std::vector<double>{0, 1, kNaN, 3, 4} << QStringLiteral("used");
    QTest::newRow("two rows 0, 1 may be a flag") << std::vector<double>{0, 1} << QStringLiteral("used");
    QTest::newRow("constant") << std::vector<double>{3, 3, 3, 3} << QStringLiteral("constant");
    QTest::newRow("constant with gaps") << std::vector<double>{3, kNaN, 3, 3} << QStringLiteral("constant");
    QTest::newRow("empty") << std::vector<double>{kNaN, kNaN, kNaN} << QStringLiteral("empty");
    QTest::newRow("values in 2 of 5 rows")
        << std::vector<double>{1, kNaN, 2, kNaN, kNaN} << QStringLiteral("mostly-empty");
    QTest::newRow("values in half the rows")
        << std::vector<double>{1, kNaN, 2, kNaN} << QStringLiteral("used");
}

void TestFeatureSelection::rules() {
    QFETCH(std::vector<double>, values);
    QFETCH(QString, reason);
    QCOMPARE(reasonOf(oneNumericColumn(QStringLiteral("X"), values), QStringLiteral("X")), reason);
}

void TestFeatureSelection::namedTextColumnIsRefused() {
    const DataMatrix data((Matrix(3, 1) << 0, 1, 0).finished(),
                          {columnInfo(QStringLiteral("Tier"), ColumnKind::Categorical, ColumnRole::Feature,
                                      {QStringLiteral("Gold"), QStringLiteral("Silver")})});
    QString message;
    try {
        selectFeatures(data, {{QStringLiteral("Tier")}, {}, {}});
    } catch (const DataError& e) {
        message = e.message();
    }
    QVERIFY2(message.contains(QStringLiteral("'Tier'")) && message.contains(QStringLiteral("--categorical")),
             qPrintable(message));
    const FeatureSelection asCategory = selectFeatures(data, {{}, {QStringLiteral("Tier")}, {}});
    QCOMPARE(asCategory.categorical, QStringList{QStringLiteral("Tier")});
}

void TestFeatureSelection::nothingLeftNamesEveryReason() {
    const DataMatrix data((Matrix(3, 2) << 0, 7, 1, 7, 2, 7).finished(),
                          {columnInfo(QStringLiteral("Row"), ColumnKind::Numeric, ColumnRole::Feature),
                           columnInfo(QStringLiteral("Flat"), ColumnKind::Numeric, ColumnRole::Feature)});
    const FeatureSelection selection = selectFeatures(data, {});
    QVERIFY(selection.numeric.isEmpty());
    QString message;
    try {
        requireFeatures(data, selection);
    } catch (const DataError& e) {
        message = e.message();
    }
    for (const char* part : {"'Row'", "counts the rows", "'Flat'", "same value (7)", "--features"})
        QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));
}

void TestFeatureSelection::namedColumnsAreUsedAsNamed() {
    const DataMatrix data = oneNumericColumn(QStringLiteral("Flat"), {2, 2, 2, 2});
    const FeatureSelection selection = selectFeatures(data, {{QStringLiteral("Flat")}, {}, {}});
    QCOMPARE(selection.numeric, QStringList{QStringLiteral("Flat")});
    QCOMPARE(selection.excluded.size(), 1);
    QVERIFY(selection.excluded.first().reason == ExclusionReason::NotSelected);
    const FeatureSelection excluded = selectFeatures(data, {{}, {}, {QStringLiteral("Spend")}});
    QVERIFY(excluded.numeric.isEmpty());
    QCOMPARE(excluded.excluded.size(), 2);
}

QTEST_GUILESS_MAIN(TestFeatureSelection)
#include "TestFeatureSelection.moc"
