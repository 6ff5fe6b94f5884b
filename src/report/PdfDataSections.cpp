#include "report/PdfDataSections.h"

#include "core/ColumnText.h"
#include "io/GuessText.h"
#include "report/PdfContext.h"
#include "report/PdfPageFlow.h"
#include "report/PdfTable.h"
#include "report/ReportText.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace segmenta {

namespace {

using Items = QList<std::pair<QString, QString>>;

// An import report's totals (rows_skipped and cells are lists of what was left, in the command line's
// report) and the format guesses.
Items importItems(const QJsonObject& report) {
    const auto total = [&](const QString& key) {
        const QJsonValue value = report.value(key);
        return ReportText::count(value.isArray() ? value.toArray().size() : value.toInteger());
    };
    const std::pair<const char*, const char*> totals[] = {
        {"rows_read", QT_TRANSLATE_NOOP("segmenta::PdfDataSections", "Rows read")},
        {"rows_imported", QT_TRANSLATE_NOOP("segmenta::PdfDataSections", "Rows imported")},
        {"rows_skipped", QT_TRANSLATE_NOOP("segmenta::PdfDataSections", "Rows skipped")},
        {"cells", QT_TRANSLATE_NOOP("segmenta::PdfDataSections", "Cells that could not be used")},
    };
    Items items;
    for (const auto& [key, label] : totals)
        if (report.contains(QLatin1String(key)))
            items.append({PdfDataSections::tr(label), total(QLatin1String(key))});
    const QJsonObject guesses = report.value(QLatin1String("guesses")).toObject();
    for (auto it = guesses.begin(); it != guesses.end(); ++it)
        items.append({PdfDataSections::tr("%1 (detected)").arg(GuessText::label(it.key())),
                      GuessText::value(it.value().toVariant().toString())});
    return items;
}

struct ColumnStats {
    Index missing = 0;
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double mean = std::numeric_limits<double>::quiet_NaN();
};

ColumnStats statsOf(const DataMatrix& data, Index c) {
    ColumnStats stats;
    double sum = 0.0;
    Index present = 0;
    for (Index r = 0; r < data.rows(); ++r) {
        const double v = data.values()(r, c);
        if (std::isnan(v)) {
            ++stats.missing;
            continue;
        }
        stats.min = present == 0 ? v : std::min(stats.min, v);
        stats.max = present == 0 ? v : std::max(stats.max, v);
        sum += v;
        ++present;
    }
    if (present > 0)
        stats.mean = sum / double(present);
    return stats;
}

PdfTable columnTable(const PdfContext& context) {
    PdfTable table;
    table.header = QStringList{PdfDataSections::tr("Column"),  PdfDataSections::tr("Kind"),
                               PdfDataSections::tr("Role"),    PdfDataSections::tr("Missing"),
                               PdfDataSections::tr("Minimum"), PdfDataSections::tr("Mean"),
                               PdfDataSections::tr("Maximum")};
    table.numericColumns = {3, 4, 5, 6};
    for (const Index c : exportableColumns(context.input)) {
        const ColumnInfo& column = context.data.column(c);
        const ColumnStats stats = statsOf(context.data, c);
        const bool measured = column.kind == ColumnKind::Numeric && !column.isTextCoded();
        const QString role =
            column.pii ? PdfDataSections::tr("%1, personal data").arg(ColumnText::roleName(column.role))
                       : ColumnText::roleName(column.role);
        QStringList row{column.name, ColumnText::kindName(column.kind), role,
                        ReportText::count(stats.missing)};
        for (const double v : {stats.min, stats.mean, stats.max})
            row << (measured ? ReportText::value(v) : QString());
        table.rows << row;
    }
    return table;
}

void numericSteps(PdfPageFlow& flow, const PdfContext& context) {
    const Recipe& recipe = context.input.settings.recipe;
    PdfTable table;
    table.header = QStringList{PdfDataSections::tr("Feature"), PdfDataSections::tr("Missing values"),
                               PdfDataSections::tr("Transform"), PdfDataSections::tr("Outliers"),
                               PdfDataSections::tr("Scaling")};
    for (const FeatureStep& step : recipe.numeric)
        if (!context.hidden.contains(step.column))
            table.rows << QStringList{
                step.column, ReportText::missingRule(step), ReportText::transform(step.transform),
                ReportText::outliers(step, recipe.dropTukeyMinFeatures), ReportText::scaling(step.scaling)};
    if (!table.rows.isEmpty())
        table.draw(flow);
}

void categoricalSteps(PdfPageFlow& flow, const PdfContext& context) {
    PdfTable table;
    table.header = QStringList{PdfDataSections::tr("Categorical column"), PdfDataSections::tr("Encoding")};
    for (const CategoricalStep& step : context.input.settings.recipe.categorical)
        if (!context.hidden.contains(step.column))
            table.rows << QStringList{step.column, ReportText::encoding(step)};
    if (!table.rows.isEmpty())
        table.draw(flow);
}

QString pcaSentence(const AnalysisResult& result) {
    const Index components = result.pca.componentCount();
    if (components == 0)
        return {};
    const QString kept =
        PdfDataSections::tr(
            "Principal components: %1 kept, explaining %2 of the variance of the prepared features.")
            .arg(QString::number(components),
                 ReportText::percent(result.pca.cumulativeRatio(components - 1)));
    return kept + QLatin1Char(' ') +
           (result.clusteredOn == ClusterSpace::Pca
                ? PdfDataSections::tr("The segments were found on these components.")
                : PdfDataSections::tr("The segments were found on the prepared features; "
                                      "the components only place customers on "
                                      "the segment map."));
}

void gridTable(PdfPageFlow& flow, const AnalysisResult& result) {
    if (result.grid.empty())
        return;
    flow.heading(PdfDataSections::tr("Preprocessing variants"), 2);
    flow.text(PdfDataSections::tr(
        "Every combination of transform and scaling was also scored over the same K; the best "
        "silhouette of each:"));
    PdfTable table;
    table.header = QStringList{PdfDataSections::tr("Transform"), PdfDataSections::tr("Scaling"),
                               PdfDataSections::tr("Best K"), PdfDataSections::tr("Best silhouette"),
                               PdfDataSections::tr("Note")};
    table.keyColumns = 2;
    table.numericColumns = {2, 3};
    for (const GridCell& cell : result.grid) {
        const bool scored = cell.error.isEmpty();
        table.rows << QStringList{ReportText::transform(cell.transform), ReportText::scaling(cell.scaling),
                                  scored ? QString::number(cell.bestK) : QString(),
                                  scored ? ReportText::number(cell.bestSilhouette, 3) : QString(),
                                  scored ? QString()
                                         : PdfDataSections::tr("not possible: %1").arg(cell.error)};
    }
    table.draw(flow);
}

QString silhouetteMethod(const SilhouetteScore& score) {
    if (score.sampled)
        return PdfDataSections::tr("mean over a random sample of %1 customers (seed %2)")
            .arg(ReportText::count(score.sampleSize), QString::number(score.seed));
    return PdfDataSections::tr("exact mean over all %1 customers").arg(ReportText::count(score.sampleSize));
}

} // namespace

void PdfDataSections::dataSummary(PdfPageFlow& flow, const PdfContext& context) {
    const DataMatrix& data = context.data;
    const PreprocessResult& prepared = context.result.prepared;
    flow.sectionBreak();
    flow.heading(PdfDataSections::tr("Data summary"), 1);
    const Index cells = data.rows() * data.cols();
    const auto missing = Index(data.values().array().isNaN().count());
    flow.text(
        PdfDataSections::tr("The dataset has %1 rows and %2 columns; %3 of its %4 cells are missing (%5).")
            .arg(ReportText::count(data.rows()), ReportText::count(data.cols()), ReportText::count(missing),
                 ReportText::count(cells),
                 ReportText::percent(cells > 0 ? double(missing) / double(cells) : 0.0)));
    if (!context.hidden.isEmpty())
        flow.text(context.hidden.size() == 1
                      ? PdfDataSections::tr("1 column marked as personal data is left out of this report.")
                      : PdfDataSections::tr("%1 columns marked as personal data are left out of this report.")
                            .arg(context.hidden.size()));
    flow.text(
        PdfDataSections::tr("%1 rows were used in the analysis; %2 were dropped for missing values and %3 as "
                            "outliers.")
            .arg(ReportText::count(qint64(prepared.rows.size())), ReportText::count(prepared.droppedMissing),
                 ReportText::count(prepared.droppedOutliers)));

    flow.heading(PdfDataSections::tr("Import"), 2);
    const Items imported = importItems(context.input.importReport);
    if (imported.isEmpty())
        flow.text(PdfDataSections::tr("No import report is stored with this dataset."));
    else
        PdfTable::keyValue(PdfDataSections::tr("Import"), PdfDataSections::tr("Value"), imported).draw(flow);

    flow.heading(PdfDataSections::tr("Columns"), 2);
    columnTable(context).draw(flow);
}

void PdfDataSections::recipe(PdfPageFlow& flow, const PdfContext& context) {
    flow.heading(PdfDataSections::tr("Preprocessing recipe"), 1);
    flow.text(
        ReportText::recipeSummary(context.input.settings.recipe, context.hidden).join(QLatin1Char(' ')));
    numericSteps(flow, context);
    categoricalSteps(flow, context);
    const QString pca = pcaSentence(context.result);
    if (!pca.isEmpty())
        flow.text(pca);
    gridTable(flow, context.result);
}

void PdfDataSections::appendix(PdfPageFlow& flow, const PdfContext& context) {
    const ReportInput& input = context.input;
    const AnalysisResult& result = context.result;
    const SweepOptions& sweep = input.settings.sweep;
    flow.sectionBreak();
    flow.heading(PdfDataSections::tr("Method"), 1);
    flow.text(PdfDataSections::tr(
        "How these segments were computed, so that they can be checked and reproduced: the "
        "same data (identified by its SHA-256), recipe and settings give the same segments."));
    double fitSeconds = 0.0;
    for (const KScore& score : result.sweep.scores)
        fitSeconds += score.seconds;
    const QDateTime created = input.createdAt.isValid() ? input.createdAt : QDateTime::currentDateTime();
    const Items items{
        {PdfDataSections::tr("Algorithm"), ReportText::algorithm(sweep)},
        {PdfDataSections::tr("K tried"), PdfDataSections::tr("%1 to %2").arg(sweep.kMin).arg(sweep.kMax)},
        {PdfDataSections::tr("K reported"), QString::number(result.k)},
        {PdfDataSections::tr("Random seed"), QString::number(sweep.kmeans.seed)},
        {PdfDataSections::tr("Clustered on"),
         result.clusteredOn == ClusterSpace::Pca
             ? PdfDataSections::tr("%1 principal components").arg(result.pca.componentCount())
             : PdfDataSections::tr("%1 prepared features").arg(result.prepared.featureNames.size())},
        {PdfDataSections::tr("Customers clustered"), ReportText::count(result.clusteredData().rows())},
        {PdfDataSections::tr("Silhouette"), silhouetteMethod(result.sweep.silhouetteInfo)},
        {PdfDataSections::tr("Smallest segment allowed for the recommendation"),
         ReportText::percent(sweep.minSegmentShare)},
        {PdfDataSections::tr("Run time"),
         PdfDataSections::tr("%1 s in total, of which %2 s fitting and scoring the K")
             .arg(ReportText::number(result.seconds, 2), ReportText::number(fitSeconds, 2))},
        {PdfDataSections::tr("Software"),
         PdfDataSections::tr("Segmenta %1, Qt %2, Eigen %3.%4.%5")
             .arg(input.appVersion, QString::fromLatin1(qVersion()), QString::number(EIGEN_WORLD_VERSION),
                  QString::number(EIGEN_MAJOR_VERSION), QString::number(EIGEN_MINOR_VERSION))},
        {PdfDataSections::tr("Dataset"), input.datasetName},
        {PdfDataSections::tr("Source SHA-256"),
         input.sourceSha256.isEmpty() ? PdfDataSections::tr("not recorded") : input.sourceSha256},
        {PdfDataSections::tr("Report created"), QLocale().toString(created, QLocale::LongFormat)},
    };
    PdfTable::keyValue(PdfDataSections::tr("Item"), PdfDataSections::tr("Detail"), items).draw(flow);
}

} // namespace segmenta
