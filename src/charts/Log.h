#pragma once

#include <QLoggingCategory>

namespace segmenta {
/// Logging category of the figures ("segmenta.charts").
Q_DECLARE_LOGGING_CATEGORY(lcCharts)
} // namespace segmenta
