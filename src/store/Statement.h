#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace segmenta {

class ProjectStore;

/// A prepared SQL statement on a project's connection whose failures throw StoreError naming the project
/// file, the statement and SQLite's reason, so that no caller can forget to check.
class Statement {
public:
    /// Prepares `sql`, forward-only. Throws StoreError.
    Statement(const ProjectStore& store, const QString& sql);

    /// Binds the next positional `?`; exec() starts again at the first. A null QString binds as ''.
    Statement& bind(const QVariant& value);
    /// Binds a whole column of values to positional `?` number `position`, for execBatch(), as they are.
    void bindColumn(int position, const QVariantList& values);
    void exec();
    void execBatch();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    /// The single value of a one-row query (an aggregate or a PRAGMA); invalid when there is no row.
    QVariant scalar();

private:
    [[noreturn]] void fail() const;

    const ProjectStore& m_store;
    QSqlQuery m_query;
    int m_next = 0;
};

} // namespace segmenta
