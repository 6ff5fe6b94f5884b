#include "store/RecipeRepository.h"

#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace segmenta {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::RecipeRepository)
};
} // namespace

RecipeRepository::RecipeRepository(ProjectStore& store)
    : m_store(store) {}

qint64 RecipeRepository::add(const Recipe& recipe) {
    Transaction transaction(m_store);
    Statement insert(m_store, QStringLiteral("INSERT INTO recipes (json) VALUES (?)"));
    insert.bind(QString::fromUtf8(QJsonDocument(recipe.toJson()).toJson(QJsonDocument::Compact)));
    insert.exec();
    transaction.commit();
    return insert.lastInsertId();
}

Recipe RecipeRepository::load(qint64 id) const {
    Statement select(m_store, QStringLiteral("SELECT json FROM recipes WHERE id = ?"));
    const QVariant json = select.bind(id).scalar();
    if (!json.isValid())
        throw StoreError(Text::tr("The project %1 has no recipe %2.").arg(m_store.location()).arg(id));
    try {
        return Recipe::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
    } catch (const DataError& error) {
        throw StoreError(
            Text::tr("Recipe %1 in %2 cannot be read: %3").arg(id).arg(m_store.location(), error.message()));
    }
}

} // namespace segmenta
