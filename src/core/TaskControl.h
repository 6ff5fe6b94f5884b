#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace segmenta {

/// Progress reporting and cooperative cancellation for long computations.
///
/// A default-constructed control reports nowhere and is never cancelled. Long loops call
/// checkCancelled() often enough that a cancel takes effect within 100 ms; it throws Cancelled.
/// report() must only be called from the thread that started the computation, never from worker threads.
class TaskControl {
public:
    /// Receives a fraction in [0, 1] of the whole task and a short description of the current stage.
    using ProgressFn = std::function<void(double fraction, const QString& stage)>;

    TaskControl() = default;
    /// @param progress may be empty; @param cancelFlag may be null and must outlive the control.
    TaskControl(ProgressFn progress, const std::atomic_bool* cancelFlag);

    /// Reports progress of this (sub-)task as a fraction in [0, 1] of its own range.
    void report(double fraction, const QString& stage) const;
    /// True once cancellation was requested.
    bool isCancelled() const;
    /// Throws Cancelled when cancellation was requested.
    void checkCancelled() const;
    /// A control whose fraction 0..1 maps onto [from, to] of this control's range.
    TaskControl sub(double from, double to) const;

private:
    ProgressFn m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    double m_offset = 0.0;
    double m_scale = 1.0;
};

} // namespace segmenta
