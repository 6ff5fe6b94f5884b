#include "i18n/Log.h"

namespace segmenta {
Q_LOGGING_CATEGORY(lcI18n, "segmenta.i18n")
}
