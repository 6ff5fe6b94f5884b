#include "cli/ReportCommand.h"

#include "cli/CliText.h"
#include "cli/Guarded.h"
#include "cli/OptionTable.h"
#include "cli/ProjectOption.h"
#include "cli/ReportOutputs.h"
#include "core/AnalysisSettingsJson.h"
#include "core/Error.h"
#include "store/DatasetRepository.h"
#include "store/RunReplay.h"
#include "store/RunRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace segmenta::cli {

namespace {

constexpr OptionSpec kOptions[] = {
    {"project", "p.segmenta", QT_TRANSLATE_NOOP("segmenta::cli", "The project file.")},
    {"run", "ID", QT_TRANSLATE_NOOP("segmenta::cli", "The run to report (default: the latest run).")},
};

/// The run asked for, or the latest run of any dataset.
qint64 chooseRun(ProjectStore& project, const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("run"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || id < 1)
            throw DataError(CliText::tr("--run needs a run number such as 1, not '%1'.")
                                .arg(parser.value(QStringLiteral("run"))));
        return id;
    }
    qint64 latest = 0;
    const RunRepository runs(project);
    for (const DatasetInfo& dataset : DatasetRepository(project).list())
        for (const RunInfo& run : runs.list(dataset.id))
            latest = std::max(latest, run.id);
    if (latest == 0)
        throw DataError(
            CliText::tr(
                "The project '%1' has no run to report yet; run 'segmenta-cli analyze --project' first.")
                .arg(project.location()));
    return latest;
}

int report(const QStringList& arguments, QTextStream& err) {
    QCommandLineParser parser;
    addOptions(parser, kOptions);
    addOptions(parser, reportOptions());
    parseArguments(parser, QStringLiteral("report"), arguments);
    if (!parser.positionalArguments().isEmpty())
        throw DataError(
            CliText::tr("report takes no file name, but got '%1'; name the project with --project.")
                .arg(parser.positionalArguments().join(QLatin1String(", "))));
    const ReportOutputs outputs = parseReportOutputs(parser);
    if (!outputs.any())
        throw DataError(CliText::tr("report needs at least one of --pdf, --xlsx, --csv and --charts."));
    const auto project = openExistingProject(requireProject(parser, QStringLiteral("report")));

    const StoredRun run = RunRepository(*project).load(chooseRun(*project, parser));
    const DatasetRepository datasets(*project);
    const DataMatrix data = datasets.load(run.info.datasetId);
    const AnalysisResult result = replayRun(data, run, run.info.chosenK);
    const DatasetInfo dataset = datasets.info(run.info.datasetId);

    ReportSubject subject{dataset.name, dataset.importReport, dataset.sourceSha256, {}, {}};
    for (const StoredSegment& segment : run.segments) {
        if (segment.k != run.info.chosenK)
            continue;
        subject.segmentNames << segment.displayName();
        subject.segmentActions << segment.notes;
    }
    const QJsonObject audit{{QStringLiteral("run_id"), run.info.id},
                            {QStringLiteral("dataset"), dataset.name}};
    for (const QString& path : writeReports(data, analysisSettingsFromJson(run.info.parameters), result,
                                            subject, outputs, project.get(), audit))
        err << CliText::tr("Wrote %1.").arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace

int runReport(const QStringList& arguments, QTextStream&, QTextStream& err) {
    return guarded(err, [&] { return report(arguments, err); });
}

QString reportHelp() {
    return optionHelp(
               CliText::tr("Usage: segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] "
                           "[--xlsx r.xlsx] [--csv DIR] [--include-pii]"),
               CliText::tr(
                   "Writes the reports of a stored run with the segment names and notes saved in the "
                   "project. Columns flagged as personal data are left out unless --include-pii is given; "
                   "every export is recorded in the project's audit log."),
               kOptions) +
           optionLines(reportOptions());
}

} // namespace segmenta::cli
