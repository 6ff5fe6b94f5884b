#include "core/Error.h"
#include "gui/TaskRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>

using namespace segmenta;

class TestTaskRunner : public QObject {
    Q_OBJECT

private slots:
    void resultArrivesOnTheGuiThread();
    void progressIsForwardedToTheGuiThread();
    void oneTaskAtATime();
    void dataErrorFails();
    void otherExceptionsFailWithAGenericMessage();
    void cancelStopsTheWork();
    void failingOnDoneIsReported();
};

void TestTaskRunner::resultArrivesOnTheGuiThread() {
    TaskRunner runner;
    QSignalSpy started(&runner, &TaskRunner::started);
    QSignalSpy finished(&runner, &TaskRunner::finished);
    QThread* worker = nullptr;
    QThread* delivered = nullptr;
    int result = 0;
    QVERIFY(runner.run<int>(
        QStringLiteral("sum"),
        [&](const TaskControl&) {
            worker = QThread::currentThread();
            return 6 * 7;
        },
        [&](int value) {
            delivered = QThread::currentThread();
            result = value;
            QVERIFY(!runner.isBusy()); // a follow-up task may start from here
        }));
    QVERIFY(runner.isBusy());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toString(), QStringLiteral("sum"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(result, 42);
    QVERIFY(worker && worker != QThread::currentThread());
    QCOMPARE(delivered, QThread::currentThread());
    QVERIFY(!runner.isBusy());
}

void TestTaskRunner::progressIsForwardedToTheGuiThread() {
    TaskRunner runner;
    QList<double> fractions;
    QStringList stages;
    bool onGuiThread = true;
    connect(&runner, &TaskRunner::progress, this, [&](double fraction, const QString& stage) {
        onGuiThread = onGuiThread && QThread::currentThread() == thread();
        fractions << fraction;
        stages << stage;
    });
    QSignalSpy finished(&runner, &TaskRunner::finished);
    QVERIFY(runner.run<int>(
        QStringLiteral("steps"),
        [](const TaskControl& control) {
            for (int step = 0; step < 5; ++step) {
                control.report(step / 5.0, QStringLiteral("step %1").arg(step));
                QThread::msleep(5);
            }
            // A flood of reports within one stage is thinned out, not queued one by one.
            for (int i = 0; i < 100000; ++i)
                control.sub(0.8, 1.0).report(i / 100000.0, QStringLiteral("tight loop"));
            return 0;
        },
        [](int) {}));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(onGuiThread);
    QVERIFY(stages.contains(QStringLiteral("step 0")));
    QVERIFY(stages.contains(QStringLiteral("step 4")));
    QVERIFY2(stages.count(QStringLiteral("tight loop")) < 100, qPrintable(QString::number(stages.size())));
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
}

void TestTaskRunner::oneTaskAtATime() {
    TaskRunner runner;
    std::atomic_bool release = false;
    QVERIFY(runner.run<int>(
        QStringLiteral("first"),
        [&](const TaskControl&) {
            while (!release)
                QThread::msleep(1);
            return 1;
        },
        [](int) {}));
    bool secondRan = false;
    QVERIFY(!runner.run<int>(
        QStringLiteral("second"), [](const TaskControl&) { return 2; }, [&](int) { secondRan = true; }));
    release = true;
    QTRY_VERIFY(!runner.isBusy());
    QVERIFY(!secondRan);
}

void TestTaskRunner::dataErrorFails() {
    TaskRunner runner;
    QSignalSpy failed(&runner, &TaskRunner::failed);
    QSignalSpy finished(&runner, &TaskRunner::finished);
    bool delivered = false;
    runner.run<int>(
        QStringLiteral("bad data"),
        [](const TaskControl&) -> int {
            throw DataError(QStringLiteral("Column 'Fresh', row 3: not a number."));
        },
        [&](int) { delivered = true; });
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("bad data"));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("Column 'Fresh', row 3: not a number."));
    QVERIFY(!delivered);
}

void TestTaskRunner::otherExceptionsFailWithAGenericMessage() {
    TaskRunner runner;
    QSignalSpy failed(&runner, &TaskRunner::failed);
    runner.run<int>(
        QStringLiteral("crash"), [](const TaskControl&) -> int { throw std::bad_alloc(); }, [](int) {});
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("unexpected error")));
}

void TestTaskRunner::cancelStopsTheWork() {
    TaskRunner runner;
    QSignalSpy cancelled(&runner, &TaskRunner::cancelled);
    QSignalSpy failed(&runner, &TaskRunner::failed);
    QSignalSpy finished(&runner, &TaskRunner::finished);
    std::atomic_bool looping = false;
    bool delivered = false;
    runner.run<int>(
        QStringLiteral("endless"),
        [&](const TaskControl& control) {
            looping = true;
            for (;;) {
                control.checkCancelled();
                QThread::msleep(1);
            }
            return 0;
        },
        [&](int) { delivered = true; });
    QTRY_VERIFY(looping);
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 1000);
    QCOMPARE(cancelled.first().first().toString(), QStringLiteral("endless"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!delivered);
    // The next task starts afresh, not cancelled.
    int value = 0;
    QVERIFY(runner.run<int>(
        QStringLiteral("after"),
        [](const TaskControl& control) {
            control.checkCancelled();
            return 5;
        },
        [&](int v) { value = v; }));
    QTRY_COMPARE(value, 5);
}

void TestTaskRunner::failingOnDoneIsReported() {
    TaskRunner runner;
    QSignalSpy failed(&runner, &TaskRunner::failed);
    QSignalSpy finished(&runner, &TaskRunner::finished);
    runner.run<int>(
        QStringLiteral("store"), [](const TaskControl&) { return 1; },
        [](int) { throw DataError(QStringLiteral("The project file is read-only.")); });
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("The project file is read-only."));
}

QTEST_MAIN(TestTaskRunner)
#include "TestTaskRunner.moc"
