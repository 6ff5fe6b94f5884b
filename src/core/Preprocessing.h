#pragma once

#include "core/DataMatrix.h"
#include "core/Recipe.h"
#include "core/Types.h"

#include <QStringList>

#include <vector>

namespace segmenta {

/// The feature matrix a recipe produced.
struct PreprocessResult {
    Matrix features;           ///< rows kept × feature columns
    QStringList featureNames;  ///< numeric features first (recipe order), then one-hot "Column=level"
    std::vector<Index> rows;   ///< for each row of `features`, its row index in the input DataMatrix
    Index droppedMissing = 0;  ///< rows dropped by MissingRule::DropRow
    Index droppedOutliers = 0; ///< rows dropped by OutlierRule::DropTukey
    QStringList warnings;      ///< what the user should know about the fit (e.g. a constant column)
};

/// A recipe with the statistics it learned from data (impute values, clip bounds, fences, scaling
/// parameters, category levels), so that new rows are transformed exactly as the fitted ones.
///
/// The steps run in this order: rows with a missing value in a DropRow column are dropped; other missing
/// values are imputed; transforms; outliers (fences and percentiles computed on the rows still present,
/// percentiles and quartiles by linear interpolation as numpy's default); scaling. Every statistic is
/// computed on the rows that reach its step.
class FittedRecipe {
public:
    /// Learns the statistics of `recipe` from `data`.
    /// Throws DataError (naming column and row) for an unknown or non-numeric column, an all-missing column,
    /// a transform undefined for a value (log of a non-positive number, ...), an interquartile range of 0
    /// under robust scaling, or no rows left. A constant column is scaled to 0, with a warning.
    static FittedRecipe fit(const DataMatrix& data, const Recipe& recipe);

    /// Applies the fitted statistics to `data` (which must have the fitted columns by name).
    /// Throws DataError when a NaN or infinite value would be left in the output, naming row and column.
    PreprocessResult transform(const DataMatrix& data) const;

    const Recipe& recipe() const { return m_recipe; }
    QStringList featureNames() const;
    /// Warnings of the fit, one sentence each (e.g. a constant column scaled to 0).
    const QStringList& warnings() const { return m_warnings; }

    /// Fitted parameters of one numeric feature.
    struct NumericParams {
        double imputeValue = 0.0;
        double lowerBound = 0.0; ///< clip or fence bound (after transform); −inf when unused
        double upperBound = 0.0; ///< +inf when unused
        double center = 0.0;     ///< subtracted by the scaler
        double scale = 1.0;      ///< divided by the scaler
    };
    const std::vector<NumericParams>& numericParams() const { return m_numeric; }
    /// Sorted levels (as stored in the matrix) of each categorical step.
    const std::vector<std::vector<double>>& categoryLevels() const { return m_levels; }

private:
    /// What a categorical step learned besides its sorted levels.
    struct CategoryParams {
        QStringList texts;        ///< display text of each level, parallel to the sorted levels
        bool textCoded = false;   ///< the fitted column stored indices into ColumnInfo::levels
        double imputeValue = 0.0; ///< most frequent stored value, for MissingRule::MostFrequent
    };

    Recipe m_recipe;
    std::vector<NumericParams> m_numeric;
    std::vector<std::vector<double>> m_levels;
    std::vector<CategoryParams> m_categories;
    QStringList m_featureNames;
    QStringList m_warnings;
};

/// Fits `recipe` on `data` and transforms the same data.
PreprocessResult preprocess(const DataMatrix& data, const Recipe& recipe);

} // namespace segmenta
