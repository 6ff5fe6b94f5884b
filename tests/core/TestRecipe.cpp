#include "core/Error.h"
#include "core/Recipe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cstring>

using namespace segmenta;

namespace {
template <typename Enum> void checkNames(const QList<std::pair<Enum, QString>>& expected) {
    for (const auto& [value, name] : expected) {
        QCOMPARE(toString(value), name);
        Enum parsed{};
        QVERIFY2(fromString(name, parsed), qPrintable(QStringLiteral("'%1' is not accepted").arg(name)));
        QVERIFY2(parsed == value, qPrintable(QStringLiteral("'%1' parses to another value").arg(name)));
    }
    Enum untouched = expected.front().first;
    QVERIFY(!fromString(QStringLiteral("bogus"), untouched));
    QVERIFY(!fromString(expected.back().second.toUpper(), untouched));
    QVERIFY(untouched == expected.front().first);
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

Recipe awkwardRecipe() {
    FeatureStep a;
    a.column = QStringLiteral("Fresh");
    a.missing = MissingRule::Constant;
    a.missingConstant = 0.1 + 0.2; // not the shortest decimal of any "nice" number
    a.transform = Transform::Log1p;
    a.outliers = OutlierRule::ClipPercentile;
    a.lowerPercentile = 1.0 / 3.0;
    a.upperPercentile = 99.99999999999999;
    a.scaling = Scaling::Robust;
    FeatureStep b;
    b.column = QStringLiteral("Détergents \"Paper\"");
    b.missing = MissingRule::MostFrequent;
    b.missingConstant = -1.7976931348623157e308;
    b.transform = Transform::Sqrt;
    b.outliers = OutlierRule::DropTukey;
    b.scaling = Scaling::MinMax;
    FeatureStep c;
    c.column = QStringLiteral("Milk");
    c.missing = MissingRule::Median;
    c.missingConstant = 4.9406564584124654e-324; // smallest subnormal
    c.transform = Transform::Log;
    c.outliers = OutlierRule::ClipTukey;
    c.scaling = Scaling::None;
    Recipe recipe;
    recipe.numeric = {a, b, c};
    recipe.categorical = {CategoricalStep{QStringLiteral("Channel"), MissingRule::DropRow, true},
                          CategoricalStep{QStringLiteral("Region"), MissingRule::MostFrequent, false}};
    recipe.dropTukeyMinFeatures = 3;
    return recipe;
}

Recipe parse(const QByteArray& json) {
    return Recipe::fromJson(QJsonDocument::fromJson(json).object());
}
} // namespace

class TestRecipe : public QObject {
    Q_OBJECT

private slots:
    void enumNames();
    void uniformCopiesThePrototype();
    void jsonRoundTripIsExact();
    void jsonIsVersioned();
    void fromJsonFillsDefaults();
    void fromJsonRejects_data();
    void fromJsonRejects();
};

void TestRecipe::enumNames() {
    checkNames<MissingRule>({{MissingRule::DropRow, QStringLiteral("drop")},
                             {MissingRule::Mean, QStringLiteral("mean")},
                             {MissingRule::Median, QStringLiteral("median")},
                             {MissingRule::Constant, QStringLiteral("constant")},
                             {MissingRule::MostFrequent, QStringLiteral("most-frequent")}});
    checkNames<Transform>({{Transform::None, QStringLiteral("none")},
                           {Transform::Log1p, QStringLiteral("log1p")},
                           {Transform::Log, QStringLiteral("log")},
                           {Transform::Sqrt, QStringLiteral("sqrt")}});
    checkNames<OutlierRule>({{OutlierRule::None, QStringLiteral("none")},
                             {OutlierRule::ClipPercentile, QStringLiteral("clip-percentile")},
                             {OutlierRule::ClipTukey, QStringLiteral("clip-tukey")},
                             {OutlierRule::DropTukey, QStringLiteral("drop-tukey")}});
    checkNames<Scaling>({{Scaling::None, QStringLiteral("none")},
                         {Scaling::Standard, QStringLiteral("standard")},
                         {Scaling::MinMax, QStringLiteral("minmax")},
                         {Scaling::Robust, QStringLiteral("robust")}});
}

void TestRecipe::uniformCopiesThePrototype() {
    FeatureStep prototype;
    prototype.column = QStringLiteral("ignored");
    prototype.transform = Transform::Log1p;
    prototype.scaling = Scaling::Robust;
    prototype.lowerPercentile = 5.0;
    const Recipe recipe = Recipe::uniform({QStringLiteral("Fresh"), QStringLiteral("Milk")}, prototype,
                                          {QStringLiteral("Channel"), QStringLiteral("Region")}, true);
    QCOMPARE(recipe.numeric.size(), 2);
    QCOMPARE(recipe.numeric[0].column, QStringLiteral("Fresh"));
    QCOMPARE(recipe.numeric[1].column, QStringLiteral("Milk"));
    FeatureStep expected = prototype;
    expected.column = QStringLiteral("Milk");
    QVERIFY2(recipe.numeric[1] == expected, "a numeric step differs from the prototype");
    QCOMPARE(recipe.categorical.size(), 2);
    QCOMPARE(recipe.categorical[1].column, QStringLiteral("Region"));
    QVERIFY(recipe.categorical[0].dropFirst && recipe.categorical[1].dropFirst);
    QVERIFY(recipe.categorical[0].missing == CategoricalStep{}.missing);
    QCOMPARE(recipe.dropTukeyMinFeatures, 1);
}

void TestRecipe::jsonRoundTripIsExact() {
    const Recipe original = awkwardRecipe();
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    const Recipe restored = parse(text);
    QVERIFY2(restored == original, text.constData());
    for (qsizetype i = 0; i < original.numeric.size(); ++i) {
        QVERIFY2(sameBits(restored.numeric[i].missingConstant, original.numeric[i].missingConstant),
                 "missingConstant lost bits through JSON text");
        QVERIFY2(sameBits(restored.numeric[i].lowerPercentile, original.numeric[i].lowerPercentile),
                 "lowerPercentile lost bits through JSON text");
        QVERIFY2(sameBits(restored.numeric[i].upperPercentile, original.numeric[i].upperPercentile),
                 "upperPercentile lost bits through JSON text");
    }
    QVERIFY(Recipe::fromJson(Recipe().toJson()) == Recipe());
}

void TestRecipe::jsonIsVersioned() {
    const QJsonObject json = awkwardRecipe().toJson();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("dropTukeyMinFeatures")).toInt(), 3);
    const QJsonObject step = json.value(QStringLiteral("numeric")).toArray().at(1).toObject();
    QCOMPARE(step.value(QStringLiteral("missing")).toString(), QStringLiteral("most-frequent"));
    QCOMPARE(step.value(QStringLiteral("outliers")).toString(), QStringLiteral("drop-tukey"));
    QCOMPARE(json.value(QStringLiteral("categorical"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("dropFirst")),
             QJsonValue(true));
}

void TestRecipe::fromJsonFillsDefaults() {
    const Recipe recipe = parse(R"({"version": 1, "numeric": [{"column": "Fresh"}],
                                    "categorical": [{"column": "Channel"}]})");
    FeatureStep expected;
    expected.column = QStringLiteral("Fresh");
    QVERIFY2(recipe.numeric.value(0) == expected, "omitted numeric keys do not take FeatureStep's defaults");
    CategoricalStep expectedCategory;
    expectedCategory.column = QStringLiteral("Channel");
    QVERIFY2(recipe.categorical.value(0) == expectedCategory,
             "omitted categorical keys do not take defaults");
    QCOMPARE(recipe.dropTukeyMinFeatures, 1);
}

void TestRecipe::fromJsonRejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mustMention");
    const auto row = [](const char* name, const char* json, QStringList mention) {
        QTest::newRow(name) << QByteArray(json) << mention;
    };
    row("no version", R"({"numeric": []})", {QStringLiteral("'version'"), QStringLiteral("missing")});
    row("newer version", R"({"version": 2})", {QStringLiteral("'version'"), QStringLiteral("2")});
    row("version as text", R"({"version": "1"})", {QStringLiteral("'version'"), QStringLiteral("\"1\"")});
    row("unknown top-level key", R"({"version": 1, "numerics": []})",
        {QStringLiteral("'numerics'"), QStringLiteral("numeric")});
    row("numeric not an array", R"({"version": 1, "numeric": {"column": "A"}})",
        {QStringLiteral("'numeric'"), QStringLiteral("an array")});
    row("step not an object", R"({"version": 1, "numeric": [{"column": "A"}, 5]})",
        {QStringLiteral("'numeric[1]'"), QStringLiteral("5")});
    row("step without column", R"({"version": 1, "numeric": [{"scaling": "none"}]})",
        {QStringLiteral("'numeric[0].column'"), QStringLiteral("missing")});
    row("unknown transform", R"({"version": 1, "numeric": [{"column": "A", "transform": "log2"}]})",
        {QStringLiteral("'numeric[0].transform'"), QStringLiteral("\"log2\""), QStringLiteral("log1p")});
    row("misspelt step key", R"({"version": 1, "numeric": [{"column": "A", "scalling": "none"}]})",
        {QStringLiteral("'numeric[0].scalling'")});
    row("unknown scaling", R"({"version": 1, "numeric": [{"column": "A", "scaling": "zscore"}]})",
        {QStringLiteral("'numeric[0].scaling'"), QStringLiteral("zscore"), QStringLiteral("robust")});
    row("percentile above 100", R"({"version": 1, "numeric": [{"column": "A", "upperPercentile": 120}]})",
        {QStringLiteral("'numeric[0].upperPercentile'"), QStringLiteral("120")});
    row("percentiles reversed",
        R"({"version": 1, "numeric": [{"column": "A", "lowerPercentile": 60, "upperPercentile": 40}]})",
        {QStringLiteral("'numeric[0].upperPercentile'"), QStringLiteral("40"), QStringLiteral("60")});
    row("constant as text", R"({"version": 1, "numeric": [{"column": "A", "missingConstant": "zero"}]})",
        {QStringLiteral("'numeric[0].missingConstant'"), QStringLiteral("\"zero\""),
         QStringLiteral("number")});
    row("dropFirst as text", R"({"version": 1, "categorical": [{"column": "C", "dropFirst": "yes"}]})",
        {QStringLiteral("'categorical[0].dropFirst'"), QStringLiteral("\"yes\"")});
    row("categorical mean", R"({"version": 1, "categorical": [{"column": "C", "missing": "mean"}]})",
        {QStringLiteral("'categorical[0].missing'"), QStringLiteral("\"mean\"")});
    row("zero min features", R"({"version": 1, "dropTukeyMinFeatures": 0})",
        {QStringLiteral("'dropTukeyMinFeatures'"), QStringLiteral("0")});
    row("fractional min features", R"({"version": 1, "dropTukeyMinFeatures": 1.5})",
        {QStringLiteral("'dropTukeyMinFeatures'"), QStringLiteral("1.5")});
}

void TestRecipe::fromJsonRejects() {
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mustMention);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString message;
    try {
        Recipe::fromJson(object);
    } catch (const DataError& error) {
        message = error.message();
    }
    QVERIFY2(!message.isEmpty(), "fromJson accepted an invalid recipe");
    for (const QString& part : mustMention)
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("message lacks %1: %2").arg(part, message)));
}

QTEST_APPLESS_MAIN(TestRecipe)
#include "TestRecipe.moc"
