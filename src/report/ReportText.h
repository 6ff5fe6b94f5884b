#pragma once

#include "core/Analysis.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace segmenta {

/// The plain-language sentences of a report, as plain text (no markup), so that the PDF, the GUI's preview
/// and any other writer say the same thing. Numbers follow the default QLocale.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ReportText)

public:
    /// A number with a fixed count of decimals; "–" when not finite.
    static QString number(double value, int decimals);
    static QString count(qint64 value);
    /// A measurement with as many decimals as its size needs (12,669; 48.3; 0.72; 3 for a whole number).
    static QString value(double value);
    /// A share (0.239) as a percentage ("23.9%").
    static QString percent(double share, int decimals = 1);
    /// A ratio to the average ("3.1×"; two decimals below 0.1×, none from 10×).
    static QString ratio(double value);
    /// "A", "A and B", "A, B and C".
    static QString joinList(const QStringList& items);

    /// "Segment 2, High Grocery & Detergents_Paper: 105 customers (23.9%)."
    static QString segmentHeadline(const SegmentProfile& profile, const QString& name);
    /// The (at most three) features that set the segment apart — |z-score| ≥ 0.5, strongest first, equal
    /// strengths in column order — leaving out `hidden` columns.
    static QList<const FeatureProfile*> distinguishing(const SegmentProfile& profile,
                                                       const QSet<QString>& hidden);
    /// "Stands out for Grocery at 3.1× the average, Detergents_Paper at 4.2× and Fresh at 0.4×."
    static QString distinguishingSentence(const SegmentProfile& profile, const QSet<QString>& hidden);
    /// The level of `crosstab` most common in `segment`, against all customers: "Channel 2 accounts for 89%
    /// of this segment (32% of all customers)." Empty when the segment has no counted rows.
    static QString crosstabSentence(const Crosstab& crosstab, int segment);
    /// An action derived from the profile, for when the analyst has not written one; always starts with
    /// "Suggestion:" so that it cannot be mistaken for a decision.
    static QString suggestedAction(const SegmentProfile& profile, const QSet<QString>& hidden);

    static QString missingRule(const FeatureStep& step);
    static QString missingRule(MissingRule rule);
    static QString transform(Transform transform);
    static QString outliers(const FeatureStep& step, int dropTukeyMinFeatures);
    static QString scaling(Scaling scaling);
    static QString encoding(const CategoricalStep& step);
    /// The recipe in a few sentences (steps shared by every numeric column are said once), leaving out
    /// `hidden` columns.
    static QStringList recipeSummary(const Recipe& recipe, const QSet<QString>& hidden);

    /// "Recommended number of segments: 3. <reason>" plus a note when the analyst chose another K.
    static QString recommendation(const SweepResult& sweep, int chosenK);
    /// "K-Means (k-means++ starts, 10 restarts per K, at most 300 iterations)" or the Fuzzy C-Means twin.
    static QString algorithm(const SweepOptions& options);
};

} // namespace segmenta
