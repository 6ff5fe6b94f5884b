#pragma once

#include "core/DataMatrix.h"
#include "core/InvoiceFeatures.h"
#include "core/TaskControl.h"
#include "io/PostgresReader.h"
#include "io/TableReader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace segmenta {

class DatasetRepository;
class ProjectStore;

/// Everything the import wizard collected: where to read, how, and what to make of the columns.
struct ImportRequest {
    enum class Source { File, Database };
    Source source = Source::File;
    QString path;
    ImportOptions options;
    PostgresConnection connection;
    QString table; ///< database: a table or view, or empty with a query
    QString query;
    /// The columns as the preview typed them, and as the user set them: differing kinds, roles and PII
    /// flags are applied to the table read, the rest stays as the full read typed it.
    QList<ColumnInfo> guessedColumns;
    QList<ColumnInfo> chosenColumns;
    std::optional<InvoiceMapping> invoices; ///< the rows are invoice lines: store one row per customer
};

/// A table read and prepared for storing, with its import report.
struct ImportOutcome {
    QByteArray sha256;
    QString source;
    DataMatrix data;
    QList<qint64> sourceLines;
    QJsonObject report;
};

/// Reads and prepares the table (on a worker thread: it touches no project). Throws DataError naming what
/// is wrong, Cancelled when the control is cancelled.
ImportOutcome prepareImport(const ImportRequest& request, const TaskControl& control);

/// Stores the table as the dataset `name` and records the import in the audit log, all or nothing (on the
/// project's thread). Returns the dataset's id; throws StoreError.
qint64 storeImport(ProjectStore& store, const QString& name, const ImportOutcome& outcome);

/// The name to suggest for the dataset: the source's, marked when invoice lines become customers.
QString suggestedDatasetName(const ImportRequest& request);

/// `base`, or the first of "base (2)", "base (3)", ... that no dataset of the project is named.
QString freeDatasetName(const DatasetRepository& datasets, const QString& base);

} // namespace segmenta
