#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace segmenta {

class ProjectStore;

/// One thing that was done to a project.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString action; ///< e.g. "dataset.import"
    QJsonObject details;
};

/// What was done to a project, when: imports, runs, removals, erasures. Append-only.
class AuditLog {
public:
    explicit AuditLog(ProjectStore& store);

    /// Records `action` now (UTC) and returns its id. Inside a caller's Transaction it is undone with the
    /// caller's writes.
    qint64 record(const QString& action, const QJsonObject& details = {});
    /// Every entry, oldest first.
    QList<AuditEntry> entries() const;

private:
    ProjectStore& m_store;
};

} // namespace segmenta
