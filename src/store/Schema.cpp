#include "store/Schema.h"

#include "store/Log.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::Schema)
};

constexpr int kApplicationId = 0x53474D54; // "SGMT"

struct Step {
    int version;
    QList<const char*> statements;
};

// Released steps never change: a file records only its version, so a changed step would leave files built
// by the old one different from new files of the same version. Add a step instead.
const QList<Step>& steps() {
    static const QList<Step> list{
        {1,
         {"CREATE TABLE datasets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, source TEXT NOT NULL, "
          "imported_at TEXT NOT NULL, source_sha256 TEXT NOT NULL, row_count INTEGER NOT NULL, "
          "column_count INTEGER NOT NULL, import_report TEXT NOT NULL DEFAULT '{}')",
          "CREATE INDEX datasets_by_hash ON datasets (source_sha256)",
          "CREATE TABLE dataset_columns (dataset_id INTEGER NOT NULL REFERENCES datasets (id) ON DELETE "
          "CASCADE, "
          "position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, role TEXT NOT NULL, "
          "pii INTEGER NOT NULL, levels TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (dataset_id, position))",
          "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, "
          "details TEXT NOT NULL DEFAULT '{}')"}},
        {2,
         {"CREATE TABLE recipes (id INTEGER PRIMARY KEY, json TEXT NOT NULL)",
          "CREATE TABLE runs (id INTEGER PRIMARY KEY, "
          "dataset_id INTEGER NOT NULL REFERENCES datasets (id) ON DELETE RESTRICT, created_at TEXT NOT "
          "NULL, "
          "parameters TEXT NOT NULL, seed INTEGER NOT NULL, app_version TEXT NOT NULL, "
          "data_sha256 TEXT NOT NULL, seconds REAL NOT NULL, chosen_k INTEGER NOT NULL, "
          "recommended_k INTEGER NOT NULL, recommendation_reason TEXT NOT NULL)",
          "CREATE INDEX runs_by_dataset ON runs (dataset_id)",
          "CREATE TABLE run_scores (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE, "
          "k INTEGER NOT NULL, inertia REAL, silhouette REAL, calinski_harabasz REAL, davies_bouldin REAL, "
          "iterations INTEGER, smallest_share REAL, seconds REAL, PRIMARY KEY (run_id, k))",
          "CREATE TABLE run_models (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE, "
          "k INTEGER NOT NULL, centroids TEXT NOT NULL, sizes TEXT NOT NULL, labels BLOB NOT NULL, "
          "rows BLOB NOT NULL, PRIMARY KEY (run_id, k))",
          "CREATE TABLE assignments (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE, "
          "row_number INTEGER NOT NULL, segment INTEGER NOT NULL, PRIMARY KEY (run_id, row_number))",
          // Erasing a customer deletes one row number everywhere.
          "CREATE INDEX assignments_by_row ON assignments (row_number)",
          "CREATE TABLE segments (run_id INTEGER NOT NULL, k INTEGER NOT NULL, segment INTEGER NOT NULL, "
          "suggested_name TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', "
          "notes TEXT NOT NULL DEFAULT '', PRIMARY KEY (run_id, k, segment), "
          "FOREIGN KEY (run_id, k) REFERENCES run_models (run_id, k) ON DELETE CASCADE)"}},
    };
    return list;
}

/// The tables the steps create, in order.
QStringList tablesOfSteps() {
    static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+)"));
    QStringList tables;
    for (const Step& step : steps())
        for (const char* sql : step.statements)
            if (const QRegularExpressionMatch match = createTable.match(QLatin1String(sql)); match.hasMatch())
                tables << match.captured(1);
    return tables;
}

/// Throws StoreError naming the first table of the schema that the project lacks (a damaged or edited file),
/// instead of letting a later statement fail with SQLite's words.
void requireTables(ProjectStore& store) {
    Statement select(store, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    select.exec();
    QStringList present;
    while (select.next())
        present << select.value(0).toString();
    for (const QString& table : tablesOfSteps())
        if (!present.contains(table))
            throw StoreError(Text::tr("The project %1 is damaged: its table '%2' is missing. Open a backup "
                                      "of the project, or import the data into a new project.")
                                 .arg(store.location(), table));
}

int pragma(ProjectStore& store, const char* name) {
    return Statement(store, QStringLiteral("PRAGMA ") + QLatin1String(name)).scalar().toInt();
}

} // namespace

int Schema::currentVersion() {
    return steps().constLast().version;
}

void Schema::migrate(ProjectStore& store) {
    int version = 0;
    int applicationId = 0;
    int objects = 0;
    try {
        version = pragma(store, "user_version");
        applicationId = pragma(store, "application_id");
        objects = Statement(store, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar().toInt();
    } catch (const StoreError& error) {
        // Logged for diagnosis only: the user sees the message below, on its own.
        qCInfo(lcStore) << error.message();
        throw StoreError(Text::tr("%1 is not a Segmenta project, or it is damaged.").arg(store.location()));
    }
    if (version > currentVersion())
        throw StoreError(
            Text::tr("%1 was saved by a newer version of Segmenta (project format %2; this version "
                     "reads up to %3). It was left unchanged; open it with a newer Segmenta.")
                .arg(store.location())
                .arg(version)
                .arg(currentVersion()));
    if ((version > 0 && applicationId != kApplicationId) || (version == 0 && objects > 0))
        throw StoreError(
            Text::tr("%1 is an SQLite database but not a Segmenta project; it was left unchanged.")
                .arg(store.location()));
    for (const Step& step : steps()) {
        if (step.version <= version)
            continue;
        Transaction transaction(store);
        for (const char* sql : step.statements)
            Statement(store, QString::fromLatin1(sql)).exec();
        Statement(store, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)).exec();
        Statement(store, QStringLiteral("PRAGMA user_version = %1").arg(step.version)).exec();
        transaction.commit();
        qCInfo(lcStore) << "migrated" << store.location() << "to project format" << step.version;
    }
    requireTables(store);
}

} // namespace segmenta
