#include "charts/Log.h"

namespace segmenta {
Q_LOGGING_CATEGORY(lcCharts, "segmenta.charts")
}
