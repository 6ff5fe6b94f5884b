#include "core/Profiles.h"
