#include "core/AnalysisSettingsJson.h"
#include "core/Error.h"

#include <QJsonDocument>
#include <QTest>

using namespace segmenta;

namespace {

AnalysisSettings unusualSettings() {
    AnalysisSettings s;
    FeatureStep step;
    step.transform = Transform::Log1p;
    step.outliers = OutlierRule::DropTukey;
    step.scaling = Scaling::Robust;
    s.recipe = Recipe::uniform({QStringLiteral("Fresh"), QStringLiteral("Milk")}, step,
                               {QStringLiteral("Region")}, true);
    s.recipe.dropTukeyMinFeatures = 2;
    s.pca.components = 0;
    s.pca.varianceFraction = 0.85;
    s.clusterOn = ClusterSpace::Pca;
    s.sweep.kMin = 3;
    s.sweep.kMax = 7;
    s.chosenK = 5;
    s.sweep.algorithm = Algorithm::FuzzyCMeans;
    s.sweep.fuzzifier = 1.7;
    s.sweep.kmeans.nInit = 4;
    s.sweep.kmeans.maxIter = 50;
    s.sweep.kmeans.tol = 1e-6;
    s.sweep.kmeans.seed = 18446744073709551557ULL; // above 2^53: must survive JSON
    s.sweep.silhouette.mode = SilhouetteMode::Sampled;
    s.sweep.silhouette.seed = s.sweep.kmeans.seed;
    s.sweep.silhouette.sampleSize = 1234;
    s.sweep.minSegmentShare = 0.1;
    s.scoreGrid = true;
    return s;
}

void compareSettings(const AnalysisSettings& a, const AnalysisSettings& b) {
    QVERIFY(a.recipe == b.recipe);
    QCOMPARE(a.pca.components, b.pca.components);
    QCOMPARE(a.pca.varianceFraction, b.pca.varianceFraction);
    QCOMPARE(a.clusterOn, b.clusterOn);
    QCOMPARE(a.sweep.kMin, b.sweep.kMin);
    QCOMPARE(a.sweep.kMax, b.sweep.kMax);
    QCOMPARE(a.chosenK, b.chosenK);
    QVERIFY(a.sweep.algorithm == b.sweep.algorithm);
    QCOMPARE(a.sweep.fuzzifier, b.sweep.fuzzifier);
    QCOMPARE(a.sweep.kmeans.nInit, b.sweep.kmeans.nInit);
    QCOMPARE(a.sweep.kmeans.maxIter, b.sweep.kmeans.maxIter);
    QCOMPARE(a.sweep.kmeans.tol, b.sweep.kmeans.tol);
    QCOMPARE(a.sweep.kmeans.seed, b.sweep.kmeans.seed);
    QCOMPARE(a.sweep.silhouette.mode, b.sweep.silhouette.mode);
    QCOMPARE(a.sweep.silhouette.seed, b.sweep.silhouette.seed);
    QCOMPARE(a.sweep.silhouette.sampleSize, b.sweep.silhouette.sampleSize);
    QCOMPARE(a.sweep.minSegmentShare, b.sweep.minSegmentShare);
    QCOMPARE(a.scoreGrid, b.scoreGrid);
}

} // namespace

class TestAnalysisSettingsJson : public QObject {
    Q_OBJECT

private slots:
    void roundTripsThroughText() {
        const AnalysisSettings original = unusualSettings();
        const QByteArray text = QJsonDocument(toJson(original)).toJson();
        compareSettings(analysisSettingsFromJson(QJsonDocument::fromJson(text).object()), original);
    }

    void defaultsRoundTrip() {
        compareSettings(analysisSettingsFromJson(toJson(AnalysisSettings{})), AnalysisSettings{});
    }

    void damagedSettingsNameTheKey_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("algorithm") << QStringLiteral("algorithm") << QJsonValue(QStringLiteral("dbscan"));
        QTest::newRow("cluster space")
            << QStringLiteral("cluster_on") << QJsonValue(QStringLiteral("pixels"));
        QTest::newRow("seed") << QStringLiteral("seed") << QJsonValue(QStringLiteral("-1"));
        QTest::newRow("k as text") << QStringLiteral("k_min") << QJsonValue(QStringLiteral("two"));
        QTest::newRow("silhouette") << QStringLiteral("silhouette") << QJsonValue(QStringLiteral("fast"));
        QTest::newRow("future version") << QStringLiteral("version") << QJsonValue(2);
    }
    void damagedSettingsNameTheKey() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = toJson(AnalysisSettings{});
        json.insert(key, value);
        try {
            analysisSettingsFromJson(json);
            QFAIL("accepted damaged settings");
        } catch (const DataError& error) {
            QVERIFY2(error.message().contains(key) || key == QLatin1String("version"),
                     qPrintable(error.message()));
        }
    }
};

QTEST_APPLESS_MAIN(TestAnalysisSettingsJson)
#include "TestAnalysisSettingsJson.moc"
