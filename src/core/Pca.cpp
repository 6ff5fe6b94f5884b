#include "core/Pca.h"
