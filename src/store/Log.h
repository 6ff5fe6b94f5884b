#pragma once

#include <QLoggingCategory>

namespace segmenta {
/// Logging category of the project store ("segmenta.store").
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace segmenta
