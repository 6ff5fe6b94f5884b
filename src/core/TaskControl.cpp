#include "core/TaskControl.h"

#include "core/Error.h"

#include <algorithm>

namespace segmenta {

TaskControl::TaskControl(ProgressFn progress, const std::atomic_bool* cancelFlag)
    : m_progress(std::move(progress))
    , m_cancel(cancelFlag) {}

void TaskControl::report(double fraction, const QString& stage) const {
    if (m_progress)
        m_progress(m_offset + m_scale * std::clamp(fraction, 0.0, 1.0), stage);
}

bool TaskControl::isCancelled() const {
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

void TaskControl::checkCancelled() const {
    if (isCancelled())
        throw Cancelled();
}

TaskControl TaskControl::sub(double from, double to) const {
    TaskControl child = *this;
    child.m_offset = m_offset + m_scale * from;
    child.m_scale = m_scale * (to - from);
    return child;
}

} // namespace segmenta
