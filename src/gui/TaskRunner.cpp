#include "gui/TaskRunner.h"

#include "core/Error.h"
#include "gui/Log.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace segmenta {

namespace {

/// Progress messages reach the GUI at most this often (a stage change always gets through).
constexpr qint64 kProgressIntervalMs = 40;

/// How a piece of work ended.
struct Outcome {
    enum class Kind { Done, Failed, Cancelled } kind = Kind::Done;
    QString message;
};

/// Runs `body`, turning its exceptions into the outcome.
Outcome guarded(const std::function<void()>& body) {
    Outcome outcome;
    try {
        body();
    } catch (const Cancelled&) {
        outcome.kind = Outcome::Kind::Cancelled;
    } catch (const DataError& error) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.message = error.message();
    } catch (const std::exception& error) {
        qCWarning(lcGui) << "task failed unexpectedly:" << error.what();
        outcome.kind = Outcome::Kind::Failed;
        outcome.message = TaskRunner::tr("An unexpected error stopped the task (%1). Please try again; if it "
                                         "happens again, report it together with the data that caused it.")
                              .arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.message = TaskRunner::tr("An unexpected error stopped the task. Please try again; if it "
                                         "happens again, report it together with the data that caused it.");
    }
    return outcome;
}

} // namespace

TaskRunner::TaskRunner(QObject* parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    connect(this, &TaskRunner::progressReported, this, &TaskRunner::forwardProgress, Qt::QueuedConnection);
}

TaskRunner::~TaskRunner() {
    cancel();
    m_future.waitForFinished();
}

bool TaskRunner::isBusy() const {
    return m_busy;
}

void TaskRunner::cancel() {
    if (m_busy && m_cancel)
        m_cancel->store(true);
}

void TaskRunner::start(const QString& title, std::function<void(const TaskControl&)> work,
                       std::function<void()> deliver) {
    m_busy = true;
    m_title = title;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    qCInfo(lcGui) << "task started:" << title;
    emit started(title);

    auto outcome = std::make_shared<Outcome>();
    m_future = QtConcurrent::run(&m_pool, [outcome, control = workerControl(), work = std::move(work)] {
        *outcome = guarded([&] { work(control); });
    });
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this,
            [this, watcher, outcome, deliver = std::move(deliver)] {
                watcher->deleteLater();
                const QString title = m_title;
                // A cancel the user asked for wins even when the worker finished before it noticed.
                const bool wasCancelled = outcome->kind == Outcome::Kind::Cancelled || m_cancel->load();
                m_busy = false;
                if (wasCancelled) {
                    qCInfo(lcGui) << "task cancelled:" << title;
                    emit cancelled(title);
                } else if (outcome->kind == Outcome::Kind::Failed) {
                    qCInfo(lcGui) << "task failed:" << title << outcome->message;
                    emit failed(title, outcome->message);
                } else {
                    // onDone writes to the project on this thread, so a failing write is reported like any
                    // failure.
                    const Outcome delivered = guarded(deliver);
                    if (delivered.kind == Outcome::Kind::Failed)
                        emit failed(title, delivered.message);
                }
                emit finished();
            });
    watcher->setFuture(m_future);
}

TaskControl TaskRunner::workerControl() {
    struct Throttle {
        QElapsedTimer clock;
        QString stage;
    };
    auto throttle = std::make_shared<Throttle>();
    auto cancelFlag = m_cancel;
    // The control keeps a raw pointer to the flag; capturing it here keeps the flag alive with the control.
    auto report = [this, throttle, cancelFlag](double fraction, const QString& stage) {
        if (throttle->clock.isValid() && stage == throttle->stage &&
            !throttle->clock.hasExpired(kProgressIntervalMs))
            return;
        throttle->clock.start();
        throttle->stage = stage;
        emit progressReported(fraction, stage, QPrivateSignal());
    };
    return TaskControl(report, cancelFlag.get());
}

void TaskRunner::forwardProgress(double fraction, const QString& stage) {
    if (m_busy)
        emit progress(fraction, stage);
}

} // namespace segmenta
