#include "core/FeatureSelection.h"

#include "core/EnumNames.h"
#include "core/Error.h"

#include <cmath>
#include <optional>

namespace segmenta {

namespace {

constexpr EnumNameTable<ExclusionReason, 11> kReasonNames{{
    {ExclusionReason::Requested, "excluded"},
    {ExclusionReason::NotSelected, "not-selected"},
    {ExclusionReason::Identifier, "identifier"},
    {ExclusionReason::RowIndex, "row-index"},
    {ExclusionReason::Date, "date"},
    {ExclusionReason::Text, "text"},
    {ExclusionReason::Ignored, "ignored"},
    {ExclusionReason::Categorical, "categorical"},
    {ExclusionReason::Empty, "empty"},
    {ExclusionReason::MostlyEmpty, "mostly-empty"},
    {ExclusionReason::Constant, "constant"},
}};

/// What the values of one column look like, for the rules that need them.
struct ValueShape {
    Index present = 0;
    bool constant = true;
    bool countsRows = true; ///< every row holds first + row number, first being 0 or 1
};

ValueShape shapeOf(const DataMatrix& data, Index c) {
    ValueShape shape;
    const auto column = data.values().col(c);
    const double first = column.size() > 0 ? column(0) : std::nan("");
    shape.countsRows = first == 0.0 || first == 1.0;
    std::optional<double> seen;
    for (Index r = 0; r < column.size(); ++r) {
        const double v = column(r);
        if (std::isnan(v)) {
            shape.countsRows = false;
            continue;
        }
        ++shape.present;
        if (seen && *seen != v)
            shape.constant = false;
        seen = v;
        if (shape.countsRows && v != first + static_cast<double>(r))
            shape.countsRows = false;
    }
    // Two rows numbered 0, 1 are as likely a flag as an index.
    shape.countsRows = shape.countsRows && column.size() > 2;
    return shape;
}

/// Why a column that nobody named is not a numeric feature, or nothing when it is one.
std::optional<ExclusionReason> defaultReason(const DataMatrix& data, Index c) {
    const ColumnInfo& info = data.column(c);
    if (info.kind == ColumnKind::Identifier || info.role == ColumnRole::Identifier)
        return ExclusionReason::Identifier;
    if (info.kind == ColumnKind::Date)
        return ExclusionReason::Date;
    if (info.kind == ColumnKind::Text)
        return ExclusionReason::Text;
    if (info.role == ColumnRole::Ignored || info.role == ColumnRole::Label)
        return ExclusionReason::Ignored;
    const ValueShape shape = shapeOf(data, c);
    if (shape.present == 0)
        return ExclusionReason::Empty;
    if (2 * shape.present < data.rows())
        return ExclusionReason::MostlyEmpty;
    if (shape.constant)
        return ExclusionReason::Constant;
    if (info.kind == ColumnKind::Categorical || info.isTextCoded())
        return ExclusionReason::Categorical;
    if (shape.countsRows)
        return ExclusionReason::RowIndex;
    return std::nullopt;
}

void requireColumns(const DataMatrix& data, const QStringList& names, const QString& what) {
    for (const QString& name : names)
        if (data.columnIndex(name) < 0)
            throw DataError(ExclusionText::tr("%1 names the column '%2', which the data does not have. Its "
                                              "columns are: %3.")
                                .arg(what, name, data.columnNames().join(QStringLiteral(", "))));
}

QString shownValue(const DataMatrix& data, Index c) {
    for (Index r = 0; r < data.rows(); ++r)
        if (!data.isMissing(r, c))
            return data.displayText(r, c);
    return {};
}

} // namespace

QString toString(ExclusionReason reason) {
    return nameOf(kReasonNames, reason);
}

FeatureSelection selectFeatures(const DataMatrix& data, const FeatureRequest& request) {
    requireColumns(data, request.features, QStringLiteral("--features"));
    requireColumns(data, request.categorical, QStringLiteral("--categorical"));
    requireColumns(data, request.exclude, QStringLiteral("--exclude"));
    FeatureSelection selection;
    for (Index c = 0; c < data.cols(); ++c) {
        const ColumnInfo& info = data.column(c);
        std::optional<ExclusionReason> reason;
        if (request.exclude.contains(info.name)) {
            reason = ExclusionReason::Requested;
        } else if (request.categorical.contains(info.name)) {
            selection.categorical << info.name;
            continue;
        } else if (!request.features.isEmpty()) {
            if (!request.features.contains(info.name))
                reason = ExclusionReason::NotSelected;
            else if (info.isTextCoded())
                throw DataError(ExclusionText::tr("The column '%1' holds text, so it cannot be a numeric "
                                                  "feature; name it in --categorical to one-hot encode it.")
                                    .arg(info.name));
        } else {
            reason = defaultReason(data, c);
        }
        if (reason)
            selection.excluded << ExcludedColumn{info.name, *reason};
        else
            selection.numeric << info.name;
    }
    return selection;
}

void requireFeatures(const DataMatrix& data, const FeatureSelection& selection) {
    if (selection.numeric.isEmpty() && selection.categorical.isEmpty()) {
        QStringList why;
        for (const ExcludedColumn& excluded : std::as_const(selection.excluded))
            why << ExclusionText::explain(data, excluded, true);
        throw DataError(ExclusionText::tr("No column is left to cluster on. %1 Name columns with --features "
                                          "or --categorical.")
                            .arg(why.join(QLatin1Char(' '))));
    }
}

QString ExclusionText::explain(const DataMatrix& data, const ExcludedColumn& excluded, bool optionStyle) {
    const QString& name = excluded.column;
    const Index c = data.columnIndex(name);
    switch (excluded.reason) {
    case ExclusionReason::Requested:
        return optionStyle ? tr("'%1' is left out by --exclude.").arg(name)
                           : tr("'%1' is left out on request.").arg(name);
    case ExclusionReason::NotSelected:
        return optionStyle ? tr("'%1' is not named in --features.").arg(name)
                           : tr("'%1' is not ticked.").arg(name);
    case ExclusionReason::Identifier:
        return tr("'%1' identifies customers; it is no measure to compare them by.").arg(name);
    case ExclusionReason::RowIndex:
        return tr("'%1' counts the rows (%2, %3, …); it says nothing about the customers.")
            .arg(name, shownValue(data, c), data.displayText(1, c));
    case ExclusionReason::Date:
        return tr("'%1' holds dates, which are no measures.").arg(name);
    case ExclusionReason::Text:
        return tr("'%1' holds free text.").arg(name);
    case ExclusionReason::Ignored:
        return tr("The import set '%1' to be ignored.").arg(name);
    case ExclusionReason::Categorical:
        return optionStyle
                   ? tr("'%1' holds categories; name it in --categorical to one-hot encode it.").arg(name)
                   : tr("'%1' holds categories; tick it to one-hot encode it.").arg(name);
    case ExclusionReason::Empty:
        return tr("'%1' has no values: every cell is empty.").arg(name);
    case ExclusionReason::MostlyEmpty: {
        const Index present = data.rows() - data.values().col(c).array().isNaN().count();
        return optionStyle ? tr("'%1' has values in only %2 of %3 rows; name it in --features with --missing "
                                "median to use it anyway.")
                                 .arg(name)
                                 .arg(present)
                                 .arg(data.rows())
                           : tr("'%1' has values in only %2 of %3 rows; tick it and fill its empty cells "
                                "with the median to use it anyway.")
                                 .arg(name)
                                 .arg(present)
                                 .arg(data.rows());
    }
    case ExclusionReason::Constant:
        return tr("'%1' has the same value (%2) in every row, so it cannot tell customers apart.")
            .arg(name, shownValue(data, c));
    }
    return {};
}

} // namespace segmenta
