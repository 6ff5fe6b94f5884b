#include "store/Log.h"

namespace segmenta {
Q_LOGGING_CATEGORY(lcStore, "segmenta.store")
}
