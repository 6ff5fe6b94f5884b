#pragma once

#include <QLoggingCategory>

namespace segmenta {
/// Logging category of the engine ("segmenta.core").
Q_DECLARE_LOGGING_CATEGORY(lcCore)
} // namespace segmenta
