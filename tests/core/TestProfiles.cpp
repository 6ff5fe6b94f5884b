#include "core/DataMatrix.h"
#include "core/Error.h"
#include "core/Profiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <numeric>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

using Table = QList<QList<double>>; // one row per observation: segment, then one value per feature

DataMatrix numericTable(const Matrix& values, const QStringList& names) {
    QList<ColumnInfo> columns;
    for (const QString& name : names) {
        ColumnInfo column;
        column.name = name;
        columns.append(column);
    }
    return DataMatrix(values, columns);
}

struct Assignment {
    DataMatrix data;
    std::vector<Index> rows;
    Labels labels;
};

// The Wholesale sample with sklearn's K-Means labels, every row profiled.
Assignment wholesale(const QJsonObject& ref) {
    QStringList header;
    const Matrix values = loadNumericCsv(QStringLiteral("resources/wholesale_customers.csv"), &header);
    Assignment a{numericTable(values, header), std::vector<Index>(values.rows()),
                 labelsFromJson(ref.value(QStringLiteral("labels")))};
    std::iota(a.rows.begin(), a.rows.end(), Index{0});
    return a;
}

// The table with missing cells; rows whose segment column is -1 are not listed.
Assignment withMissingCells() {
    QStringList header;
    const Matrix values = loadNumericCsv(QStringLiteral("tests/fixtures/data/profiles_missing.csv"), &header);
    Assignment a{numericTable(values, header), {}, {}};
    for (Index r = 0; r < values.rows(); ++r) {
        if (values(r, 0) >= 0) {
            a.rows.push_back(r);
            a.labels.push_back(static_cast<int>(values(r, 0)));
        }
    }
    return a;
}

bool close(double actual, double expected, double relative) {
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

// Compares every figure of `profiles` with the pandas reference `ref`.
void compareWithPandas(const std::vector<SegmentProfile>& profiles, const QJsonObject& ref) {
    const QStringList features = stringList(ref.value(QStringLiteral("features")));
    const Matrix means = matrixFromJson(ref.value(QStringLiteral("means")));
    const Matrix medians = matrixFromJson(ref.value(QStringLiteral("medians")));
    const Matrix ratios = matrixFromJson(ref.value(QStringLiteral("ratios")));
    const Matrix z = matrixFromJson(ref.value(QStringLiteral("zScores")));
    const Vector overall = vectorFromJson(ref.value(QStringLiteral("overallMean")));
    const QJsonArray distinguishing = ref.value(QStringLiteral("distinguishing")).toArray();
    QCOMPARE(Index(profiles.size()), means.rows());
    for (std::size_t s = 0; s < profiles.size(); ++s) {
        const SegmentProfile& p = profiles[s];
        QCOMPARE(p.segment, int(s));
        QCOMPARE(p.size, Index(ref.value(QStringLiteral("sizes")).toArray().at(s).toInt()));
        QVERIFY(close(p.share, ref.value(QStringLiteral("shares")).toArray().at(s).toDouble(), 1e-15));
        QCOMPARE(p.distinguishing, stringList(distinguishing.at(s)));
        for (Index f = 0; f < features.size(); ++f) {
            const FeatureProfile& fp = p.features.at(f);
            const QString where = QStringLiteral("segment %1, %2").arg(s).arg(features.at(f));
            QCOMPARE(fp.feature, features.at(f));
            QVERIFY2(
                close(fp.mean, means(s, f), 1e-12),
                qPrintable(where + QStringLiteral(": mean %1 vs pandas %2").arg(fp.mean).arg(means(s, f))));
            QVERIFY2(
                close(fp.median, medians(s, f), 1e-12),
                qPrintable(where +
                           QStringLiteral(": median %1 vs pandas %2").arg(fp.median).arg(medians(s, f))));
            QVERIFY2(close(fp.overallMean, overall(f), 1e-12),
                     qPrintable(where + QStringLiteral(": overall mean")));
            QVERIFY2(close(fp.ratio, ratios(s, f), 1e-12), qPrintable(where + QStringLiteral(": ratio")));
            QVERIFY2(close(fp.zScore, z(s, f), 1e-10),
                     qPrintable(where + QStringLiteral(": z %1 vs %2").arg(fp.zScore).arg(z(s, f))));
        }
    }
}

void compareCrosstab(const Crosstab& table, const QJsonObject& ref) {
    QCOMPARE(table.levels, stringList(ref.value(QStringLiteral("levels"))));
    const Matrix counts = matrixFromJson(ref.value(QStringLiteral("counts")));
    QCOMPARE(maxAbsDiff(Matrix(table.counts.cast<double>()), counts), 0.0);
    const double shareDiff =
        maxAbsDiff(Matrix(table.rowShares), matrixFromJson(ref.value(QStringLiteral("rowShares"))));
    QVERIFY2(shareDiff < 1e-15, qPrintable(QStringLiteral("row shares off by %1").arg(shareDiff)));
}

} // namespace

class TestProfiles : public QObject {
    Q_OBJECT

private slots:
    void wholesaleMatchesPandas();
    void crosstabMatchesPandas_data();
    void crosstabMatchesPandas();
    void missingCellsAreIgnored();
    void textColumnCrosstabUsesLevelTexts();
    void suggestedNames_data();
    void suggestedNames();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestProfiles::wholesaleMatchesPandas() {
    const QJsonObject ref = loadReference(QStringLiteral("profiles_wholesale.json"));
    const Assignment a = wholesale(ref);
    const QJsonObject profile = ref.value(QStringLiteral("profile")).toObject();
    const auto profiles = profileSegments(a.data, a.rows, a.labels, ref.value(QStringLiteral("k")).toInt(),
                                          stringList(profile.value(QStringLiteral("features"))));
    compareWithPandas(profiles, profile);
    // The rule applied to pandas' z-scores, e.g. segment 2: Grocery +0.857, Detergents_Paper +0.824, Milk
    // +0.809; segment 3: Fresh -0.728, Frozen -0.5169, Detergents_Paper +0.5168.
    QCOMPARE(profiles[0].suggestedName, QStringLiteral("High Frozen & Fresh"));
    QCOMPARE(profiles[1].suggestedName, QStringLiteral("Low Grocery & Milk"));
    QCOMPARE(profiles[2].suggestedName, QStringLiteral("High Grocery & Detergents_Paper"));
    QCOMPARE(profiles[3].suggestedName, QStringLiteral("Low Fresh & Frozen"));
}

void TestProfiles::crosstabMatchesPandas_data() {
    QTest::addColumn<QString>("column");
    QTest::newRow("Channel") << QStringLiteral("Channel");
    QTest::newRow("Region") << QStringLiteral("Region");
}

void TestProfiles::crosstabMatchesPandas() {
    QFETCH(QString, column);
    const QJsonObject ref = loadReference(QStringLiteral("profiles_wholesale.json"));
    const Assignment a = wholesale(ref);
    const Crosstab table = crosstab(a.data, a.rows, a.labels, ref.value(QStringLiteral("k")).toInt(), column);
    QCOMPARE(table.column, column);
    compareCrosstab(table, ref.value(QStringLiteral("crosstabs")).toObject().value(column).toObject());
}

void TestProfiles::missingCellsAreIgnored() {
    const QJsonObject ref = loadReference(QStringLiteral("profiles_missing.json"));
    const Assignment a = withMissingCells();
    const int k = ref.value(QStringLiteral("k")).toInt();
    const QJsonObject profile = ref.value(QStringLiteral("profile")).toObject();
    compareWithPandas(
        profileSegments(a.data, a.rows, a.labels, k, stringList(profile.value(QStringLiteral("features")))),
        profile);
    compareCrosstab(crosstab(a.data, a.rows, a.labels, k, QStringLiteral("Cat")),
                    ref.value(QStringLiteral("crosstab")).toObject());
}

void TestProfiles::textColumnCrosstabUsesLevelTexts() {
    Matrix values(5, 1);
    values << 1, 0, 1, std::nan(""), 1;
    ColumnInfo kind;
    kind.name = QStringLiteral("Kind");
    kind.kind = ColumnKind::Categorical;
    kind.levels = QStringList{QStringLiteral("Retail"), QStringLiteral("Horeca")};
    const DataMatrix data(values, {kind});
    const Crosstab table = crosstab(data, {0, 1, 2, 3, 4}, {0, 0, 1, 1, 1}, 3, QStringLiteral("Kind"));
    QCOMPARE(table.levels, (QStringList{QStringLiteral("Retail"), QStringLiteral("Horeca")}));
    Eigen::MatrixXi counts(3, 2);
    counts << 1, 1, 0, 2, 0, 0;
    QCOMPARE(table.counts, counts);
    QCOMPARE(table.rowShares(0, 0), 0.5);
    QCOMPARE(table.rowShares(1, 1), 2.0 / 3.0);  // the missing cell counts in no level
    QCOMPARE(table.rowShares.row(2).sum(), 0.0); // empty segment
    QVERIFY_THROWS_EXCEPTION(DataError, profileSegments(data, {0, 1}, {0, 1}, 2, {QStringLiteral("Kind")}));
}

void TestProfiles::suggestedNames_data() {
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<Table>("table");
    QTest::addColumn<QStringList>("names");

    const QStringList fgm{QStringLiteral("Fresh"), QStringLiteral("Grocery"), QStringLiteral("Milk")};
    QTest::newRow("5x on Grocery") << fgm
                                   << Table{{0, 100, 5000, 300}, {0, 100, 5000, 300}, {1, 100, 1000, 300},
                                            {1, 100, 1000, 300}, {1, 100, 1000, 300}, {1, 100, 1000, 300}}
                                   << QStringList{QStringLiteral("High Grocery"),
                                                  QStringLiteral("Low Grocery")};
    QTest::newRow("two highs share a phrase")
        << fgm << Table{{0, 100, 5000, 900}, {1, 100, 1000, 300}}
        << QStringList{QStringLiteral("High Grocery & Milk"), QStringLiteral("Low Grocery & Milk")};
    QTest::newRow("opposite signs") << fgm << Table{{0, 50, 5000, 300}, {1, 150, 1000, 300}}
                                    << QStringList{QStringLiteral("Low Fresh, high Grocery"),
                                                   QStringLiteral("High Fresh, low Grocery")};
    QTest::newRow("middle segment is average")
        << fgm << Table{{0, 100, 5000, 300}, {1, 100, 1000, 300}, {2, 100, 3000, 300}}
        << QStringList{QStringLiteral("High Grocery"), QStringLiteral("Low Grocery"),
                       QStringLiteral("Average")};
    QTest::newRow("shared names take the third feature")
        << QStringList{QStringLiteral("Grocery"), QStringLiteral("Milk"), QStringLiteral("Fresh")}
        << Table{{0, 10, 10, 6}, {1, 10, 10, 4}, {2, 0, 0, 4}, {3, 0, 0, 6}}
        << QStringList{
               QStringLiteral("High Grocery, Milk & Fresh"), QStringLiteral("High Grocery & Milk, low Fresh"),
               QStringLiteral("Low Grocery, Milk & Fresh"), QStringLiteral("Low Grocery & Milk, high Fresh")};
    QTest::newRow("shared names without a third feature get the segment")
        << fgm << Table{{0, 100, 10, 300}, {1, 100, 10, 300}, {2, 100, 0, 300}}
        << QStringList{QStringLiteral("High Grocery (segment 1)"), QStringLiteral("High Grocery (segment 2)"),
                       QStringLiteral("Low Grocery")};
    QTest::newRow("all average") << fgm << Table{{0, 1, 2, 3}, {1, 1, 2, 3}}
                                 << QStringList{QStringLiteral("Average (segment 1)"),
                                                QStringLiteral("Average (segment 2)")};
}

void TestProfiles::suggestedNames() {
    QFETCH(QStringList, features);
    QFETCH(Table, table);
    QFETCH(QStringList, names);
    Matrix values(table.size(), features.size());
    Labels labels;
    for (Index r = 0; r < values.rows(); ++r) {
        labels.push_back(static_cast<int>(table[r][0]));
        for (Index c = 0; c < values.cols(); ++c)
            values(r, c) = table[r][c + 1];
    }
    std::vector<Index> rows(labels.size());
    std::iota(rows.begin(), rows.end(), Index{0});
    const auto profiles =
        profileSegments(numericTable(values, features), rows, labels, int(names.size()), features);
    QStringList actual;
    for (const SegmentProfile& p : profiles)
        actual << p.suggestedName;
    QCOMPARE(actual, names);
}

void TestProfiles::rejectsBadInput_data() {
    QTest::addColumn<std::vector<Index>>("rows");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown column") << std::vector<Index>{0, 1} << Labels{0, 1} << 2
                                    << QStringLiteral("Fresh ") << QStringLiteral("no column named 'Fresh '");
    QTest::newRow("label outside k") << std::vector<Index>{0, 1} << Labels{0, 2} << 2
                                     << QStringLiteral("Fresh")
                                     << QStringLiteral("Row 2 is assigned to segment 3");
    QTest::newRow("negative label") << std::vector<Index>{0, 1} << Labels{0, -1} << 2
                                    << QStringLiteral("Fresh") << QStringLiteral("segment 0");
    QTest::newRow("row outside table") << std::vector<Index>{0, 7} << Labels{0, 1} << 2
                                       << QStringLiteral("Fresh") << QStringLiteral("row 8");
    QTest::newRow("length mismatch") << std::vector<Index>{0, 1, 2} << Labels{0, 1} << 2
                                     << QStringLiteral("Fresh") << QStringLiteral("3 rows");
    QTest::newRow("no segments") << std::vector<Index>{} << Labels{} << 0 << QStringLiteral("Fresh")
                                 << QStringLiteral("at least one segment");
}

void TestProfiles::rejectsBadInput() {
    QFETCH(std::vector<Index>, rows);
    QFETCH(Labels, labels);
    QFETCH(int, k);
    QFETCH(QString, column);
    QFETCH(QString, mentions);
    Matrix values(3, 1);
    values << 1, 2, 3;
    const DataMatrix data = numericTable(values, {QStringLiteral("Fresh")});
    const auto expectError = [&mentions](const auto& call) {
        try {
            call();
            QFAIL("bad input was accepted");
        } catch (const DataError& e) {
            QVERIFY2(e.message().contains(mentions),
                     qPrintable(QStringLiteral("message lacks '%1': %2").arg(mentions, e.message())));
        }
    };
    expectError([&] { profileSegments(data, rows, labels, k, {column}); });
    expectError([&] { crosstab(data, rows, labels, k, column); });
}

QTEST_APPLESS_MAIN(TestProfiles)
#include "TestProfiles.moc"
