#include "gui/Log.h"

namespace segmenta {
Q_LOGGING_CATEGORY(lcGui, "segmenta.gui")
}
