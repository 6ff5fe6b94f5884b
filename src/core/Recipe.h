#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace segmenta {

/// What to do with a missing cell of a feature.
enum class MissingRule { DropRow, Mean, Median, Constant, MostFrequent };
/// Monotone transform applied after missing values are handled.
enum class Transform { None, Log1p, Log, Sqrt };
/// Treatment of outliers, applied after the transform.
enum class OutlierRule {
    None,
    ClipPercentile, ///< clip to [lowerPercentile, upperPercentile] of the fitted data
    ClipTukey,      ///< clip to the Tukey fences Q1 − 1.5·IQR, Q3 + 1.5·IQR
    DropTukey       ///< drop rows outside the fences in at least Recipe::dropTukeyMinFeatures such features
};
/// Scaling, applied last.
enum class Scaling {
    None,
    Standard, ///< (x − mean) / population standard deviation, as scikit-learn's StandardScaler
    MinMax,   ///< (x − min) / (max − min), as MinMaxScaler
    Robust    ///< (x − median) / IQR, as RobustScaler with quantile range (25, 75)
};

/// How one numeric column becomes one feature. Steps run in the order of the members.
struct FeatureStep {
    QString column;
    MissingRule missing = MissingRule::DropRow;
    double missingConstant = 0.0; ///< used by MissingRule::Constant
    Transform transform = Transform::None;
    OutlierRule outliers = OutlierRule::None;
    double lowerPercentile = 1.0;  ///< used by OutlierRule::ClipPercentile, in [0, 100]
    double upperPercentile = 99.0; ///< used by OutlierRule::ClipPercentile, in [0, 100]
    Scaling scaling = Scaling::Standard;

    friend bool operator==(const FeatureStep&, const FeatureStep&) = default;
};

/// How one categorical column becomes 0/1 indicator features (one per level, in sorted level order).
struct CategoricalStep {
    QString column;
    /// DropRow or MostFrequent; a missing category is never a level of its own.
    MissingRule missing = MissingRule::MostFrequent;
    bool dropFirst = false; ///< leave out the first level's indicator

    friend bool operator==(const CategoricalStep&, const CategoricalStep&) = default;
};

/// A preprocessing recipe: a plain value that says how the columns of a DataMatrix become the feature
/// matrix. Apply it with FittedRecipe (Preprocessing.h). Serialises to and from JSON.
struct Recipe {
    QList<FeatureStep> numeric;
    QList<CategoricalStep> categorical;
    /// A row is dropped when it lies outside the Tukey fences of at least this many DropTukey features.
    int dropTukeyMinFeatures = 1;

    /// The same steps for each of `columns`, taken from `prototype` (whose column name is ignored).
    static Recipe uniform(const QStringList& columns, const FeatureStep& prototype,
                          const QStringList& categoricalColumns = {}, bool dropFirst = false);

    QJsonObject toJson() const;
    /// Throws DataError naming the key when the JSON is not a valid recipe.
    static Recipe fromJson(const QJsonObject& json);

    friend bool operator==(const Recipe&, const Recipe&) = default;
};

/// Stable names used in JSON and on the command line ("drop", "mean", "log1p", "clip-tukey", "standard",
/// ...).
QString toString(MissingRule rule);
QString toString(Transform transform);
QString toString(OutlierRule rule);
QString toString(Scaling scaling);
/// Inverses of toString(); return false for an unknown name.
bool fromString(const QString& name, MissingRule& rule);
bool fromString(const QString& name, Transform& transform);
bool fromString(const QString& name, OutlierRule& rule);
bool fromString(const QString& name, Scaling& scaling);

} // namespace segmenta
