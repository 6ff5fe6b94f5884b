#pragma once

#include <QString>

namespace segmenta {

class ProjectStore;

/// A unit of writes that either all happen or none: rolled back on destruction unless commit() was called.
/// Transactions nest (each is a SQLite savepoint), so that a caller can group the writes of several
/// repositories, each of which opens its own.
class Transaction {
public:
    /// Throws StoreError when the transaction cannot start.
    explicit Transaction(ProjectStore& store);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Throws StoreError when SQLite cannot commit; the transaction is then rolled back on destruction.
    void commit();

private:
    ProjectStore& m_store;
    QString m_savepoint;
    bool m_finished = false;
};

} // namespace segmenta
