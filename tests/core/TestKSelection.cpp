// The K sweep and the recommendation rule. The sweep's numbers against scikit-learn are checked end to end
// in TestCli; here: the rule itself, the elbow, progress and cancellation, and the preprocessing grid.
#include "core/Error.h"
#include "core/KSelection.h"

#include <QTest>

#include <atomic>
#include <thread>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

KScore score(int k, double inertia, double silhouette, double smallestShare, double daviesBouldin = 1.0) {
    KScore s;
    s.k = k;
    s.inertia = inertia;
    s.silhouette = silhouette;
    s.smallestShare = smallestShare;
    s.daviesBouldin = daviesBouldin;
    return s;
}

/// Four well-separated Gaussian blobs in 3-D, 100 points each.
Matrix fourBlobs() {
    Matrix data(400, 3);
    const double centres[4][3] = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, 10}};
    std::uint64_t state = 12345;
    auto noise = [&state] { // a tiny LCG: the blobs only need to be compact, not statistically perfect
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) * 0x1.0p-53 - 0.5;
    };
    for (Index r = 0; r < data.rows(); ++r)
        for (Index c = 0; c < 3; ++c)
            data(r, c) = centres[r % 4][c] + noise();
    return data;
}

} // namespace

class TestKSelection : public QObject {
    Q_OBJECT

private slots:
    void elbowFindsTheKnee() {
        QCOMPARE(elbowOf({2, 3, 4, 5, 6, 7}, {1000, 600, 250, 200, 170, 150}), 4);
        QCOMPARE(elbowOf({2, 3, 4, 5}, {100, 75, 50, 25}), 0); // a straight line has no knee
        QCOMPARE(elbowOf({2, 3}, {10, 5}), 0);
    }

    void highestAdmissibleSilhouetteWins() {
        // K = 3 has the best silhouette but a 2 % segment; K = 5 is best of the rest; the elbow (4) is 0.05
        // worse.
        const std::vector<KScore> scores{score(2, 1000, 0.30, 0.40), score(3, 500, 0.45, 0.02),
                                         score(4, 300, 0.31, 0.10), score(5, 280, 0.36, 0.08),
                                         score(6, 270, 0.20, 0.06)};
        const Recommendation rec = recommend(scores, 0.05);
        QCOMPARE(rec.k, 5);
        QCOMPARE(rec.elbowK, 4);
        QVERIFY2(rec.reason.contains(QLatin1String("K = 5")) && rec.reason.contains(QLatin1String("0.360")),
                 qPrintable(rec.reason));
    }

    void elbowWinsWhenItsSilhouetteIsClose() {
        const std::vector<KScore> scores{score(2, 1000, 0.32, 0.40), score(3, 700, 0.30, 0.20),
                                         score(4, 300, 0.31, 0.10), score(5, 280, 0.25, 0.08),
                                         score(6, 270, 0.20, 0.06)};
        const Recommendation rec = recommend(scores, 0.05);
        QCOMPARE(rec.elbowK, 4);
        QCOMPARE(rec.k, 4);
        QVERIFY2(rec.reason.contains(QLatin1String("elbow")), qPrintable(rec.reason));
    }

    void tiesGoToLowerDaviesBouldin() {
        const std::vector<KScore> scores{score(2, 100, 0.5, 0.5, 0.9), score(3, 60, 0.5, 0.3, 0.7),
                                         score(4, 40, 0.1, 0.2, 1.5)};
        QCOMPARE(recommend(scores, 0.05).k, 3);
    }

    void noAdmissibleKFallsBackToAll() {
        const std::vector<KScore> scores{score(2, 100, 0.5, 0.01), score(3, 60, 0.6, 0.02),
                                         score(4, 50, 0.4, 0.01)};
        const Recommendation rec = recommend(scores, 0.05);
        QCOMPARE(rec.k, 3);
        QVERIFY2(rec.reason.contains(QLatin1String("every K")), qPrintable(rec.reason));
    }

    void sweepRecoversFourBlobsAndReportsProgress() {
        SweepOptions options;
        options.kMin = 2;
        options.kMax = 7;
        std::vector<double> progress;
        QStringList stages;
        const TaskControl control(
            [&](double f, const QString& stage) {
                progress.push_back(f);
                stages << stage;
            },
            nullptr);
        const SweepResult result = sweepK(fourBlobs(), options, control);
        QCOMPARE(result.scores.size(), std::size_t(6));
        for (std::size_t i = 0; i < result.scores.size(); ++i)
            QCOMPARE(result.scores[i].k, int(i) + 2);
        QCOMPARE(result.recommendation.k, 4);
        QCOMPARE(result.model(4).sizes, (std::vector<Index>{100, 100, 100, 100}));
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.back(), 1.0);
        QVERIFY(stages.contains(QStringLiteral("K = 7")));
        QVERIFY_THROWS_EXCEPTION(DataError, result.model(9));
    }

    void cancelStopsTheSweep() {
        Matrix big = Matrix::Random(200000, 6);
        SweepOptions options;
        options.kMin = 2;
        options.kMax = 10;
        std::atomic_bool cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        QVERIFY_THROWS_EXCEPTION(Cancelled, sweepK(big, options, TaskControl({}, &cancel)));
        canceller.join();
    }

    void badRangesAreRejected() {
        SweepOptions options;
        options.kMin = 1;
        QVERIFY_THROWS_EXCEPTION(DataError, sweepK(fourBlobs(), options));
        options.kMin = 5;
        options.kMax = 4;
        QVERIFY_THROWS_EXCEPTION(DataError, sweepK(fourBlobs(), options));
        options.kMin = 2;
        options.kMax = 10;
        QVERIFY_THROWS_EXCEPTION(DataError, sweepK(fourBlobs().topRows(8), options));
    }

    void gridScoresEveryVariant() {
        QStringList header;
        const Matrix all = loadNumericCsv(QStringLiteral("resources/wholesale_customers.csv"), &header);
        QList<ColumnInfo> columns;
        for (const QString& name : header)
            columns << ColumnInfo{.name = name};
        const DataMatrix data(all, columns);
        const QStringList spending = header.mid(2);
        const Recipe base = Recipe::uniform(spending, FeatureStep{});
        SweepOptions options;
        options.kMax = 4;
        options.kmeans.nInit = 10;
        const std::vector<GridCell> grid = preprocessingGrid(data, base, Transform::Log1p, options);
        QCOMPARE(grid.size(), std::size_t(6));
        const QJsonObject ref = loadReference(QStringLiteral("kselection_grid.json"));
        for (const GridCell& cell : grid) {
            QVERIFY2(cell.error.isEmpty(), qPrintable(cell.error));
            QCOMPARE(cell.silhouettes.size(), std::size_t(3));
            QVERIFY(cell.bestSilhouette >= -1.0 && cell.bestSilhouette <= 1.0);
            QCOMPARE(cell.bestSilhouette,
                     *std::max_element(cell.silhouettes.begin(), cell.silhouettes.end()));
            // Without the log, the spending columns' outliers make silhouettes depend on which local optimum
            // a seed finds, so only the log-transformed variants are compared with scikit-learn's numbers.
            if (cell.transform == Transform::None)
                continue;
            const QString key = toString(cell.transform) + QLatin1Char('/') + toString(cell.scaling);
            const double expected = ref.value(key).toDouble();
            QVERIFY2(std::abs(cell.bestSilhouette - expected) < 0.01,
                     qPrintable(QStringLiteral("%1: %2 vs scikit-learn %3")
                                    .arg(key)
                                    .arg(cell.bestSilhouette)
                                    .arg(expected)));
        }
        const Recipe logOfZero = Recipe::uniform(spending, [] {
            FeatureStep step;
            step.transform = Transform::Log;
            return step;
        }());
        const Matrix withZero = [&] {
            Matrix m = all;
            m(5, 2) = 0.0; // Fresh
            return m;
        }();
        const std::vector<GridCell> broken =
            preprocessingGrid(DataMatrix(withZero, columns), logOfZero, Transform::Log, options);
        QVERIFY(broken[0].error.isEmpty());
        QVERIFY2(broken[3].error.contains(QLatin1String("Fresh")), qPrintable(broken[3].error));
    }
};

QTEST_APPLESS_MAIN(TestKSelection)
#include "TestKSelection.moc"
