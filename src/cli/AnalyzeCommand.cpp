#include "cli/AnalyzeCommand.h"

#include "cli/AnalyzeRequest.h"
#include "cli/CliText.h"
#include "cli/Guarded.h"
#include "cli/ImportReport.h"
#include "cli/ImportSource.h"
#include "cli/ProjectOption.h"
#include "cli/ReportOutputs.h"
#include "cli/ResultJson.h"
#include "cli/TextSummary.h"
#include "core/Error.h"
#include "core/OutputFile.h"
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"
#include "store/RunRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace segmenta::cli {

namespace {

const QString kSamplePath = QStringLiteral(":/segmenta/sample/wholesale_customers.csv");

/// A file (or the bundled sample) read as analyze reads it, with its import report and hash for reports.
struct Input {
    DataMatrix data;
    ReportSubject subject;
};

Input readFile(const QString& path, const QString& displayName, const ImportOptions& options,
               QTextStream& err) {
    const ImportSource source = readImportSource({path, options, {}, {}, {}});
    for (const ReadIssue& warning : source.read.warnings)
        err << CliText::tr("warning: %1:%2: %3").arg(displayName).arg(warning.line).arg(warning.message)
            << Qt::endl;
    Input input;
    input.data = source.read.data;
    input.subject.datasetName = displayName;
    input.subject.importReport = importReport(source.read);
    input.subject.sourceSha256 = source.sha256;
    return input;
}

Input readDataset(ProjectStore& project, const QString& name, qint64* datasetId) {
    DatasetRepository datasets(project);
    const std::optional<DatasetInfo> info = datasets.findByName(name);
    if (!info)
        throw DataError(
            CliText::tr("The project '%1' has no dataset named '%2'.").arg(project.location(), name));
    *datasetId = info->id;
    Input input;
    input.data = datasets.load(info->id);
    input.subject.datasetName = name;
    input.subject.importReport = info->importReport;
    input.subject.sourceSha256 = info->sourceSha256;
    return input;
}

QStringList segmentNames(const AnalysisResult& result) {
    QStringList names;
    for (const SegmentProfile& profile : result.profiles)
        names << profile.suggestedName;
    return names;
}

Recipe buildRecipe(const FeatureSelection& selection, const AnalyzeRequest& request) {
    Recipe recipe;
    recipe.dropTukeyMinFeatures = request.dropTukeyMinFeatures;
    for (const QString& name : selection.categorical) {
        CategoricalStep step;
        step.column = name;
        step.missing = request.numericStep.missing == MissingRule::DropRow ? MissingRule::DropRow
                                                                           : MissingRule::MostFrequent;
        recipe.categorical << step;
    }
    for (const QString& name : selection.numeric) {
        FeatureStep step = request.numericStep;
        step.column = name;
        recipe.numeric << step;
    }
    return recipe;
}

QByteArray labelsCsv(const AnalysisResult& result) {
    QByteArray csv = "row,segment\n";
    const Labels& labels = result.model().labels;
    for (std::size_t i = 0; i < labels.size(); ++i)
        csv += QByteArray::number(qint64(result.prepared.rows[i] + 1)) + ',' +
               QByteArray::number(labels[i] + 1) + '\n';
    return csv;
}

int analyze(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    AnalyzeRequest request = parseAnalyzeArguments(arguments);
    std::unique_ptr<ProjectStore> project;
    qint64 datasetId = 0;
    Input input;
    if (!request.projectPath.isEmpty()) {
        project = openExistingProject(request.projectPath);
        input = readDataset(*project, request.datasetName, &datasetId);
    } else if (request.useSample) {
        input = readFile(kSamplePath, QStringLiteral("wholesale_customers.csv (bundled sample)"), {}, err);
    } else {
        input = readFile(request.input, request.input, request.fileOptions, err);
        input.subject.datasetName = QFileInfo(request.input).fileName();
    }
    const DataMatrix& data = input.data;
    const FeatureSelection selection = selectFeatures(data, request.columns);
    requireFeatures(data, selection);
    request.settings.recipe = buildRecipe(selection, request);
    request.settings.scoreGrid = request.grid;
    const AnalysisResult result = runAnalysis(data, request.settings);
    for (const QString& warning : result.prepared.warnings)
        err << CliText::tr("warning: %1").arg(warning) << Qt::endl;

    const QByteArray json = QJsonDocument(analysisToJson(result, request.settings, data, selection.excluded))
                                .toJson(QJsonDocument::Indented);
    if (!request.labelsPath.isEmpty())
        OutputFile::writeAll(request.labelsPath, labelsCsv(result));
    if (!request.jsonPath.isEmpty() && request.jsonPath != QLatin1String("-"))
        OutputFile::writeAll(request.jsonPath, json);
    QJsonObject audit;
    if (project) {
        const qint64 runId = RunRepository(*project).add(datasetId, request.settings, result);
        err << CliText::tr("Stored as run %1 of '%2'.").arg(runId).arg(request.datasetName) << Qt::endl;
        audit = {{QStringLiteral("run_id"), runId}, {QStringLiteral("dataset"), request.datasetName}};
    }
    input.subject.segmentNames = segmentNames(result);
    for (const QString& path :
         writeReports(data, request.settings, result, input.subject, request.reports, project.get(), audit))
        err << CliText::tr("Wrote %1.").arg(path) << Qt::endl;
    if (request.jsonPath == QLatin1String("-")) {
        out << QString::fromUtf8(json);
        out.flush();
    } else {
        printSummary(out, input.subject.datasetName, result, data, selection.excluded);
    }
    return ExitOk;
}

} // namespace

int runAnalyze(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    return guarded(err, [&] { return analyze(arguments, out, err); });
}

} // namespace segmenta::cli
