#include "core/Error.h"
#include "core/Metrics.h"
#include "core/MiniBatchKMeans.h"
#include "core/Random.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace segmenta;

namespace {

/// `rows` × 4 overlapping Gaussian blobs (SD 1.5) around 6 centres drawn in [−5, 5]^4.
Matrix blobs(Index rows, std::uint64_t seed) {
    Rng rng(seed);
    Matrix centres(6, 4);
    for (Index c = 0; c < centres.size(); ++c)
        centres.data()[c] = 10.0 * rng.uniform() - 5.0;
    Matrix data(rows, 4);
    for (Index r = 0; r < rows; ++r) {
        const auto centre = static_cast<Index>(rng.below(6));
        for (Index c = 0; c < 4; ++c) {
            const double u = 1.0 - rng.uniform();
            data(r, c) = centres(centre, c) + 1.5 * std::sqrt(-2.0 * std::log(u)) *
                                                  std::cos(2.0 * std::numbers::pi * rng.uniform());
        }
    }
    return data;
}

} // namespace

class TestMiniBatchKMeans : public QObject {
    Q_OBJECT

private slots:
    // The bar: on a million rows, within 2 % of the full K-Means' best of 3 restarts.
    void inertiaCloseToFullKMeans() {
        const Matrix x = blobs(1'000'000, 3);
        for (const int k : {3, 6, 9}) {
            KMeansOptions options;
            options.k = k;
            options.nInit = 3;
            const KMeansResult full = kmeans(x, options);
            const KMeansResult mini = miniBatchKMeans(x, options);
            const double ratio = mini.inertia / full.inertia;
            qInfo("K=%d mini-batch inertia %.6g after %d steps, K-Means %.6g: ratio %.5f", k, mini.inertia,
                  mini.iterations, full.inertia, ratio);
            QVERIFY2(ratio <= 1.02, qPrintable(QStringLiteral("K=%1: ratio %2").arg(k).arg(ratio)));
            // The reported inertia is that of the labels and the centroids (their segments' means).
            QVERIFY2(std::abs(inertia(x, mini.labels, mini.centroids) / mini.inertia - 1.0) < 1e-9,
                     "reported inertia does not belong to the labels and centroids");
        }
    }

    void deterministicForSeedAndThreads() {
        const Matrix x = blobs(50'000, 5);
        KMeansOptions options;
        options.k = 5;
        options.seed = 11;
        options.threads = 1;
        const KMeansResult first = miniBatchKMeans(x, options);
        for (const int threads : {2, 4}) {
            options.threads = threads;
            const KMeansResult again = miniBatchKMeans(x, options);
            QVERIFY2(again.labels == first.labels,
                     qPrintable(QStringLiteral("labels change with %1 threads").arg(threads)));
            QVERIFY2(again.centroids == first.centroids, "centroids change with the thread count");
            QCOMPARE(again.inertia, first.inertia);
        }
        options.seed = 12;
        QVERIFY2(miniBatchKMeans(x, options).centroids != first.centroids, "the seed is ignored");
    }

    void rejectsBadOptions() {
        const Matrix x = blobs(100, 1);
        KMeansOptions options;
        options.k = 3;
        MiniBatchOptions miniBatch;
        miniBatch.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(DataError, miniBatchKMeans(x, options, miniBatch));
        options.k = 101;
        QVERIFY_THROWS_EXCEPTION(DataError, miniBatchKMeans(x, options));
    }
};

QTEST_GUILESS_MAIN(TestMiniBatchKMeans)
#include "TestMiniBatchKMeans.moc"
