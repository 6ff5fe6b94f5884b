#include "core/Preprocessing.h"
