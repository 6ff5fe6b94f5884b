#pragma once

#include "core/DataMatrix.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace segmenta {

class ProjectStore;

/// One imported dataset, without its rows.
struct DatasetInfo {
    qint64 id = 0;
    QString name;
    QString source; ///< where it came from, e.g. the file path
    QDateTime importedAt;
    QByteArray sourceSha256; ///< raw digest of the source
    qint64 rowCount = 0;
    int columnCount = 0;
    QJsonObject importReport;
};

/// The datasets of a project: their description, their columns' metadata and their rows (DataTable).
class DatasetRepository {
public:
    explicit DatasetRepository(ProjectStore& store);

    /// Stores `data` under the unique `name`, all or nothing. `sourceLines` gives each row's line in the
    /// source (may be empty). Returns the new dataset's id. Throws StoreError for a name in use, a text code
    /// outside its column's levels or a database failure; the project is then as it was.
    qint64 add(const QString& name, const QString& source, const QByteArray& sourceSha256,
               const DataMatrix& data, const QList<qint64>& sourceLines, const QJsonObject& importReport);
    /// Datasets imported from a source with this digest, oldest first.
    QList<DatasetInfo> findByHash(const QByteArray& sourceSha256) const;
    std::optional<DatasetInfo> findByName(const QString& name) const;
    /// The dataset with this id. Throws StoreError for an unknown id.
    DatasetInfo info(qint64 id) const;
    /// Every dataset, oldest first.
    QList<DatasetInfo> list() const;
    /// The rows in row-number order with the column metadata exactly as stored. Throws StoreError for an
    /// unknown id.
    DataMatrix load(qint64 id) const;
    /// Removes the dataset, its columns and its rows. Refused (StoreError) while runs refer to it: runs
    /// are the user's work and are removed explicitly (RunRepository::remove).
    void remove(qint64 id);

private:
    /// Datasets matching `where` (SQL with one `?` for `value`), or all when it is empty.
    QList<DatasetInfo> select(const QString& where, const QVariant& value) const;

    ProjectStore& m_store;
};

} // namespace segmenta
