#include "report/ExportTables.h"

#include "charts/SegmentNames.h"
#include "core/AnalysisSettingsJson.h"
#include "core/Error.h"
#include "core/Metrics.h"
#include "report/ReportInput.h"

#include <QDate>
#include <QJsonDocument>

#include <cmath>
#include <utility>

namespace segmenta {

ExportCell ExportCell::number(double value) {
    ExportCell cell;
    if (std::isfinite(value))
        cell.m_value = value;
    return cell;
}

ExportCell ExportCell::text(const QString& value) {
    ExportCell cell;
    cell.m_value = value;
    return cell;
}

namespace {

using Rows = std::vector<std::vector<ExportCell>>;
using Facts = std::vector<std::pair<QString, ExportCell>>;

ExportTable fromRows(std::vector<ExportColumn> columns, Rows rows) {
    auto shared = std::make_shared<const Rows>(std::move(rows));
    ExportTable table;
    table.columns = std::move(columns);
    table.rows = Index(shared->size());
    table.cell = [shared](Index row, int column) { return (*shared)[std::size_t(row)][std::size_t(column)]; };
    return table;
}

ExportTable fromFacts(const QString& keyTitle, const QString& valueTitle, const Facts& facts) {
    Rows rows;
    for (const auto& [key, value] : facts)
        rows.push_back({ExportCell::text(key), value});
    return fromRows(
        {{QStringLiteral("item"), keyTitle}, {QStringLiteral("value"), valueTitle, CellStyle::Value}},
        std::move(rows));
}

ExportCell number(double value) {
    return ExportCell::number(value);
}
ExportCell text(const QString& value) {
    return ExportCell::text(value);
}

/// A cell of the data as imported: level text, ISO date or number.
ExportCell originalCell(const DataMatrix& data, Index row, Index column) {
    const double value = data.values()(row, column);
    if (std::isnan(value))
        return {};
    const ColumnInfo& info = data.column(column);
    if (info.isTextCoded())
        return text(info.levels.value(qsizetype(value)));
    if (info.kind == ColumnKind::Date)
        return text(QDate(1970, 1, 1).addDays(qint64(std::floor(value))).toString(Qt::ISODate));
    return number(value);
}

QString dateText(const QDateTime& when) {
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// What the assignment cells are computed from, shared by every call of the table's cell function.
struct Assignments {
    const DataMatrix* data = nullptr;
    std::vector<Index> kept; ///< per data row: its row in the clustered data, or -1 when dropped
    Labels labels;
    Vector distances;
    Vector silhouettes; ///< empty when undefined (fewer than 2 segments used)
    QStringList names;
    Index identifier = -1;
    QList<Index> original;

    ExportCell cell(Index row, int column) const {
        const Index k = kept[std::size_t(row)];
        switch (column) {
        case 0:
            return identifier >= 0 ? originalCell(*data, row, identifier) : number(double(row + 1));
        case 1:
            return k < 0 ? ExportCell() : number(labels[std::size_t(k)] + 1);
        case 2:
            return k < 0 ? ExportCell() : text(names.value(labels[std::size_t(k)]));
        case 3:
            return k < 0 ? ExportCell() : number(distances(k));
        case 4:
            return k < 0 || silhouettes.size() == 0 ? ExportCell() : number(silhouettes(k));
        default:
            return originalCell(*data, row, original.at(column - 5));
        }
    }
};

QString yesNo(bool value) {
    return value ? ExportTables::tr("yes") : ExportTables::tr("no");
}

QString numericStepText(const FeatureStep& step) {
    return ExportTables::tr("missing: %1, transform: %2, outliers: %3, scaling: %4")
        .arg(toString(step.missing), toString(step.transform), toString(step.outliers),
             toString(step.scaling));
}

QString categoricalStepText(const CategoricalStep& step) {
    return ExportTables::tr("one-hot, missing: %1, first level dropped: %2")
        .arg(toString(step.missing), yesNo(step.dropFirst));
}

QString silhouetteText(const SilhouetteScore& info) {
    return info.sampled ? ExportTables::tr("sampled: %1 rows, seed %2").arg(info.sampleSize).arg(info.seed)
                        : ExportTables::tr("exact over all %1 rows").arg(info.sampleSize);
}

} // namespace

void ExportTables::validate(const ReportInput& input) {
    if (!input.data || !input.result)
        throw DataError(tr("Nothing to export: the report has no data or no segmentation run."));
    const AnalysisResult& result = *input.result;
    const SweepModel& model = result.model();
    if (model.labels.size() != result.prepared.rows.size() ||
        Index(model.labels.size()) != result.clusteredData().rows())
        throw DataError(tr("The segmentation run is inconsistent: %1 labels for %2 clustered rows.")
                            .arg(model.labels.size())
                            .arg(result.prepared.rows.size()));
    for (const Index row : result.prepared.rows)
        if (row < 0 || row >= input.data->rows())
            throw DataError(tr("The segmentation run does not belong to this dataset: it refers to row %1 of "
                               "a table with %2 rows.")
                                .arg(row + 1)
                                .arg(input.data->rows()));
}

ExportTable ExportTables::assignments(const ReportInput& input, bool includeOriginalColumns) {
    validate(input);
    const AnalysisResult& result = *input.result;
    const SweepModel& model = result.model();
    const Matrix& clustered = result.clusteredData();

    auto source = std::make_shared<Assignments>();
    source->data = input.data;
    source->kept.assign(std::size_t(input.data->rows()), -1);
    for (std::size_t i = 0; i < result.prepared.rows.size(); ++i)
        source->kept[std::size_t(result.prepared.rows[i])] = Index(i);
    source->labels = model.labels;
    source->distances.resize(clustered.rows());
    for (Index i = 0; i < clustered.rows(); ++i)
        source->distances(i) = (clustered.row(i) - model.centroids.row(model.labels[std::size_t(i)])).norm();
    try {
        source->silhouettes = silhouetteSamples(clustered, model.labels, result.k);
    } catch (const DataError&) {
        // A single used segment has no silhouette: the cells stay empty.
    }
    source->names = segmentDisplayNames(result, input.segmentNames);
    source->identifier = identifierColumn(input);

    ExportTable table;
    if (source->identifier >= 0) {
        const QString name = input.data->column(source->identifier).name;
        table.columns.push_back({name, name});
    } else {
        table.columns.push_back({QStringLiteral("row"), tr("Row"), CellStyle::Integer});
    }
    table.columns.push_back({QStringLiteral("segment"), tr("Segment"), CellStyle::Integer});
    table.columns.push_back({QStringLiteral("segment_name"), tr("Segment name")});
    table.columns.push_back(
        {QStringLiteral("distance_to_centroid"), tr("Distance to centroid"), CellStyle::Fixed3});
    table.columns.push_back({QStringLiteral("silhouette"), tr("Silhouette"), CellStyle::Fixed3});
    if (includeOriginalColumns) {
        for (const Index c : exportableColumns(input)) {
            if (c == source->identifier)
                continue;
            source->original << c;
            const QString name = input.data->column(c).name;
            table.columns.push_back({name, name});
        }
    }
    table.rows = input.data->rows();
    table.cell = [source](Index row, int column) { return source->cell(row, column); };
    return table;
}

ExportTable ExportTables::profiles(const ReportInput& input) {
    validate(input);
    const AnalysisResult& result = *input.result;
    std::vector<ExportColumn> columns{{QStringLiteral("segment"), tr("Segment"), CellStyle::Integer},
                                      {QStringLiteral("segment_name"), tr("Segment name")},
                                      {QStringLiteral("size"), tr("Size"), CellStyle::Integer},
                                      {QStringLiteral("share"), tr("Share"), CellStyle::Percent}};
    for (const QString& feature : result.profiledColumns) {
        columns.push_back({feature + QStringLiteral("_mean"), tr("%1 mean").arg(feature), CellStyle::Amount});
        columns.push_back(
            {feature + QStringLiteral("_median"), tr("%1 median").arg(feature), CellStyle::Amount});
        columns.push_back(
            {feature + QStringLiteral("_ratio"), tr("%1 ratio to overall").arg(feature), CellStyle::Fixed3});
        columns.push_back(
            {feature + QStringLiteral("_zscore"), tr("%1 z-score").arg(feature), CellStyle::Fixed3});
    }
    const QStringList names = segmentDisplayNames(result, input.segmentNames);
    Rows rows;
    for (const SegmentProfile& profile : result.profiles) {
        std::vector<ExportCell> row{number(profile.segment + 1), text(names.value(profile.segment)),
                                    number(double(profile.size)), number(profile.share)};
        for (const FeatureProfile& feature : profile.features)
            row.insert(row.end(), {number(feature.mean), number(feature.median), number(feature.ratio),
                                   number(feature.zScore)});
        rows.push_back(std::move(row));
    }
    return fromRows(std::move(columns), std::move(rows));
}

ExportTable ExportTables::metrics(const ReportInput& input) {
    validate(input);
    const SweepResult& sweep = input.result->sweep;
    Rows rows;
    for (const KScore& score : sweep.scores)
        rows.push_back({number(score.k), number(score.inertia), number(score.silhouette),
                        number(score.calinskiHarabasz), number(score.daviesBouldin), number(score.iterations),
                        number(score.smallestShare), number(score.seconds),
                        number(score.k == sweep.recommendation.k ? 1 : 0),
                        number(score.k == input.result->k ? 1 : 0)});
    return fromRows({{QStringLiteral("k"), tr("K"), CellStyle::Integer},
                     {QStringLiteral("inertia"), tr("Inertia")},
                     {QStringLiteral("silhouette"), tr("Silhouette"), CellStyle::Fixed3},
                     {QStringLiteral("calinski_harabasz"), tr("Calinski–Harabasz")},
                     {QStringLiteral("davies_bouldin"), tr("Davies–Bouldin"), CellStyle::Fixed3},
                     {QStringLiteral("iterations"), tr("Iterations"), CellStyle::Integer},
                     {QStringLiteral("smallest_share"), tr("Smallest segment share"), CellStyle::Percent},
                     {QStringLiteral("seconds"), tr("Seconds"), CellStyle::Fixed3},
                     {QStringLiteral("recommended"), tr("Recommended (1 = yes)"), CellStyle::Integer},
                     {QStringLiteral("chosen"), tr("Chosen (1 = yes)"), CellStyle::Integer}},
                    std::move(rows));
}

ExportTable ExportTables::summaryFacts(const ReportInput& input) {
    validate(input);
    const AnalysisResult& result = *input.result;
    Facts facts;
    if (!input.author.isEmpty())
        facts.push_back({tr("Author"), text(input.author)});
    facts.insert(facts.end(), {{tr("Dataset"), text(input.datasetName)},
                               {tr("Date"), text(dateText(input.createdAt))},
                               {tr("Customers in the data"), number(double(input.data->rows()))},
                               {tr("Customers segmented"), number(double(result.prepared.rows.size()))},
                               {tr("Segments (K)"), number(result.k)},
                               {tr("Recommended K"), number(result.sweep.recommendation.k)},
                               {tr("Why this K"), text(result.sweep.recommendation.reason)}});
    return fromFacts(tr("Item"), tr("Value"), facts);
}

ExportTable ExportTables::segmentOverview(const ReportInput& input) {
    validate(input);
    const AnalysisResult& result = *input.result;
    const QStringList names = segmentDisplayNames(result, input.segmentNames);
    std::vector<ExportColumn> columns{{QStringLiteral("segment"), tr("Segment"), CellStyle::Integer},
                                      {QStringLiteral("segment_name"), tr("Segment name")},
                                      {QStringLiteral("size"), tr("Size"), CellStyle::Integer},
                                      {QStringLiteral("share"), tr("Share"), CellStyle::Percent},
                                      {QStringLiteral("distinguishing"), tr("Distinguishing features")}};
    const bool actions = !input.segmentActions.join(QString()).trimmed().isEmpty();
    if (actions)
        columns.push_back({QStringLiteral("action"), tr("Recommended action")});
    Rows rows;
    for (const SegmentProfile& profile : result.profiles) {
        std::vector<ExportCell> row{number(profile.segment + 1), text(names.value(profile.segment)),
                                    number(double(profile.size)), number(profile.share),
                                    text(profile.distinguishing.join(QStringLiteral(", ")))};
        if (actions)
            row.push_back(text(input.segmentActions.value(profile.segment)));
        rows.push_back(std::move(row));
    }
    return fromRows(std::move(columns), std::move(rows));
}

ExportTable ExportTables::run(const ReportInput& input) {
    validate(input);
    const AnalysisResult& result = *input.result;
    const AnalysisSettings& settings = input.settings;
    const SweepOptions& sweep = settings.sweep;
    const bool fuzzy = sweep.algorithm == Algorithm::FuzzyCMeans;

    Facts facts{{tr("Application version"), text(input.appVersion)},
                {tr("Exported at"), text(dateText(QDateTime::currentDateTime()))},
                {tr("Source SHA-256"), text(input.sourceSha256)}};
    const QList<std::pair<QString, QString>> importKeys{
        {QStringLiteral("rows_read"), tr("Rows read")},
        {QStringLiteral("rows_imported"), tr("Rows imported")},
        {QStringLiteral("rows_skipped"), tr("Rows skipped")}};
    for (const auto& [key, label] : importKeys)
        if (input.importReport.contains(key))
            facts.push_back({label, number(input.importReport.value(key).toDouble())});
    facts.push_back({tr("Algorithm"), text(fuzzy ? tr("Fuzzy C-Means") : tr("K-Means (k-means++)"))});
    if (fuzzy)
        facts.push_back({tr("Fuzzifier (m)"), number(sweep.fuzzifier)});
    facts.insert(
        facts.end(),
        {{tr("Smallest K"), number(sweep.kMin)},
         {tr("Largest K"), number(sweep.kMax)},
         {tr("Chosen K"), number(result.k)},
         {tr("Recommended K"), number(result.sweep.recommendation.k)},
         {tr("Elbow K"),
          result.sweep.recommendation.elbowK > 0 ? number(result.sweep.recommendation.elbowK) : ExportCell()},
         {tr("Restarts"), number(sweep.kmeans.nInit)},
         {tr("Maximum iterations"), number(sweep.kmeans.maxIter)},
         {tr("Tolerance"), number(sweep.kmeans.tol)},
         {tr("Seed"), text(QString::number(sweep.kmeans.seed))},
         {tr("Minimum segment share"), number(sweep.minSegmentShare)},
         {tr("Silhouette"), text(silhouetteText(result.sweep.silhouetteInfo))},
         {tr("Clustered on"), text(result.clusteredOn == ClusterSpace::Pca ? tr("principal components")
                                                                           : tr("prepared features"))},
         {tr("Principal components"), number(double(result.pca.componentCount()))},
         {tr("Explained variance of the components"), result.pca.cumulativeRatio.size() > 0
                                                          ? number(result.pca.cumulativeRatio.tail(1)(0))
                                                          : ExportCell()}});
    for (const FeatureStep& step : settings.recipe.numeric)
        facts.push_back({tr("Recipe: %1").arg(step.column), text(numericStepText(step))});
    for (const CategoricalStep& step : settings.recipe.categorical)
        facts.push_back({tr("Recipe: %1").arg(step.column), text(categoricalStepText(step))});

    QStringList piiColumns;
    for (const ColumnInfo& column : input.data->columns())
        if (column.pii)
            piiColumns << column.name;
    facts.insert(facts.end(),
                 {{tr("Rows dropped for missing values"), number(double(result.prepared.droppedMissing))},
                  {tr("Rows dropped as outliers"), number(double(result.prepared.droppedOutliers))},
                  {tr("Rows clustered"), number(double(result.prepared.rows.size()))},
                  {tr("Features clustered"), number(double(result.clusteredData().cols()))},
                  {tr("Run time (seconds)"), number(result.seconds)},
                  {tr("Columns flagged PII"),
                   text(piiColumns.isEmpty() ? tr("none") : piiColumns.join(QStringLiteral(", ")))},
                  {tr("PII included"), text(yesNo(input.includePii))},
                  {tr("Settings (JSON)"),
                   text(QString::fromUtf8(QJsonDocument(toJson(settings)).toJson(QJsonDocument::Compact)))}});
    return fromFacts(tr("Parameter"), tr("Value"), facts);
}

} // namespace segmenta
