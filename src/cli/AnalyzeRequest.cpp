#include "cli/AnalyzeRequest.h"

#include "cli/CliText.h"
#include "cli/FileReadOptions.h"
#include "cli/OptionTable.h"
#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace segmenta::cli {

namespace {

QStringList splitList(const QString& value) {
    QStringList items;
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

int toInt(const QString& option, const QString& value, int minimum) {
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum)
        throw DataError(CliText::tr("--%1 needs a whole number of at least %2, not '%3'.")
                            .arg(option)
                            .arg(minimum)
                            .arg(value));
    return number;
}

double toPositiveDouble(const QString& option, const QString& value) {
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !(number > 0))
        throw DataError(CliText::tr("--%1 needs a positive number, not '%2'.").arg(option, value));
    return number;
}

template <typename Enum> Enum toEnum(const QString& option, const QString& value, const QString& choices) {
    Enum e{};
    if (!fromString(value, e))
        throw DataError(CliText::tr("--%1 must be one of %2, not '%3'.").arg(option, choices, value));
    return e;
}

void parseKRange(const QString& value, SweepOptions& sweep) {
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*(?:\\.\\.\\s*(\\d+)\\s*)?$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        throw DataError(
            CliText::tr("--k takes one K such as 4 or a range such as 2..10, not '%1'.").arg(value));
    sweep.kMin = match.captured(1).toInt();
    sweep.kMax = match.captured(2).isEmpty() ? sweep.kMin : match.captured(2).toInt();
    if (sweep.kMin < 2 || sweep.kMax < sweep.kMin)
        throw DataError(
            CliText::tr("--k needs K of 2 or more, and a range must not end before it starts ('%1').")
                .arg(value));
}

void parseOutliers(const QString& value, AnalyzeRequest& request) {
    if (value == QLatin1String("none")) {
        request.numericStep.outliers = OutlierRule::None;
    } else if (value == QLatin1String("clip-tukey")) {
        request.numericStep.outliers = OutlierRule::ClipTukey;
    } else if (value.startsWith(QLatin1String("drop-tukey"))) {
        request.numericStep.outliers = OutlierRule::DropTukey;
        const QString count = value.mid(int(qstrlen("drop-tukey")));
        if (!count.isEmpty()) {
            if (!count.startsWith(QLatin1Char(':')))
                throw DataError(
                    CliText::tr("--outliers drop-tukey takes its count as drop-tukey:N, not '%1'.")
                        .arg(value));
            request.dropTukeyMinFeatures = toInt(QStringLiteral("outliers drop-tukey:N"), count.mid(1), 1);
        }
    } else {
        throw DataError(
            CliText::tr("--outliers must be none, clip-tukey or drop-tukey:N, not '%1'.").arg(value));
    }
}

constexpr OptionSpec kOptions[] = {
    {"sample", nullptr,
     QT_TRANSLATE_NOOP("segmenta::cli", "Analyse the bundled Wholesale customers sample instead of a file.")},
    {"project", "p.segmenta",
     QT_TRANSLATE_NOOP("segmenta::cli", "Analyse a dataset of this project and store the run in it.")},
    {"dataset", "NAME", QT_TRANSLATE_NOOP("segmenta::cli", "With --project: the dataset to analyse.")},
    {"features", "A,B,...",
     QT_TRANSLATE_NOOP("segmenta::cli", "Columns to cluster on (default: every numeric column that varies; "
                                        "identifiers, codes, dates and empty columns are left out).")},
    {"exclude", "A,B,...", QT_TRANSLATE_NOOP("segmenta::cli", "Columns never to cluster on.")},
    {"categorical", "C,D",
     QT_TRANSLATE_NOOP("segmenta::cli", "Categorical columns, one-hot encoded and added to the features.")},
    {"missing", "drop|mean|median",
     QT_TRANSLATE_NOOP("segmenta::cli", "Missing values in numeric features (default: drop the row).")},
    {"log1p", nullptr, QT_TRANSLATE_NOOP("segmenta::cli", "Transform numeric features with log(1 + x).")},
    {"log", nullptr,
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Transform numeric features with the natural log (values must be positive).")},
    {"outliers", "none|clip-tukey|drop-tukey:N",
     QT_TRANSLATE_NOOP(
         "segmenta::cli",
         "Clip to the Tukey fences, or drop rows outside them in at least N features (default: none).")},
    {"scale", "none|standard|minmax|robust",
     QT_TRANSLATE_NOOP("segmenta::cli", "Scaling of numeric features (default: standard).")},
    {"pca", "N",
     QT_TRANSLATE_NOOP("segmenta::cli", "Keep N principal components (default: 2, for display only).")},
    {"cluster-on", "features|pca",
     QT_TRANSLATE_NOOP("segmenta::cli", "Cluster on the preprocessed features or on the PCA scores "
                                        "(default: pca when --pca is given, features otherwise).")},
    {"k", "2..10 | 4",
     QT_TRANSLATE_NOOP("segmenta::cli", "The range of K to score, or one K (default: 2..10).")},
    {"n-init", "10", QT_TRANSLATE_NOOP("segmenta::cli", "k-means++ restarts per K (default: 10).")},
    {"max-iter", "300", QT_TRANSLATE_NOOP("segmenta::cli", "Iterations per restart (default: 300).")},
    {"tol", "1e-4",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Convergence tolerance relative to the mean feature variance (default: 1e-4).")},
    {"seed", "0", QT_TRANSLATE_NOOP("segmenta::cli", "Random seed (default: 0).")},
    {"algorithm", "kmeans|fcm|minibatch",
     QT_TRANSLATE_NOOP(
         "segmenta::cli",
         "K-Means, Fuzzy C-Means, or mini-batch K-Means for millions of rows (default: kmeans).")},
    {"fuzzifier", "2", QT_TRANSLATE_NOOP("segmenta::cli", "Fuzzy C-Means fuzzifier m > 1 (default: 2).")},
    {"silhouette", "exact|sampled|auto",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Exact silhouette, a 10,000-row sample, or exact up to 20,000 rows (default: auto).")},
    {"grid", nullptr,
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Also score every combination of log on/off and the three scalers by silhouette.")},
    {"threads", "N",
     QT_TRANSLATE_NOOP("segmenta::cli", "Worker threads (default: all cores; results do not depend on it).")},
    {"json", "out.json",
     QT_TRANSLATE_NOOP("segmenta::cli", "Write the full result as JSON ('-' for standard output).")},
    {"labels", "out.csv",
     QT_TRANSLATE_NOOP("segmenta::cli", "Write the segment of every row as CSV: row,segment.")},
};

} // namespace

QString analyzeHelp() {
    return optionHelp(
               CliText::tr(
                   "Usage: segmenta-cli analyze <input> | --sample | --project P --dataset NAME [options]"),
               CliText::tr(
                   "Segments the rows of a table (CSV, TSV, XLSX, ODS, or a dataset of a project) with "
                   "K-Means or Fuzzy C-Means for every K in a range, scores each K and recommends one."),
               kOptions) +
           optionLines(fileReadOptions()) + optionLines(reportOptions());
}

AnalyzeRequest parseAnalyzeArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    addOptions(parser, kOptions);
    addOptions(parser, fileReadOptions());
    addOptions(parser, reportOptions());
    parser.addPositionalArgument(QStringLiteral("input"), CliText::tr("The file to analyse."));
    parseArguments(parser, QStringLiteral("analyze"), arguments);

    AnalyzeRequest request;
    const QStringList positional = parser.positionalArguments();
    request.useSample = parser.isSet(QStringLiteral("sample"));
    if (positional.size() > 1)
        throw DataError(CliText::tr("analyze takes one input file, but got %1: %2.")
                            .arg(positional.size())
                            .arg(positional.join(QLatin1String(", "))));
    request.projectPath = parser.value(QStringLiteral("project"));
    request.datasetName = parser.value(QStringLiteral("dataset"));
    if (request.projectPath.isEmpty() != request.datasetName.isEmpty())
        throw DataError(
            CliText::tr("--project and --dataset go together: name the project file and the dataset in it."));
    if (int(!positional.isEmpty()) + int(request.useSample) + int(!request.projectPath.isEmpty()) != 1)
        throw DataError(CliText::tr(
            "analyze needs exactly one input: a file name, --sample, or --project with --dataset."));
    if (!positional.isEmpty())
        request.input = positional.first();

    request.fileOptions = parseFileReadOptions(parser);
    for (const OptionSpec& option : fileReadOptions())
        if (request.input.isEmpty() && parser.isSet(QLatin1String(option.name)))
            throw DataError(
                CliText::tr("--%1 says how to read the input file; it does not go with --sample or "
                            "--project.")
                    .arg(QLatin1String(option.name)));
    request.columns.features = splitList(parser.value(QStringLiteral("features")));
    request.columns.categorical = splitList(parser.value(QStringLiteral("categorical")));
    request.columns.exclude = splitList(parser.value(QStringLiteral("exclude")));

    FeatureStep& step = request.numericStep;
    step.scaling = Scaling::Standard;
    if (parser.isSet(QStringLiteral("missing"))) {
        step.missing = toEnum<MissingRule>(QStringLiteral("missing"), parser.value(QStringLiteral("missing")),
                                           QStringLiteral("drop, mean, median"));
        if (step.missing != MissingRule::DropRow && step.missing != MissingRule::Mean &&
            step.missing != MissingRule::Median)
            throw DataError(CliText::tr("--missing must be drop, mean or median."));
    }
    const bool log1p = parser.isSet(QStringLiteral("log1p"));
    const bool log = parser.isSet(QStringLiteral("log"));
    if (log1p && log)
        throw DataError(CliText::tr("--log1p and --log exclude each other; choose one."));
    step.transform = log1p ? Transform::Log1p : (log ? Transform::Log : Transform::None);
    if (parser.isSet(QStringLiteral("outliers")))
        parseOutliers(parser.value(QStringLiteral("outliers")), request);
    if (parser.isSet(QStringLiteral("scale")))
        step.scaling = toEnum<Scaling>(QStringLiteral("scale"), parser.value(QStringLiteral("scale")),
                                       QStringLiteral("none, standard, minmax, robust"));

    AnalysisSettings& settings = request.settings;
    request.pcaGiven = parser.isSet(QStringLiteral("pca"));
    settings.pca.components =
        request.pcaGiven ? toInt(QStringLiteral("pca"), parser.value(QStringLiteral("pca")), 1) : 2;
    settings.clusterOn = request.pcaGiven ? ClusterSpace::Pca : ClusterSpace::Features;
    if (parser.isSet(QStringLiteral("cluster-on"))) {
        const QString space = parser.value(QStringLiteral("cluster-on"));
        if (space == QLatin1String("pca"))
            settings.clusterOn = ClusterSpace::Pca;
        else if (space == QLatin1String("features"))
            settings.clusterOn = ClusterSpace::Features;
        else
            throw DataError(CliText::tr("--cluster-on must be features or pca, not '%1'.").arg(space));
    }

    SweepOptions& sweep = settings.sweep;
    if (parser.isSet(QStringLiteral("k")))
        parseKRange(parser.value(QStringLiteral("k")), sweep);
    if (parser.isSet(QStringLiteral("n-init")))
        sweep.kmeans.nInit = toInt(QStringLiteral("n-init"), parser.value(QStringLiteral("n-init")), 1);
    if (parser.isSet(QStringLiteral("max-iter")))
        sweep.kmeans.maxIter = toInt(QStringLiteral("max-iter"), parser.value(QStringLiteral("max-iter")), 1);
    if (parser.isSet(QStringLiteral("tol")))
        sweep.kmeans.tol = toPositiveDouble(QStringLiteral("tol"), parser.value(QStringLiteral("tol")));
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        sweep.kmeans.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw DataError(CliText::tr("--seed needs a whole number of 0 or more, not '%1'.")
                                .arg(parser.value(QStringLiteral("seed"))));
    }
    sweep.silhouette.seed = sweep.kmeans.seed;
    if (parser.isSet(QStringLiteral("threads"))) {
        sweep.kmeans.threads = toInt(QStringLiteral("threads"), parser.value(QStringLiteral("threads")), 1);
        sweep.silhouette.threads = sweep.kmeans.threads;
        settings.pca.threads = sweep.kmeans.threads;
    }
    if (parser.isSet(QStringLiteral("algorithm")))
        sweep.algorithm =
            toEnum<Algorithm>(QStringLiteral("algorithm"), parser.value(QStringLiteral("algorithm")),
                              QStringLiteral("kmeans, fcm, minibatch"));
    if (parser.isSet(QStringLiteral("fuzzifier"))) {
        sweep.fuzzifier =
            toPositiveDouble(QStringLiteral("fuzzifier"), parser.value(QStringLiteral("fuzzifier")));
        if (sweep.fuzzifier <= 1.0)
            throw DataError(CliText::tr("--fuzzifier must be greater than 1."));
    }
    const QString silhouette = parser.value(QStringLiteral("silhouette"));
    if (silhouette == QLatin1String("exact"))
        sweep.silhouette.mode = SilhouetteMode::Exact;
    else if (silhouette == QLatin1String("sampled"))
        sweep.silhouette.mode = SilhouetteMode::Sampled;
    else if (!silhouette.isEmpty() && silhouette != QLatin1String("auto"))
        throw DataError(
            CliText::tr("--silhouette must be exact, sampled or auto, not '%1'.").arg(silhouette));

    request.grid = parser.isSet(QStringLiteral("grid"));
    request.jsonPath = parser.value(QStringLiteral("json"));
    request.labelsPath = parser.value(QStringLiteral("labels"));
    request.reports = parseReportOutputs(parser);
    return request;
}

} // namespace segmenta::cli
