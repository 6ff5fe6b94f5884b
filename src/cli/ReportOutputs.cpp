#include "cli/ReportOutputs.h"

#include "cli/CliText.h"
#include "core/Error.h"
#include "core/OutputFile.h"
#include "report/ChartExport.h"
#include "report/PdfReport.h"
#include "report/XlsxExport.h"
#include "store/AuditLog.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace segmenta::cli {

namespace {

constexpr OptionSpec kReportOptions[] = {
    {"pdf", "r.pdf", QT_TRANSLATE_NOOP("segmenta::cli", "Write the PDF report.")},
    {"xlsx", "r.xlsx",
     QT_TRANSLATE_NOOP("segmenta::cli", "Write the workbook: Summary, Segments, Assignments, Metrics, Run.")},
    {"csv", "DIR",
     QT_TRANSLATE_NOOP("segmenta::cli", "Write assignments.csv, profiles.csv and metrics.csv into DIR.")},
    {"charts", "DIR",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Write every chart into DIR as PNG and SVG (k_selection, segment_map, "
                       "profiles, zscores, silhouette, crosstab_<column>).")},
    {"dpi", "192", QT_TRANSLATE_NOOP("segmenta::cli", "Resolution of the PNG charts (default: 192).")},
    {"include-pii", nullptr,
     QT_TRANSLATE_NOOP("segmenta::cli", "Include the columns flagged as personal data in these exports.")},
    {"page-size", "a4|letter", QT_TRANSLATE_NOOP("segmenta::cli", "Paper of the PDF report (default: a4).")},
    {"title", "TEXT",
     QT_TRANSLATE_NOOP("segmenta::cli", "Title of the report (default: Customer segments).")},
    {"author", "NAME", QT_TRANSLATE_NOOP("segmenta::cli", "Author named on the report's cover.")},
    {"csv-delimiter", "D",
     QT_TRANSLATE_NOOP("segmenta::cli", "Delimiter of the CSV files: , ; tab or | (default: ,).")},
    {"csv-bom", nullptr,
     QT_TRANSLATE_NOOP("segmenta::cli", "Start the CSV files with a UTF-8 byte order mark, for Excel.")},
};

/// One audit entry per file, in one transaction that is committed only once every file is in place: the log
/// never lacks an export that happened, nor lists one that did not.
QStringList commitRecorded(OutputSet& files, const QList<std::pair<QString, QString>>& formatOfPath,
                           ProjectStore* project, const ReportOutputs& outputs,
                           const QJsonObject& auditDetails) {
    if (!project)
        return files.commit();
    Transaction transaction(*project);
    AuditLog audit(*project);
    for (const auto& [format, path] : formatOfPath) {
        QJsonObject details = auditDetails;
        details.insert(QStringLiteral("format"), format);
        details.insert(QStringLiteral("path"),
                       path == QLatin1String("-") ? path : QFileInfo(path).absoluteFilePath());
        details.insert(QStringLiteral("pii_included"), outputs.includePii);
        audit.record(QStringLiteral("export"), details);
    }
    const QStringList written = files.commit();
    transaction.commit();
    return written;
}

} // namespace

std::span<const OptionSpec> reportOptions() {
    return kReportOptions;
}

ReportOutputs parseReportOutputs(const QCommandLineParser& parser) {
    ReportOutputs outputs;
    outputs.pdf = parser.value(QStringLiteral("pdf"));
    outputs.xlsx = parser.value(QStringLiteral("xlsx"));
    outputs.csvDirectory = parser.value(QStringLiteral("csv"));
    outputs.chartsDirectory = parser.value(QStringLiteral("charts"));
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        outputs.charts.dpi = parser.value(QStringLiteral("dpi")).toDouble(&ok);
        if (!ok || outputs.charts.dpi < 48 || outputs.charts.dpi > 1200)
            throw DataError(CliText::tr("--dpi needs a resolution from 48 to 1200, not '%1'.")
                                .arg(parser.value(QStringLiteral("dpi"))));
    }
    outputs.includePii = parser.isSet(QStringLiteral("include-pii"));
    outputs.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                          : CliText::tr("Customer segments");
    outputs.author = parser.value(QStringLiteral("author"));
    const QString paper = parser.value(QStringLiteral("page-size")).toLower();
    if (paper == QLatin1String("letter"))
        outputs.pageSize = QPageSize::Letter;
    else if (!paper.isEmpty() && paper != QLatin1String("a4"))
        throw DataError(CliText::tr("--page-size must be a4 or letter, not '%1'.").arg(paper));
    if (parser.isSet(QStringLiteral("csv-delimiter")))
        outputs.csv.delimiter =
            singleCharacter(QStringLiteral("csv-delimiter"), parser.value(QStringLiteral("csv-delimiter")));
    outputs.csv.byteOrderMark = parser.isSet(QStringLiteral("csv-bom"));
    return outputs;
}

QStringList writeReports(const DataMatrix& data, const AnalysisSettings& settings,
                         const AnalysisResult& result, const ReportSubject& subject,
                         const ReportOutputs& outputs, ProjectStore* project,
                         const QJsonObject& auditDetails) {
    ReportInput input;
    input.title = outputs.title;
    input.author = outputs.author;
    input.datasetName = subject.datasetName;
    input.createdAt = QDateTime::currentDateTime();
    input.data = &data;
    input.importReport = subject.importReport;
    input.settings = settings;
    input.result = &result;
    input.segmentNames = subject.segmentNames;
    input.segmentActions = subject.segmentActions;
    input.sourceSha256 = QString::fromLatin1(subject.sourceSha256.toHex());
    input.appVersion = QStringLiteral(SEGMENTA_VERSION);
    input.includePii = outputs.includePii;

    // Everything is written to temporary files first; a failure anywhere leaves every target as it was.
    OutputSet files;
    QList<std::pair<QString, QString>> formatOfPath;
    if (!outputs.pdf.isEmpty()) {
        PdfReport::write(input, outputs.pdf, outputs.pageSize, files);
        formatOfPath.append({QStringLiteral("pdf"), outputs.pdf});
    }
    if (!outputs.xlsx.isEmpty()) {
        XlsxExport::write(input, outputs.xlsx, files);
        formatOfPath.append({QStringLiteral("xlsx"), outputs.xlsx});
    }
    if (!outputs.csvDirectory.isEmpty())
        for (const QString& file : CsvExport::write(input, outputs.csvDirectory, outputs.csv, files))
            formatOfPath.append({QStringLiteral("csv"), file});
    if (!outputs.chartsDirectory.isEmpty())
        for (const QString& file : ChartExport::write(input, outputs.chartsDirectory, outputs.charts, files))
            formatOfPath.append({QFileInfo(file).suffix(), file});
    return commitRecorded(files, formatOfPath, project, outputs, auditDetails);
}

bool wantsFigures(const QStringList& arguments) {
    return arguments.value(0) == QLatin1String("report") ||
           std::any_of(arguments.begin(), arguments.end(), [](const QString& argument) {
               for (const QLatin1String option : {QLatin1String("pdf"), QLatin1String("charts")})
                   if (argument == QLatin1String("--") + option || argument == QLatin1String("-") + option ||
                       argument.startsWith(QLatin1String("--") + option + QLatin1Char('=')))
                       return true;
               return false;
           });
}

} // namespace segmenta::cli
