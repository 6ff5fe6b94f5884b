#pragma once

#include "core/Recipe.h"

namespace segmenta {

class ProjectStore;

/// Recipes saved in a project for reuse, as Recipe::toJson writes them.
class RecipeRepository {
public:
    explicit RecipeRepository(ProjectStore& store);

    qint64 add(const Recipe& recipe);
    /// Throws StoreError for an unknown id or a stored recipe this version cannot read.
    Recipe load(qint64 id) const;

private:
    ProjectStore& m_store;
};

} // namespace segmenta
