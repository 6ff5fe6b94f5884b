#pragma once

#include "core/DataMatrix.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace segmenta {

/// Why a column is not a feature of an analysis.
enum class ExclusionReason {
    Requested,   ///< named in the exclusions
    NotSelected, ///< features were named and this column is not among them
    Identifier,  ///< an identifier (typed so by the import, or unique per row by name)
    RowIndex,    ///< whole numbers counting the rows (0, 1, 2, … or 1, 2, 3, …)
    Date,        ///< dates are no measures
    Text,        ///< free text
    Ignored,     ///< the import set its role to ignore or label
    Categorical, ///< category codes: one-hot encoded only when asked
    Empty,       ///< no cell holds a value
    MostlyEmpty, ///< fewer than half of the rows hold a value
    Constant     ///< every value is the same, so it cannot tell customers apart
};

/// A column left out, and why.
struct ExcludedColumn {
    QString column;
    ExclusionReason reason = ExclusionReason::NotSelected;

    friend bool operator==(const ExcludedColumn&, const ExcludedColumn&) = default;
};

/// What the user asked for; empty lists mean "choose for me".
struct FeatureRequest {
    QStringList features;    ///< numeric columns to cluster on; empty: every usable numeric column
    QStringList categorical; ///< columns to one-hot encode
    QStringList exclude;     ///< columns never to use, whatever else is asked
};

/// The columns an analysis uses and every other column with the reason it is left out (each column once,
/// in the data's column order).
struct FeatureSelection {
    QStringList numeric;
    QStringList categorical;
    QList<ExcludedColumn> excluded;
};

/// Chooses the feature columns of `data`. Without named features, every numeric column that varies is used;
/// identifiers, row indexes, dates, text, columns the import set to ignore, categorical codes (unless named
/// as categorical), empty and mostly empty columns and constant columns are left out. Named features and
/// categorical columns are used as named (a constant one included: scaling then maps it to 0 with a warning).
/// Throws DataError when a named column does not exist or a text column is named as a numeric feature.
FeatureSelection selectFeatures(const DataMatrix& data, const FeatureRequest& request);

/// Throws DataError, with every column's reason, when `selection` has no feature at all.
void requireFeatures(const DataMatrix& data, const FeatureSelection& selection);

/// Stable names of the reasons, used in JSON ("constant", "mostly-empty", …).
QString toString(ExclusionReason reason);

/// A reason as people read it, translated.
class ExclusionText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ExclusionText)

public:
    /// One sentence that says why `column` is left out and what includes it anyway (for tooltips and the
    /// CLI summary); `optionStyle` names command-line options, otherwise the form's controls.
    static QString explain(const DataMatrix& data, const ExcludedColumn& excluded, bool optionStyle);
};

} // namespace segmenta
