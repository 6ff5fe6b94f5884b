#pragma once

#include "core/TaskControl.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace segmenta {

/// The one runner of the application's long work (imports, analyses, replays): one task at a time on a
/// worker thread, progress and cancel through a TaskControl, the result handed back on the GUI thread.
/// Workers get copies of their data; only the GUI thread touches the project store.
class TaskRunner : public QObject {
    Q_OBJECT

public:
    explicit TaskRunner(QObject* parent = nullptr);
    /// Cancels a running task and waits for its worker to stop.
    ~TaskRunner() override;

    bool isBusy() const;

    /// Runs work(control) on the thread pool; onDone(result) runs on the GUI thread. DataError →
    /// failed(message); Cancelled → cancelled(); other exceptions → failed with a generic message. One task
    /// at a time: returns false when busy.
    template <class T>
    bool run(const QString& title, std::function<T(const TaskControl&)> work, std::function<void(T)> onDone);

public slots:
    void cancel();

signals:
    void started(const QString& title);
    void progress(double fraction, const QString& stage);
    void failed(const QString& title, const QString& message);
    void cancelled(const QString& title);
    void finished(); // after onDone, failed or cancelled

    /// Emitted on the worker thread; queued to forwardProgress on the GUI thread.
    void progressReported(double fraction, const QString& stage, QPrivateSignal);

private:
    /// Starts `work` on the worker; `deliver` runs on the GUI thread when it succeeded.
    void start(const QString& title, std::function<void(const TaskControl&)> work,
               std::function<void()> deliver);
    /// The control handed to the worker: progress goes through a queued signal, throttled so that a
    /// tight loop cannot flood the GUI thread's event queue.
    TaskControl workerControl();
    void forwardProgress(double fraction, const QString& stage);

    QThreadPool m_pool;
    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_title;
    bool m_busy = false;
};

template <class T>
bool TaskRunner::run(const QString& title, std::function<T(const TaskControl&)> work,
                     std::function<void(T)> onDone) {
    if (m_busy)
        return false;
    auto result = std::make_shared<std::optional<T>>();
    start(
        title,
        [result, work = std::move(work)](const TaskControl& control) { result->emplace(work(control)); },
        [result, onDone = std::move(onDone)] { onDone(std::move(**result)); });
    return true;
}

} // namespace segmenta
