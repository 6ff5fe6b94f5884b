#pragma once

#include <QLoggingCategory>

namespace segmenta {
/// Logging category of the readers ("segmenta.io").
Q_DECLARE_LOGGING_CATEGORY(lcIo)
} // namespace segmenta
