#include "core/Recipe.h"

#include "core/EnumNames.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <utility>

namespace segmenta {

namespace {
constexpr int kJsonVersion = 1;

constexpr std::array kMissingNames{
    std::pair{MissingRule::DropRow, "drop"}, std::pair{MissingRule::Mean, "mean"},
    std::pair{MissingRule::Median, "median"}, std::pair{MissingRule::Constant, "constant"},
    std::pair{MissingRule::MostFrequent, "most-frequent"}};
constexpr std::array kTransformNames{std::pair{Transform::None, "none"}, std::pair{Transform::Log1p, "log1p"},
                                     std::pair{Transform::Log, "log"}, std::pair{Transform::Sqrt, "sqrt"}};
constexpr std::array kOutlierNames{
    std::pair{OutlierRule::None, "none"}, std::pair{OutlierRule::ClipPercentile, "clip-percentile"},
    std::pair{OutlierRule::ClipTukey, "clip-tukey"}, std::pair{OutlierRule::DropTukey, "drop-tukey"}};
constexpr std::array kScalingNames{std::pair{Scaling::None, "none"}, std::pair{Scaling::Standard, "standard"},
                                   std::pair{Scaling::MinMax, "minmax"},
                                   std::pair{Scaling::Robust, "robust"}};

QString describe(const QJsonValue& value) {
    if (value.isUndefined())
        return QCoreApplication::translate("segmenta::Recipe", "missing");
    if (value.isObject() || value.isArray())
        return value.isObject() ? QCoreApplication::translate("segmenta::Recipe", "an object")
                                : QCoreApplication::translate("segmenta::Recipe", "an array");
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

/// Reads one JSON object of a recipe, naming the full key path ("numeric[2].scaling") in every error.
class ObjectReader {
public:
    ObjectReader(const QJsonObject& object, QString path, const QStringList& allowedKeys)
        : m_object(object)
        , m_path(std::move(path)) {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowedKeys.contains(it.key()))
                throw DataError(
                    QCoreApplication::translate("segmenta::Recipe",
                                                "The recipe has an unknown key '%1'. Known keys here: %2.")
                        .arg(keyPath(it.key()), allowedKeys.join(QStringLiteral(", "))));
    }

    QString keyPath(const QString& key) const {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    [[noreturn]] void fail(const QString& key, const QString& expected) const {
        throw DataError(
            QCoreApplication::translate("segmenta::Recipe", "The recipe key '%1' is %2, but it must be %3.")
                .arg(keyPath(key), describe(m_object.value(key)), expected));
    }

    double number(const QString& key, double fallback) const {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            fail(key, QCoreApplication::translate("segmenta::Recipe", "a number"));
        return value.toDouble();
    }

    double percentile(const QString& key, double fallback) const {
        const double p = number(key, fallback);
        if (p < 0.0 || p > 100.0)
            fail(key, QCoreApplication::translate("segmenta::Recipe", "a percentile between 0 and 100"));
        return p;
    }

    bool flag(const QString& key, bool fallback) const {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(key, QCoreApplication::translate("segmenta::Recipe", "true or false"));
        return value.toBool();
    }

    QString text(const QString& key) const {
        const QJsonValue value = m_object.value(key);
        if (!value.isString() || value.toString().isEmpty())
            fail(key, QCoreApplication::translate("segmenta::Recipe", "a non-empty text"));
        return value.toString();
    }

    template <typename Enum, std::size_t N>
    Enum choice(const QString& key, const std::array<std::pair<Enum, const char*>, N>& table,
                Enum fallback) const {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        Enum result = fallback;
        if (!value.isString() || !valueOf(table, value.toString(), result))
            fail(key, QCoreApplication::translate("segmenta::Recipe", "one of: %1").arg(allNames(table)));
        return result;
    }

    QJsonArray array(const QString& key) const {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(key, QCoreApplication::translate("segmenta::Recipe", "an array"));
        return value.toArray();
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QJsonObject elementObject(const QJsonValue& value, const QString& path) {
    if (!value.isObject())
        throw DataError(QCoreApplication::translate("segmenta::Recipe",
                                                    "The recipe entry '%1' is %2, but it must be an object.")
                            .arg(path, describe(value)));
    return value.toObject();
}

QJsonObject toJson(const FeatureStep& step) {
    return {{QStringLiteral("column"), step.column},
            {QStringLiteral("missing"), toString(step.missing)},
            {QStringLiteral("missingConstant"), step.missingConstant},
            {QStringLiteral("transform"), toString(step.transform)},
            {QStringLiteral("outliers"), toString(step.outliers)},
            {QStringLiteral("lowerPercentile"), step.lowerPercentile},
            {QStringLiteral("upperPercentile"), step.upperPercentile},
            {QStringLiteral("scaling"), toString(step.scaling)}};
}

QJsonObject toJson(const CategoricalStep& step) {
    return {{QStringLiteral("column"), step.column},
            {QStringLiteral("missing"), toString(step.missing)},
            {QStringLiteral("dropFirst"), step.dropFirst}};
}

FeatureStep featureStepFromJson(const QJsonObject& object, const QString& path) {
    const ObjectReader in(object, path,
                          {QStringLiteral("column"), QStringLiteral("missing"),
                           QStringLiteral("missingConstant"), QStringLiteral("transform"),
                           QStringLiteral("outliers"), QStringLiteral("lowerPercentile"),
                           QStringLiteral("upperPercentile"), QStringLiteral("scaling")});
    const FeatureStep defaults;
    FeatureStep step;
    step.column = in.text(QStringLiteral("column"));
    step.missing = in.choice(QStringLiteral("missing"), kMissingNames, defaults.missing);
    step.missingConstant = in.number(QStringLiteral("missingConstant"), defaults.missingConstant);
    step.transform = in.choice(QStringLiteral("transform"), kTransformNames, defaults.transform);
    step.outliers = in.choice(QStringLiteral("outliers"), kOutlierNames, defaults.outliers);
    step.lowerPercentile = in.percentile(QStringLiteral("lowerPercentile"), defaults.lowerPercentile);
    step.upperPercentile = in.percentile(QStringLiteral("upperPercentile"), defaults.upperPercentile);
    if (step.lowerPercentile > step.upperPercentile)
        in.fail(QStringLiteral("upperPercentile"),
                QCoreApplication::translate("segmenta::Recipe", "at least lowerPercentile (%1)")
                    .arg(step.lowerPercentile));
    step.scaling = in.choice(QStringLiteral("scaling"), kScalingNames, defaults.scaling);
    return step;
}

CategoricalStep categoricalStepFromJson(const QJsonObject& object, const QString& path) {
    const ObjectReader in(object, path,
                          {QStringLiteral("column"), QStringLiteral("missing"), QStringLiteral("dropFirst")});
    const CategoricalStep defaults;
    CategoricalStep step;
    step.column = in.text(QStringLiteral("column"));
    step.missing = in.choice(QStringLiteral("missing"), kMissingNames, defaults.missing);
    if (step.missing != MissingRule::DropRow && step.missing != MissingRule::MostFrequent)
        in.fail(QStringLiteral("missing"),
                QCoreApplication::translate("segmenta::Recipe",
                                            "\"drop\" or \"most-frequent\" for a categorical column"));
    step.dropFirst = in.flag(QStringLiteral("dropFirst"), defaults.dropFirst);
    return step;
}

template <typename Step, typename Parse>
QList<Step> stepsFromJson(const ObjectReader& in, const QString& key, Parse parse) {
    QList<Step> steps;
    const QJsonArray array = in.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = in.keyPath(key) + QStringLiteral("[%1]").arg(i);
        steps << parse(elementObject(array.at(i), path), path);
    }
    return steps;
}
} // namespace

QString toString(MissingRule rule) {
    return nameOf(kMissingNames, rule);
}
QString toString(Transform transform) {
    return nameOf(kTransformNames, transform);
}
QString toString(OutlierRule rule) {
    return nameOf(kOutlierNames, rule);
}
QString toString(Scaling scaling) {
    return nameOf(kScalingNames, scaling);
}
bool fromString(const QString& name, MissingRule& rule) {
    return valueOf(kMissingNames, name, rule);
}
bool fromString(const QString& name, Transform& transform) {
    return valueOf(kTransformNames, name, transform);
}
bool fromString(const QString& name, OutlierRule& rule) {
    return valueOf(kOutlierNames, name, rule);
}
bool fromString(const QString& name, Scaling& scaling) {
    return valueOf(kScalingNames, name, scaling);
}

Recipe Recipe::uniform(const QStringList& columns, const FeatureStep& prototype,
                       const QStringList& categoricalColumns, bool dropFirst) {
    Recipe recipe;
    for (const QString& column : columns) {
        FeatureStep step = prototype;
        step.column = column;
        recipe.numeric << step;
    }
    for (const QString& column : categoricalColumns) {
        CategoricalStep step;
        step.column = column;
        step.dropFirst = dropFirst;
        recipe.categorical << step;
    }
    return recipe;
}

QJsonObject Recipe::toJson() const {
    QJsonArray numericSteps;
    for (const FeatureStep& step : numeric)
        numericSteps << segmenta::toJson(step);
    QJsonArray categoricalSteps;
    for (const CategoricalStep& step : categorical)
        categoricalSteps << segmenta::toJson(step);
    return {{QStringLiteral("version"), kJsonVersion},
            {QStringLiteral("numeric"), numericSteps},
            {QStringLiteral("categorical"), categoricalSteps},
            {QStringLiteral("dropTukeyMinFeatures"), dropTukeyMinFeatures}};
}

Recipe Recipe::fromJson(const QJsonObject& json) {
    const ObjectReader in(json, {},
                          {QStringLiteral("version"), QStringLiteral("numeric"),
                           QStringLiteral("categorical"), QStringLiteral("dropTukeyMinFeatures")});
    if (json.value(QStringLiteral("version")).toDouble(-1.0) != kJsonVersion)
        in.fail(QStringLiteral("version"),
                QCoreApplication::translate("segmenta::Recipe",
                                            "%1 (this version of Segmenta reads recipe version %1 only)")
                    .arg(kJsonVersion));
    Recipe recipe;
    recipe.numeric = stepsFromJson<FeatureStep>(in, QStringLiteral("numeric"), featureStepFromJson);
    recipe.categorical =
        stepsFromJson<CategoricalStep>(in, QStringLiteral("categorical"), categoricalStepFromJson);
    const double minFeatures = in.number(QStringLiteral("dropTukeyMinFeatures"), recipe.dropTukeyMinFeatures);
    if (minFeatures < 1.0 || minFeatures > 1e6 || minFeatures != std::floor(minFeatures))
        in.fail(QStringLiteral("dropTukeyMinFeatures"),
                QCoreApplication::translate("segmenta::Recipe", "a whole number of at least 1"));
    recipe.dropTukeyMinFeatures = static_cast<int>(minFeatures);
    return recipe;
}

} // namespace segmenta
