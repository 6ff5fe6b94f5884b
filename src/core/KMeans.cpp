#include "core/KMeans.h"
