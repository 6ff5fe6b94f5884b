#pragma once

namespace segmenta {

class ProjectStore;

/// The tables of a project file and the numbered steps that build them. The version is SQLite's
/// user_version; a project file is recognised by its application_id.
///
/// Tables (every timestamp ISO 8601 UTC, every *_sha256 lower-case hex, JSON as text):
///  datasets(id, name unique, source, imported_at, source_sha256, row_count, column_count, import_report)
///  dataset_columns(dataset_id, position, name, kind, role, pii, levels) — levels a JSON array of texts
///  data_<dataset id> — the rows, see DataTable
///  audit_log(id, at, action, details)
///  recipes(id, json)
///  runs(id, dataset_id, created_at, parameters, seed, app_version, data_sha256, seconds, chosen_k,
///       recommended_k, recommendation_reason) — a dataset with runs cannot be removed (ON DELETE RESTRICT)
///  run_scores(run_id, k, inertia, silhouette, calinski_harabasz, davies_bouldin, iterations,
///             smallest_share, seconds)
///  run_models(run_id, k, centroids JSON, sizes JSON, labels BLOB int32 LE, rows BLOB int64 LE row numbers)
///  assignments(run_id, row_number, segment) — the chosen K, segment numbered from 1 as users see it
///  segments(run_id, k, segment, suggested_name, name, notes) — segment numbered from 1
/// Everything below runs is deleted with its run (ON DELETE CASCADE).
class Schema {
public:
    /// The version this build creates and reads.
    static int currentVersion();
    /// Brings the database to currentVersion(), each step in its own transaction. Throws StoreError,
    /// changing nothing, for a database of a newer version or one that is not a Segmenta project.
    static void migrate(ProjectStore& store);
};

} // namespace segmenta
