#include "core/Error.h"
#include "core/Parallel.h"
#include "core/TaskControl.h"

#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace segmenta;

class TestParallel : public QObject {
    Q_OBJECT

private slots:
    void blocksCoverEveryRowOnce_data() {
        QTest::addColumn<qlonglong>("rows");
        QTest::addColumn<qlonglong>("blockSize");
        QTest::newRow("empty") << 0LL << 256LL;
        QTest::newRow("one short block") << 10LL << 256LL;
        QTest::newRow("exact multiple") << 512LL << 256LL;
        QTest::newRow("ragged tail") << 1000LL << 256LL;
    }
    void blocksCoverEveryRowOnce() {
        QFETCH(qlonglong, rows);
        QFETCH(qlonglong, blockSize);
        const std::vector<BlockRange> blocks = makeBlocks(rows, blockSize);
        QCOMPARE(qlonglong(blocks.size()), (rows + blockSize - 1) / blockSize);
        Index next = 0;
        for (const BlockRange& b : blocks) {
            QCOMPARE(b.begin, next);
            QVERIFY(b.end > b.begin && b.end - b.begin <= blockSize);
            next = b.end;
        }
        QCOMPARE(next, Index(rows));
    }

    void everyIndexRunsExactlyOnce_data() {
        QTest::addColumn<int>("threads");
        for (int t : {1, 2, 3, 8})
            QTest::addRow("%d threads", t) << t;
    }
    void everyIndexRunsExactlyOnce() {
        QFETCH(int, threads);
        constexpr std::size_t count = 10007;
        std::vector<std::atomic_int> hits(count);
        parallelFor(count, threads, [&](std::size_t i) { hits[i]++; });
        for (std::size_t i = 0; i < count; ++i)
            QCOMPARE(hits[i].load(), 1);
    }

    void firstExceptionIsRethrown() {
        std::atomic_int calls{0};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, parallelFor(1000, 4, [&](std::size_t i) {
                                     ++calls;
                                     std::this_thread::sleep_for(std::chrono::microseconds(200));
                                     if (i == 17)
                                         throw std::runtime_error("boom");
                                 }));
        QVERIFY(calls.load() < 1000); // the others stopped taking work
    }

    void environmentSetsDefaultThreads() {
        qputenv("SEGMENTA_THREADS", "3");
        QCOMPARE(defaultThreadCount(), 3);
        qputenv("SEGMENTA_THREADS", "nonsense");
        QVERIFY(defaultThreadCount() >= 1);
        qunsetenv("SEGMENTA_THREADS");
    }

    void subControlsMapProgressAndCancel() {
        std::vector<double> seen;
        std::atomic_bool cancel{false};
        const TaskControl root([&](double f, const QString&) { seen.push_back(f); }, &cancel);
        const TaskControl half = root.sub(0.5, 1.0);
        half.sub(0.0, 0.5).report(1.0, QString());
        half.report(0.5, QString());
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(seen[0], 0.75);
        QCOMPARE(seen[1], 0.75);
        half.checkCancelled();
        cancel = true;
        QVERIFY(half.isCancelled());
        QVERIFY_THROWS_EXCEPTION(Cancelled, half.checkCancelled());
    }
};

QTEST_APPLESS_MAIN(TestParallel)
#include "TestParallel.moc"
