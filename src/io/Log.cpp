#include "io/Log.h"

namespace segmenta {
Q_LOGGING_CATEGORY(lcIo, "segmenta.io")
}
