#pragma once

#include <QLoggingCategory>

namespace segmenta {
/// Logging category of the interface's languages ("segmenta.i18n").
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
} // namespace segmenta
