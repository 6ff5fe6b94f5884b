#pragma once

#include "core/Analysis.h"
#include "core/DataMatrix.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace segmenta {

/// Everything a report or an export is made from. Writers take data and figures, never widgets, so the
/// GUI and the command line (offscreen) produce the same files.
struct ReportInput {
    QString title;  ///< e.g. "Customer segments"
    QString author; ///< may be empty
    QString datasetName;
    QDateTime createdAt;
    /// The dataset as imported: original units and column metadata (kinds, roles, PII flags). Not null.
    const DataMatrix* data = nullptr;
    /// The import report's JSON (rows_read, rows_imported, rows_skipped, columns, cells, guesses); may be
    /// empty.
    QJsonObject importReport;
    AnalysisSettings settings;
    /// The run; its chosen K (result->k) is the segmentation reported. Not null.
    const AnalysisResult* result = nullptr;
    QStringList segmentNames;   ///< display name per segment of the chosen K (the user's, else the suggested)
    QStringList segmentActions; ///< recommended action per segment, editable by the user; may be empty
    QString sourceSha256;       ///< hex digest of the imported source, for provenance; may be empty
    QString appVersion;
    /// Columns flagged PII appear in exports only when the user opted in for this one export.
    bool includePii = false;
};

/// The columns of the input's data that an export may show: all but PII columns, unless includePii.
QList<Index> exportableColumns(const ReportInput& input);

/// The identifier column of the data (role Identifier, not PII unless includePii), or -1: assignments are
/// then identified by row number.
Index identifierColumn(const ReportInput& input);

} // namespace segmenta
