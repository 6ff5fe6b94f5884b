#include "core/FuzzyCMeans.h"
