#include "core/Metrics.h"
