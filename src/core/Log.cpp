#include "core/Log.h"

namespace segmenta {
Q_LOGGING_CATEGORY(lcCore, "segmenta.core")
}
