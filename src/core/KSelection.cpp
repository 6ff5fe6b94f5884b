#include "core/KSelection.h"
