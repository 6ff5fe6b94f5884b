#include "store/Transaction.h"

#include "store/Log.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"

namespace segmenta {

Transaction::Transaction(ProjectStore& store)
    : m_store(store)
    , m_savepoint(QStringLiteral("segmenta_%1").arg(store.m_savepointDepth + 1)) {
    Statement(m_store, QStringLiteral("SAVEPOINT ") + m_savepoint).exec();
    ++m_store.m_savepointDepth;
}

Transaction::~Transaction() {
    if (m_finished)
        return;
    --m_store.m_savepointDepth;
    try {
        // The outermost savepoint is the transaction: ROLLBACK ends it without a commit. ROLLBACK TO and
        // RELEASE would commit an empty write transaction, which still bumps the file's change counter, so a
        // failed import would leave the project file changed.
        if (m_store.m_savepointDepth == 0) {
            Statement(m_store, QStringLiteral("ROLLBACK")).exec();
            return;
        }
        Statement(m_store, QStringLiteral("ROLLBACK TO ") + m_savepoint).exec();
        Statement(m_store, QStringLiteral("RELEASE ") + m_savepoint).exec();
    } catch (const StoreError& error) {
        // A closed connection or a transaction SQLite already rolled back itself: nothing left to undo.
        qCWarning(lcStore) << "rollback:" << error.message();
    }
}

void Transaction::commit() {
    Statement(m_store, QStringLiteral("RELEASE ") + m_savepoint).exec();
    m_finished = true;
    --m_store.m_savepointDepth;
}

} // namespace segmenta
