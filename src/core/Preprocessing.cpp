#include "core/Preprocessing.h"

#include "core/Error.h"
#include "core/Parallel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace segmenta {

namespace {
using NumericParams = FittedRecipe::NumericParams;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct ColumnIndices {
    std::vector<Index> numeric;
    std::vector<Index> categorical;
};

QString number(double v) {
    return QString::number(v, 'g', 15);
}

void validateRecipe(const Recipe& recipe) {
    if (recipe.numeric.isEmpty() && recipe.categorical.isEmpty())
        throw DataError(QCoreApplication::translate(
            "segmenta::FittedRecipe",
            "The recipe has no feature columns. Add at least one numeric or categorical column."));
    if (recipe.dropTukeyMinFeatures < 1)
        throw DataError(
            QCoreApplication::translate("segmenta::FittedRecipe",
                                        "The number of drop-tukey features a row must be an outlier in "
                                        "before it is dropped must be at least 1, not %1.")
                .arg(recipe.dropTukeyMinFeatures));
    QSet<QString> numericSeen;
    for (const FeatureStep& step : recipe.numeric) {
        if (numericSeen.contains(step.column))
            throw DataError(
                QCoreApplication::translate("segmenta::FittedRecipe",
                                            "Column '%1' has two numeric steps in the recipe. Remove one.")
                    .arg(step.column));
        numericSeen.insert(step.column);
        if (!(step.lowerPercentile >= 0.0 && step.lowerPercentile <= step.upperPercentile &&
              step.upperPercentile <= 100.0))
            throw DataError(
                QCoreApplication::translate("segmenta::FittedRecipe",
                                            "Column '%1': the clipping percentiles must satisfy 0 <= lower "
                                            "<= upper <= 100, but they are %2 and %3.")
                    .arg(step.column, number(step.lowerPercentile), number(step.upperPercentile)));
        if (!std::isfinite(step.missingConstant))
            throw DataError(QCoreApplication::translate(
                                "segmenta::FittedRecipe",
                                "Column '%1': the constant for empty cells must be a finite number, not %2.")
                                .arg(step.column, number(step.missingConstant)));
    }
    QSet<QString> categoricalSeen;
    for (const CategoricalStep& step : recipe.categorical) {
        if (categoricalSeen.contains(step.column))
            throw DataError(QCoreApplication::translate(
                                "segmenta::FittedRecipe",
                                "Column '%1' has two categorical steps in the recipe. Remove one.")
                                .arg(step.column));
        categoricalSeen.insert(step.column);
        if (step.missing != MissingRule::DropRow && step.missing != MissingRule::MostFrequent)
            throw DataError(
                QCoreApplication::translate("segmenta::FittedRecipe",
                                            "Categorical column '%1' can only drop rows with empty cells "
                                            "or fill them with the most frequent level, not use '%2'.")
                    .arg(step.column, toString(step.missing)));
    }
}

Index findColumn(const DataMatrix& data, const QString& name) {
    const Index c = data.columnIndex(name);
    if (c < 0)
        throw DataError(
            QCoreApplication::translate("segmenta::FittedRecipe",
                                        "The recipe uses the column '%1', which the data does not have. "
                                        "Check the column name or remove the step.")
                .arg(name));
    return c;
}

ColumnIndices resolveColumns(const DataMatrix& data, const Recipe& recipe) {
    ColumnIndices columns;
    for (const FeatureStep& step : recipe.numeric) {
        const Index c = findColumn(data, step.column);
        if (data.column(c).isTextCoded())
            throw DataError(
                QCoreApplication::translate("segmenta::FittedRecipe",
                                            "Column '%1' holds text, so it cannot be a numeric feature. "
                                            "Use it as a categorical column or exclude it.")
                    .arg(step.column));
        columns.numeric.push_back(c);
    }
    for (const CategoricalStep& step : recipe.categorical)
        columns.categorical.push_back(findColumn(data, step.column));
    return columns;
}

bool isValidCode(const ColumnInfo& column, double v) {
    return v >= 0.0 && v < static_cast<double>(column.levels.size()) && v == std::floor(v);
}

/// Rejects a used column without any value, with an infinite value, or with a text code outside its levels.
/// One row-major pass over all used columns.
void checkColumnValues(const DataMatrix& data, const std::vector<Index>& used) {
    std::vector<char> anyValue(used.size(), 0);
    for (Index r = 0; r < data.rows(); ++r) {
        for (std::size_t k = 0; k < used.size(); ++k) {
            const double v = data.values()(r, used[k]);
            if (std::isnan(v))
                continue;
            anyValue[k] = 1;
            const ColumnInfo& column = data.column(used[k]);
            if (std::isinf(v))
                throw DataError(
                    QCoreApplication::translate("segmenta::FittedRecipe",
                                                "Column '%1', row %2 holds an infinite value (%3). "
                                                "Correct the cell or remove the row.")
                        .arg(column.name)
                        .arg(r + 1)
                        .arg(number(v)));
            if (column.isTextCoded() && !isValidCode(column, v))
                throw DataError(
                    QCoreApplication::translate("segmenta::FittedRecipe",
                                                "Column '%1', row %2 holds the code %3, which is not "
                                                "one of its %4 texts. Reload the data.")
                        .arg(column.name)
                        .arg(r + 1)
                        .arg(number(v))
                        .arg(column.levels.size()));
        }
    }
    for (std::size_t k = 0; k < used.size(); ++k)
        if (!anyValue[k])
            throw DataError(
                QCoreApplication::translate("segmenta::FittedRecipe",
                                            "Column '%1' has no values: every cell is empty. Leave it "
                                            "out of the features: untick it, or name it in --exclude.")
                    .arg(data.column(used[k]).name));
}

std::vector<Index> dropRowColumns(const Recipe& recipe, const ColumnIndices& columns) {
    std::vector<Index> result;
    for (qsizetype j = 0; j < recipe.numeric.size(); ++j)
        if (recipe.numeric.at(j).missing == MissingRule::DropRow)
            result.push_back(columns.numeric[j]);
    for (qsizetype k = 0; k < recipe.categorical.size(); ++k)
        if (recipe.categorical.at(k).missing == MissingRule::DropRow)
            result.push_back(columns.categorical[k]);
    return result;
}

bool missingIn(const Matrix& values, Index row, const std::vector<Index>& columns) {
    return std::any_of(columns.begin(), columns.end(), [&](Index c) { return std::isnan(values(row, c)); });
}

[[noreturn]] void throwNoRowsLeft(const DataMatrix& data, const std::vector<Index>& dropColumns,
                                  Index droppedMissing, Index droppedOutliers, int minFeatures) {
    QStringList perColumn;
    for (Index c : dropColumns) {
        const Index empty = data.values().col(c).array().isNaN().count();
        if (empty > 0)
            perColumn << QCoreApplication::translate("segmenta::FittedRecipe", "'%1' empty in %2")
                             .arg(data.column(c).name)
                             .arg(empty);
    }
    throw DataError(
        QCoreApplication::translate(
            "segmenta::FittedRecipe",
            "No rows are left to fit the recipe on. Of %1 rows, %2 were dropped for empty cells in "
            "columns whose missing-value rule is drop (%3) and %4 as Tukey outliers in at least %5 "
            "drop-tukey columns. Fill empty cells instead of dropping rows, or clip outliers instead "
            "of dropping them.")
            .arg(data.rows())
            .arg(droppedMissing)
            .arg(perColumn.isEmpty() ? QStringLiteral("-") : perColumn.join(QStringLiteral(", ")))
            .arg(droppedOutliers)
            .arg(minFeatures));
}

double transformed(Transform transform, double x) {
    switch (transform) {
    case Transform::None:
        return x;
    case Transform::Log1p:
        return x > -1.0 ? std::log1p(x) : kNaN;
    case Transform::Log:
        return x > 0.0 ? std::log(x) : kNaN;
    case Transform::Sqrt:
        return x >= 0.0 ? std::sqrt(x) : kNaN;
    }
    return kNaN;
}

bool clips(OutlierRule rule) {
    return rule == OutlierRule::ClipPercentile || rule == OutlierRule::ClipTukey;
}

/// A cell after imputation, transform and clipping (everything but scaling); NaN when the transform is
/// undefined for it.
double prepared(const FeatureStep& step, const NumericParams& p, double raw) {
    const double x = transformed(step.transform, std::isnan(raw) ? p.imputeValue : raw);
    return clips(step.outliers) ? std::clamp(x, p.lowerBound, p.upperBound) : x;
}

QString domainMessage(const FeatureStep& step, Index row, double raw, const NumericParams& p) {
    const QString value = std::isnan(raw) ? QCoreApplication::translate("segmenta::FittedRecipe",
                                                                        "%1 (filled in for an empty cell)")
                                                .arg(number(p.imputeValue))
                                          : number(raw);
    QString needs;
    QString instead;
    switch (step.transform) {
    case Transform::Log:
        needs = QCoreApplication::translate("segmenta::FittedRecipe", "above 0");
        instead = QCoreApplication::translate("segmenta::FittedRecipe", "log1p, which accepts 0,");
        break;
    case Transform::Log1p:
        needs = QCoreApplication::translate("segmenta::FittedRecipe", "above -1");
        instead = QCoreApplication::translate("segmenta::FittedRecipe", "no transform");
        break;
    default:
        needs = QCoreApplication::translate("segmenta::FittedRecipe", "of 0 or more");
        instead =
            QCoreApplication::translate("segmenta::FittedRecipe", "log1p (for values above -1) or none,");
        break;
    }
    return QCoreApplication::translate(
               "segmenta::FittedRecipe",
               "Column '%1', row %2: the %3 transform is undefined for the value %4; it "
               "needs values %5. Choose %6 or correct the value.")
        .arg(step.column)
        .arg(row + 1)
        .arg(toString(step.transform), value, needs, instead);
}

/// Runs `fn` on every block in parallel. `fn` returns a message for the first bad cell of its block, or an
/// empty string; the lowest block's message is thrown, so the cell reported does not depend on the
/// thread count.
void forEachBlock(const std::vector<BlockRange>& blocks, const std::function<QString(std::size_t)>& fn) {
    std::vector<QString> errors(blocks.size());
    parallelFor(blocks.size(), 0, [&](std::size_t b) { errors[b] = fn(b); });
    for (const QString& error : errors)
        if (!error.isEmpty())
            throw DataError(error);
}

/// Column `c` of `rows` through prepared(); throws for a cell the transform is undefined for.
std::vector<double> preparedColumn(const DataMatrix& data, Index c, const std::vector<Index>& rows,
                                   const FeatureStep& step, const NumericParams& p) {
    std::vector<double> out(rows.size());
    const std::vector<BlockRange> blocks = makeBlocks(static_cast<Index>(rows.size()));
    forEachBlock(blocks, [&](std::size_t b) {
        for (Index i = blocks[b].begin; i < blocks[b].end; ++i) {
            const double raw = data.values()(rows[i], c);
            out[i] = prepared(step, p, raw);
            if (std::isnan(out[i]))
                return domainMessage(step, rows[i], raw, p);
        }
        return QString();
    });
    return out;
}

/// Sum of fn(x) over `values`, kept per row block and added in block order.
double blockSum(const std::vector<double>& values, const std::function<double(double)>& fn) {
    const std::vector<BlockRange> blocks = makeBlocks(static_cast<Index>(values.size()));
    std::vector<double> partial(blocks.size(), 0.0);
    parallelFor(blocks.size(), 0, [&](std::size_t b) {
        double sum = 0.0;
        for (Index i = blocks[b].begin; i < blocks[b].end; ++i)
            sum += fn(values[i]);
        partial[b] = sum;
    });
    double total = 0.0;
    for (double sum : partial)
        total += sum;
    return total;
}

double mean(const std::vector<double>& values) {
    return blockSum(values, [](double x) { return x; }) / static_cast<double>(values.size());
}

/// numpy's _lerp, which switches ends at t = 0.5 for accuracy.
double lerp(double a, double b, double t) {
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

/// Percentiles by linear interpolation (numpy's default method) of non-empty `values`, which are reordered.
/// `percents` must be ascending.
std::vector<double> percentiles(std::vector<double>& values, std::initializer_list<double> percents) {
    std::vector<double> result;
    const auto n = static_cast<double>(values.size());
    auto first = values.begin();
    for (double percent : percents) {
        const double position = (n - 1.0) * (percent / 100.0);
        const double below = std::floor(position);
        const auto nth = values.begin() + static_cast<std::ptrdiff_t>(below);
        std::nth_element(first, nth, values.end());
        const double next = nth + 1 == values.end() ? *nth : *std::min_element(nth + 1, values.end());
        result.push_back(lerp(*nth, next, position - below));
        first = nth;
    }
    return result;
}

/// The most frequent of non-empty `values`, the smallest on ties as scikit-learn does. Counting by hash
/// keeps this linear for the few levels of a categorical column.
double mostFrequent(const std::vector<double>& values) {
    std::unordered_map<double, std::size_t> counts;
    for (double v : values)
        ++counts[v];
    auto best = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it->second > best->second || (it->second == best->second && it->first < best->first))
            best = it;
    return best->first;
}

/// The non-empty cells of column `c` in `rows`; throws when there are none.
std::vector<double> observedValues(const DataMatrix& data, Index c, const std::vector<Index>& rows,
                                   MissingRule rule) {
    std::vector<double> values;
    values.reserve(rows.size());
    for (Index r : rows)
        if (!std::isnan(data.values()(r, c)))
            values.push_back(data.values()(r, c));
    if (values.empty())
        throw DataError(
            QCoreApplication::translate("segmenta::FittedRecipe",
                                        "Column '%1' has no values in the %2 rows left after dropping "
                                        "rows with empty cells, so the %3 value for its empty cells "
                                        "cannot be computed. Fill empty cells of the other columns "
                                        "instead of dropping rows, or exclude '%1'.")
                .arg(data.column(c).name)
                .arg(rows.size())
                .arg(toString(rule)));
    return values;
}

double imputeValue(const DataMatrix& data, Index c, const std::vector<Index>& rows, const FeatureStep& step) {
    if (step.missing == MissingRule::DropRow)
        return 0.0;
    if (step.missing == MissingRule::Constant)
        return step.missingConstant;
    std::vector<double> values = observedValues(data, c, rows, step.missing);
    if (step.missing == MissingRule::Mean)
        return mean(values);
    if (step.missing == MissingRule::Median)
        return percentiles(values, {50.0}).front();
    return mostFrequent(values);
}

/// Learns imputation and outlier bounds of one numeric step on `rows` into `p`, and counts for each row
/// whether it lies outside the step's Tukey fences when the step drops outliers. Returns the step's values
/// on `rows` after clipping, in row order.
std::vector<double> fitBeforeScaling(const DataMatrix& data, Index c, const std::vector<Index>& rows,
                                     const FeatureStep& step, NumericParams& p, std::vector<int>& outside) {
    p.imputeValue = imputeValue(data, c, rows, step);
    p.lowerBound = -kInf;
    p.upperBound = kInf;
    std::vector<double> values = preparedColumn(data, c, rows, step, p);
    if (step.outliers == OutlierRule::None)
        return values;
    std::vector<double> reordered = values;
    if (step.outliers == OutlierRule::ClipPercentile) {
        const std::vector<double> q = percentiles(reordered, {step.lowerPercentile, step.upperPercentile});
        p.lowerBound = q[0];
        p.upperBound = q[1];
    } else {
        const std::vector<double> q = percentiles(reordered, {25.0, 75.0});
        const double iqr = q[1] - q[0];
        p.lowerBound = q[0] - 1.5 * iqr;
        p.upperBound = q[1] + 1.5 * iqr;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (step.outliers == OutlierRule::DropTukey)
            outside[i] += values[i] < p.lowerBound || values[i] > p.upperBound ? 1 : 0;
        else
            values[i] = std::clamp(values[i], p.lowerBound, p.upperBound);
    }
    return values;
}

/// A value of the step's column as the user reads it: after the transform, the transform is named.
QString shownAfterTransform(const FeatureStep& step, double value) {
    return step.transform == Transform::None
               ? number(value)
               : QCoreApplication::translate("segmenta::FittedRecipe", "%1 after the %2 transform")
                     .arg(number(value), toString(step.transform));
}

/// Warns that a constant column is scaled to 0, as scikit-learn's scalers do (a scale of 0 becomes 1).
QString constantWarning(const FeatureStep& step, double value, std::size_t rows) {
    const QString shown = shownAfterTransform(step, value);
    return QCoreApplication::translate("segmenta::FittedRecipe",
                                       "Column '%1' has the same value (%2) in all %3 rows, so it cannot "
                                       "tell customers apart; scaling turns it into 0 for everyone. Leave "
                                       "it out of the features: untick it, or name it in --exclude.")
        .arg(step.column, shown)
        .arg(rows);
}

[[noreturn]] void throwNoInterquartileRange(const FeatureStep& step, double median, std::size_t rows) {
    const QString shown = shownAfterTransform(step, median);
    throw DataError(
        QCoreApplication::translate(
            "segmenta::FittedRecipe",
            "Column '%1' has an interquartile range of 0 (at least half of its %2 rows hold %3), so "
            "robust scaling would divide by zero. Choose standard or min-max scaling, choose "
            "scaling none, or exclude the column.")
            .arg(step.column)
            .arg(rows)
            .arg(shown));
}

/// Sets center and scale of `p` from the step's prepared `values`. A constant column gets a scale of 1, so
/// that it becomes 0 (as scikit-learn's scalers do), and a warning.
void fitScaling(const FeatureStep& step, std::vector<double> values, NumericParams& p,
                QStringList& warnings) {
    p.center = 0.0;
    p.scale = 1.0;
    if (step.scaling == Scaling::None)
        return;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    if (*low == *high) {
        p.center = *low;
        warnings << constantWarning(step, *low, values.size());
        return;
    }
    switch (step.scaling) {
    case Scaling::Standard: {
        const double m = mean(values);
        const double variance = blockSum(values, [m](double x) { return (x - m) * (x - m); }) /
                                static_cast<double>(values.size());
        p.center = m;
        p.scale = std::sqrt(variance);
        break;
    }
    case Scaling::MinMax:
        p.center = *low;
        p.scale = *high - *low;
        break;
    case Scaling::Robust: {
        const std::vector<double> q = percentiles(values, {25.0, 50.0, 75.0});
        p.center = q[1];
        p.scale = q[2] - q[0];
        if (p.scale == 0.0)
            throwNoInterquartileRange(step, q[1], values.size());
        break;
    }
    case Scaling::None:
        break;
    }
}

/// Maps a stored categorical value of the data being transformed to the index of its fitted level, or -1.
class LevelLookup {
public:
    LevelLookup(const std::vector<double>& levels, const QStringList& levelTexts, bool fittedTextCoded,
                double imputeValue, const ColumnInfo& column)
        : m_levels(&levels)
        , m_imputeLevel(fittedLevel(imputeValue)) {
        if (column.isTextCoded()) {
            for (const QString& text : column.levels)
                m_byCode.push_back(static_cast<int>(levelTexts.indexOf(text)));
            m_byText = true;
        } else if (fittedTextCoded) {
            throw DataError(
                QCoreApplication::translate("segmenta::FittedRecipe",
                                            "Column '%1' held text when the recipe was fitted but holds "
                                            "numbers now. Load it as text or fit the recipe again.")
                    .arg(column.name));
        }
    }

    int operator()(double v) const {
        if (std::isnan(v))
            return m_imputeLevel;
        if (m_byText) {
            const bool valid = v >= 0.0 && v < static_cast<double>(m_byCode.size()) && v == std::floor(v);
            return valid ? m_byCode[static_cast<std::size_t>(v)] : -1;
        }
        return fittedLevel(v);
    }

private:
    int fittedLevel(double v) const {
        const auto it = std::lower_bound(m_levels->begin(), m_levels->end(), v);
        return it != m_levels->end() && *it == v ? static_cast<int>(it - m_levels->begin()) : -1;
    }

    const std::vector<double>* m_levels;
    int m_imputeLevel = -1;
    std::vector<int> m_byCode;
    bool m_byText = false;
};

QString nonFiniteMessage(const QString& column, Index row, double raw) {
    return QCoreApplication::translate(
               "segmenta::FittedRecipe",
               "Column '%1', row %2: the value %3 does not give a finite number. Correct "
               "the cell or remove the row.")
        .arg(column)
        .arg(row + 1)
        .arg(number(raw));
}

/// Rows of one block that survive the row filters, and how many each filter removed.
struct BlockSelection {
    std::vector<Index> kept;
    Index droppedMissing = 0;
    Index droppedOutliers = 0;
};
} // namespace

FittedRecipe FittedRecipe::fit(const DataMatrix& data, const Recipe& recipe) {
    validateRecipe(recipe);
    const ColumnIndices columns = resolveColumns(data, recipe);
    std::vector<Index> used = columns.numeric;
    used.insert(used.end(), columns.categorical.begin(), columns.categorical.end());
    checkColumnValues(data, used);

    const std::vector<Index> dropColumns = dropRowColumns(recipe, columns);
    std::vector<Index> present;
    for (Index r = 0; r < data.rows(); ++r)
        if (!missingIn(data.values(), r, dropColumns))
            present.push_back(r);
    const Index droppedMissing = data.rows() - static_cast<Index>(present.size());
    if (present.empty())
        throwNoRowsLeft(data, dropColumns, droppedMissing, 0, recipe.dropTukeyMinFeatures);

    FittedRecipe fitted;
    fitted.m_recipe = recipe;
    fitted.m_numeric.resize(recipe.numeric.size());
    // Without drop-tukey steps every present row reaches scaling, so each column is prepared only once.
    const bool dropsOutliers =
        std::any_of(recipe.numeric.begin(), recipe.numeric.end(),
                    [](const FeatureStep& s) { return s.outliers == OutlierRule::DropTukey; });
    std::vector<int> outside(present.size(), 0);
    for (qsizetype j = 0; j < recipe.numeric.size(); ++j) {
        const FeatureStep& step = recipe.numeric.at(j);
        std::vector<double> values =
            fitBeforeScaling(data, columns.numeric[j], present, step, fitted.m_numeric[j], outside);
        if (!dropsOutliers)
            fitScaling(step, std::move(values), fitted.m_numeric[j], fitted.m_warnings);
        fitted.m_featureNames << step.column;
    }

    std::vector<Index> kept;
    for (std::size_t i = 0; i < present.size(); ++i)
        if (outside[i] < recipe.dropTukeyMinFeatures)
            kept.push_back(present[i]);
    if (kept.empty())
        throwNoRowsLeft(data, dropColumns, droppedMissing, static_cast<Index>(present.size()),
                        recipe.dropTukeyMinFeatures);

    for (qsizetype j = 0; dropsOutliers && j < recipe.numeric.size(); ++j) {
        const FeatureStep& step = recipe.numeric.at(j);
        NumericParams& p = fitted.m_numeric[j];
        fitScaling(step, preparedColumn(data, columns.numeric[j], kept, step, p), p, fitted.m_warnings);
    }

    for (qsizetype k = 0; k < recipe.categorical.size(); ++k) {
        const CategoricalStep& step = recipe.categorical.at(k);
        const Index c = columns.categorical[k];
        const ColumnInfo& column = data.column(c);
        CategoryParams category;
        category.textCoded = column.isTextCoded();
        if (step.missing == MissingRule::MostFrequent)
            category.imputeValue = mostFrequent(observedValues(data, c, present, step.missing));
        std::unordered_set<double> distinct;
        for (Index r : kept)
            distinct.insert(data.isMissing(r, c) ? category.imputeValue : data.values()(r, c));
        std::vector<double> levels(distinct.begin(), distinct.end());
        std::sort(levels.begin(), levels.end());
        for (std::size_t l = 0; l < levels.size(); ++l) {
            category.texts << (category.textCoded ? column.levels.at(static_cast<qsizetype>(levels[l]))
                                                  : number(levels[l]));
            if (l > 0 || !step.dropFirst)
                fitted.m_featureNames << step.column + QLatin1Char('=') + category.texts.back();
        }
        fitted.m_levels.push_back(std::move(levels));
        fitted.m_categories.push_back(std::move(category));
    }
    return fitted;
}

PreprocessResult FittedRecipe::transform(const DataMatrix& data) const {
    const ColumnIndices columns = resolveColumns(data, m_recipe);
    std::vector<LevelLookup> lookups;
    for (std::size_t k = 0; k < m_levels.size(); ++k)
        lookups.emplace_back(m_levels[k], m_categories[k].texts, m_categories[k].textCoded,
                             m_categories[k].imputeValue, data.column(columns.categorical[k]));
    const std::vector<Index> dropColumns = dropRowColumns(m_recipe, columns);
    const Matrix& values = data.values();
    const QList<FeatureStep>& numeric = m_recipe.numeric;

    const std::vector<BlockRange> inputBlocks = makeBlocks(data.rows());
    std::vector<BlockSelection> selections(inputBlocks.size());
    forEachBlock(inputBlocks, [&](std::size_t b) {
        BlockSelection& selection = selections[b];
        for (Index r = inputBlocks[b].begin; r < inputBlocks[b].end; ++r) {
            if (missingIn(values, r, dropColumns)) {
                ++selection.droppedMissing;
                continue;
            }
            int outside = 0;
            for (qsizetype j = 0; j < numeric.size(); ++j) {
                if (numeric.at(j).outliers != OutlierRule::DropTukey)
                    continue;
                const NumericParams& p = m_numeric[j];
                const double raw = values(r, columns.numeric[j]);
                const double x = prepared(numeric.at(j), p, raw);
                if (std::isnan(x))
                    return domainMessage(numeric.at(j), r, raw, p);
                outside += x < p.lowerBound || x > p.upperBound ? 1 : 0;
            }
            if (outside >= m_recipe.dropTukeyMinFeatures)
                ++selection.droppedOutliers;
            else
                selection.kept.push_back(r);
        }
        return QString();
    });

    PreprocessResult result;
    for (const BlockSelection& selection : selections) {
        result.rows.insert(result.rows.end(), selection.kept.begin(), selection.kept.end());
        result.droppedMissing += selection.droppedMissing;
        result.droppedOutliers += selection.droppedOutliers;
    }
    result.featureNames = m_featureNames;
    result.warnings = m_warnings;
    result.features = Matrix::Zero(static_cast<Index>(result.rows.size()), m_featureNames.size());

    const std::vector<BlockRange> outputBlocks = makeBlocks(result.features.rows());
    forEachBlock(outputBlocks, [&](std::size_t b) {
        for (Index i = outputBlocks[b].begin; i < outputBlocks[b].end; ++i) {
            const Index r = result.rows[i];
            for (qsizetype j = 0; j < numeric.size(); ++j) {
                const NumericParams& p = m_numeric[j];
                const double raw = values(r, columns.numeric[j]);
                const double x = prepared(numeric.at(j), p, raw);
                if (std::isnan(x))
                    return domainMessage(numeric.at(j), r, raw, p);
                const double y = (x - p.center) / p.scale;
                if (!std::isfinite(y))
                    return nonFiniteMessage(numeric.at(j).column, r, raw);
                result.features(i, j) = y;
            }
            Index feature = numeric.size();
            for (std::size_t k = 0; k < lookups.size(); ++k) {
                const int level = lookups[k](values(r, columns.categorical[k]));
                const int first = m_recipe.categorical.at(k).dropFirst ? 1 : 0;
                if (level >= first)
                    result.features(i, feature + level - first) = 1.0;
                feature += static_cast<Index>(m_levels[k].size()) - first;
            }
        }
        return QString();
    });
    return result;
}

QStringList FittedRecipe::featureNames() const {
    return m_featureNames;
}

PreprocessResult preprocess(const DataMatrix& data, const Recipe& recipe) {
    return FittedRecipe::fit(data, recipe).transform(data);
}

} // namespace segmenta
