#include "core/AnalysisSettingsJson.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace segmenta {

namespace {

constexpr int kVersion = 1;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::AnalysisSettingsJson)
};

QString silhouetteName(SilhouetteMode mode) {
    switch (mode) {
    case SilhouetteMode::Exact:
        return QStringLiteral("exact");
    case SilhouetteMode::Sampled:
        return QStringLiteral("sampled");
    case SilhouetteMode::Auto:
        break;
    }
    return QStringLiteral("auto");
}

/// Reads settings keys, each checked for its type, so a damaged project names what is wrong.
class Reader {
public:
    explicit Reader(const QJsonObject& json)
        : m_json(json) {}

    double number(const char* key, double fallback) const {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble())
            throw DataError(Text::tr("The run settings' '%1' must be a number.").arg(QLatin1String(key)));
        return v.toDouble();
    }
    QString text(const char* key, const QString& fallback) const {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isString())
            throw DataError(Text::tr("The run settings' '%1' must be text.").arg(QLatin1String(key)));
        return v.toString();
    }
    QJsonObject object(const char* key) const { return m_json.value(QLatin1String(key)).toObject(); }

    [[noreturn]] static void unknown(const char* key, const QString& value) {
        throw DataError(
            Text::tr("The run settings' '%1' has the unknown value '%2'.").arg(QLatin1String(key), value));
    }

private:
    QJsonObject m_json;
};

} // namespace

QJsonObject toJson(const AnalysisSettings& settings) {
    const SweepOptions& sweep = settings.sweep;
    return QJsonObject{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("recipe"), settings.recipe.toJson()},
        {QStringLiteral("pca_components"), settings.pca.components},
        {QStringLiteral("pca_variance_fraction"), settings.pca.varianceFraction},
        {QStringLiteral("cluster_on"),
         settings.clusterOn == ClusterSpace::Pca ? QStringLiteral("pca") : QStringLiteral("features")},
        {QStringLiteral("k_min"), sweep.kMin},
        {QStringLiteral("k_max"), sweep.kMax},
        {QStringLiteral("chosen_k"), settings.chosenK},
        {QStringLiteral("algorithm"), toString(sweep.algorithm)},
        {QStringLiteral("fuzzifier"), sweep.fuzzifier},
        {QStringLiteral("n_init"), sweep.kmeans.nInit},
        {QStringLiteral("max_iter"), sweep.kmeans.maxIter},
        {QStringLiteral("tol"), sweep.kmeans.tol},
        // As text: a 64-bit seed does not fit a JSON number exactly.
        {QStringLiteral("seed"), QString::number(sweep.kmeans.seed)},
        {QStringLiteral("silhouette"), silhouetteName(sweep.silhouette.mode)},
        {QStringLiteral("silhouette_sample_size"), qint64(sweep.silhouette.sampleSize)},
        {QStringLiteral("min_segment_share"), sweep.minSegmentShare},
        {QStringLiteral("grid"), settings.scoreGrid},
    };
}

AnalysisSettings analysisSettingsFromJson(const QJsonObject& json) {
    const Reader in(json);
    AnalysisSettings settings;
    if (in.number("version", kVersion) != kVersion)
        throw DataError(
            Text::tr("The run settings are of version %1, which this version of Segmenta does not know.")
                .arg(in.number("version", 0)));
    settings.recipe = Recipe::fromJson(in.object("recipe"));
    settings.pca.components = int(in.number("pca_components", settings.pca.components));
    settings.pca.varianceFraction = in.number("pca_variance_fraction", settings.pca.varianceFraction);
    const QString space = in.text("cluster_on", QStringLiteral("features"));
    if (space != QLatin1String("pca") && space != QLatin1String("features"))
        Reader::unknown("cluster_on", space);
    settings.clusterOn = space == QLatin1String("pca") ? ClusterSpace::Pca : ClusterSpace::Features;

    SweepOptions& sweep = settings.sweep;
    sweep.kMin = int(in.number("k_min", sweep.kMin));
    sweep.kMax = int(in.number("k_max", sweep.kMax));
    settings.chosenK = int(in.number("chosen_k", settings.chosenK));
    const QString algorithm = in.text("algorithm", QStringLiteral("kmeans"));
    if (!fromString(algorithm, sweep.algorithm))
        Reader::unknown("algorithm", algorithm);
    sweep.fuzzifier = in.number("fuzzifier", sweep.fuzzifier);
    sweep.kmeans.nInit = int(in.number("n_init", sweep.kmeans.nInit));
    sweep.kmeans.maxIter = int(in.number("max_iter", sweep.kmeans.maxIter));
    sweep.kmeans.tol = in.number("tol", sweep.kmeans.tol);
    bool ok = false;
    const QString seed = in.text("seed", QStringLiteral("0"));
    sweep.kmeans.seed = seed.toULongLong(&ok);
    if (!ok)
        Reader::unknown("seed", seed);
    sweep.silhouette.seed = sweep.kmeans.seed;
    const QString silhouette = in.text("silhouette", QStringLiteral("auto"));
    if (silhouette == QLatin1String("exact"))
        sweep.silhouette.mode = SilhouetteMode::Exact;
    else if (silhouette == QLatin1String("sampled"))
        sweep.silhouette.mode = SilhouetteMode::Sampled;
    else if (silhouette != QLatin1String("auto"))
        Reader::unknown("silhouette", silhouette);
    sweep.silhouette.sampleSize =
        Index(in.number("silhouette_sample_size", double(sweep.silhouette.sampleSize)));
    sweep.minSegmentShare = in.number("min_segment_share", sweep.minSegmentShare);
    settings.scoreGrid = json.value(QStringLiteral("grid")).toBool(false);
    return settings;
}

} // namespace segmenta
