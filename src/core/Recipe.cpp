#include "core/Recipe.h"
