#pragma once

#include "cli/OptionTable.h"
#include "report/ChartExport.h"
#include "report/CsvExport.h"
#include "report/ReportInput.h"

#include <QPageSize>
#include <QString>

#include <span>

class QCommandLineParser;

namespace segmenta {
class ProjectStore;
}

namespace segmenta::cli {

/// The reports and exports one command line asks for: shared by `analyze` and `report`.
struct ReportOutputs {
    QString pdf;
    QString xlsx;
    QString csvDirectory;
    QString chartsDirectory;
    ChartExportOptions charts;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    CsvExportOptions csv;
    QString title;
    QString author;
    bool includePii = false;

    bool any() const {
        return !pdf.isEmpty() || !xlsx.isEmpty() || !csvDirectory.isEmpty() || !chartsDirectory.isEmpty();
    }
};

/// The options that ask for reports and exports.
std::span<const OptionSpec> reportOptions();

/// Reads the report options of `parser` (which has reportOptions()). Throws DataError for bad values.
ReportOutputs parseReportOutputs(const QCommandLineParser& parser);

/// What a report is made of, apart from the run: the dataset and its provenance, the segments' names and
/// the actions noted for them.
struct ReportSubject {
    QString datasetName;
    QJsonObject importReport;
    QByteArray sourceSha256; ///< raw digest; may be empty
    QStringList segmentNames;
    QStringList segmentActions;
};

/// Writes every output asked for and returns the paths written. With a project, each export is recorded
/// in its audit log (what, where, whether PII was included), together with `auditDetails`.
QStringList writeReports(const DataMatrix& data, const AnalysisSettings& settings,
                         const AnalysisResult& result, const ReportSubject& subject,
                         const ReportOutputs& outputs, ProjectStore* project,
                         const QJsonObject& auditDetails = {});

/// True when a command line asks for a PDF or chart images, which need a (windowless) GUI application for its
/// figures.
bool wantsFigures(const QStringList& arguments);

} // namespace segmenta::cli
