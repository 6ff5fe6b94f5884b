#pragma once

#include <QLoggingCategory>

namespace segmenta {
/// Logging category of the desktop application's widgets ("segmenta.gui").
Q_DECLARE_LOGGING_CATEGORY(lcGui)
} // namespace segmenta
