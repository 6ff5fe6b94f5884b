#include "report/ReportText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace segmenta {

namespace {

constexpr double kDistinguishingZ = 0.5;
constexpr int kMaxDistinguishing = 3;
// A level is worth naming when it is this much more common in the segment than among all customers.
constexpr double kNotableLift = 0.1;

bool hasRatio(const FeatureProfile& feature) {
    return std::isfinite(feature.ratio) && feature.overallMean > 0 && feature.mean >= 0;
}

QStringList featureNames(const QList<const FeatureProfile*>& features, bool above) {
    QStringList names;
    for (const FeatureProfile* feature : features)
        if ((feature->zScore > 0) == above)
            names << feature->feature;
    return names;
}

bool sameTreatment(const FeatureStep& a, const FeatureStep& b) {
    FeatureStep renamed = b;
    renamed.column = a.column;
    return a == renamed;
}

} // namespace

QString ReportText::number(double value, int decimals) {
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("–");
}

QString ReportText::count(qint64 value) {
    return QLocale().toString(value);
}

QString ReportText::value(double value) {
    const double size = std::abs(value);
    const bool whole = size < 1e15 && value == std::round(value);
    return number(value, whole || size >= 1000.0 ? 0 : (size >= 10.0 ? 1 : 2));
}

QString ReportText::percent(double share, int decimals) {
    return number(100.0 * share, decimals) + QLatin1Char('%');
}

QString ReportText::ratio(double value) {
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const int decimals = value >= 10.0 ? 0 : (value < 0.1 ? 2 : 1);
    return number(value, decimals) + QChar(0x00D7);
}

QString ReportText::joinList(const QStringList& items) {
    if (items.size() < 2)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString ReportText::segmentHeadline(const SegmentProfile& profile, const QString& name) {
    const QString text = profile.size == 1 ? tr("Segment %1, %2: %3 customer (%4).")
                                           : tr("Segment %1, %2: %3 customers (%4).");
    return text.arg(QString::number(profile.segment + 1), name, count(profile.size), percent(profile.share));
}

QList<const FeatureProfile*> ReportText::distinguishing(const SegmentProfile& profile,
                                                        const QSet<QString>& hidden) {
    QList<const FeatureProfile*> features;
    for (const FeatureProfile& feature : profile.features)
        if (std::abs(feature.zScore) >= kDistinguishingZ && !hidden.contains(feature.feature))
            features << &feature;
    std::stable_sort(features.begin(), features.end(), [](const FeatureProfile* a, const FeatureProfile* b) {
        return std::abs(a->zScore) > std::abs(b->zScore);
    });
    return features.mid(0, kMaxDistinguishing);
}

QString ReportText::distinguishingSentence(const SegmentProfile& profile, const QSet<QString>& hidden) {
    const QList<const FeatureProfile*> features = distinguishing(profile, hidden);
    if (features.isEmpty())
        return tr("Close to the average customer on every feature.");
    QStringList parts;
    bool averageNamed = false;
    for (const FeatureProfile* feature : features) {
        if (hasRatio(*feature)) {
            parts << (averageNamed ? tr("%1 at %2") : tr("%1 at %2 the average"))
                         .arg(feature->feature, ratio(feature->ratio));
            averageNamed = true;
        } else {
            parts << (feature->zScore > 0 ? tr("%1 (%2 standard deviations above the average)")
                                          : tr("%1 (%2 standard deviations below the average)"))
                         .arg(feature->feature, number(std::abs(feature->zScore), 1));
        }
    }
    return tr("Stands out for %1.").arg(joinList(parts));
}

QString ReportText::crosstabSentence(const Crosstab& crosstab, int segment) {
    const Index s = segment;
    if (s < 0 || s >= crosstab.counts.rows() || crosstab.counts.cols() == 0)
        return {};
    const double segmentTotal = crosstab.counts.row(s).sum();
    const double total = crosstab.counts.sum();
    if (segmentTotal <= 0)
        return {};
    Index best = 0;
    double bestLift = -1.0;
    for (Index l = 0; l < crosstab.counts.cols(); ++l) {
        const double lift = crosstab.counts(s, l) / segmentTotal - crosstab.counts.col(l).sum() / total;
        if (lift > bestLift) {
            bestLift = lift;
            best = l;
        }
    }
    if (bestLift < kNotableLift)
        return tr("Its mix by %1 is close to that of all customers.").arg(crosstab.column);
    return tr("%1 %2 accounts for %3 of this segment (%4 of all customers).")
        .arg(crosstab.column, crosstab.levels.value(int(best)),
             percent(crosstab.counts(s, best) / segmentTotal, 0),
             percent(crosstab.counts.col(best).sum() / total, 0));
}

QString ReportText::suggestedAction(const SegmentProfile& profile, const QSet<QString>& hidden) {
    const QList<const FeatureProfile*> features = distinguishing(profile, hidden);
    const QString high = joinList(featureNames(features, true));
    const QString low = joinList(featureNames(features, false));
    if (!high.isEmpty() && !low.isEmpty())
        return tr("Suggestion: cross-sell — build on the strong %1 business with offers on %2.")
            .arg(high, low);
    if (!high.isEmpty())
        return tr("Suggestion: retain and grow — protect the %1 business with volume terms or a key-account "
                  "contact.")
            .arg(high);
    if (!low.isEmpty())
        return tr("Suggestion: activate — test introductory offers on %1 to find out whether these customers "
                  "buy them elsewhere.")
            .arg(low);
    return tr("Suggestion: serve through the standard programme; no feature sets this segment apart.");
}

QString ReportText::missingRule(MissingRule rule) {
    switch (rule) {
    case MissingRule::DropRow:
        return tr("drop the row");
    case MissingRule::Mean:
        return tr("fill with the mean");
    case MissingRule::Median:
        return tr("fill with the median");
    case MissingRule::Constant:
        return tr("fill with a constant");
    case MissingRule::MostFrequent:
        return tr("fill with the most frequent value");
    }
    return {};
}

QString ReportText::missingRule(const FeatureStep& step) {
    if (step.missing == MissingRule::Constant)
        return tr("fill with %1").arg(QLocale().toString(step.missingConstant));
    return missingRule(step.missing);
}

QString ReportText::transform(Transform transform) {
    switch (transform) {
    case Transform::None:
        return tr("none");
    case Transform::Log1p:
        return tr("log(1 + x)");
    case Transform::Log:
        return tr("log(x)");
    case Transform::Sqrt:
        return tr("square root");
    }
    return {};
}

QString ReportText::outliers(const FeatureStep& step, int dropTukeyMinFeatures) {
    switch (step.outliers) {
    case OutlierRule::None:
        return tr("keep");
    case OutlierRule::ClipPercentile:
        return tr("clip to the %1–%2 percentiles")
            .arg(QLocale().toString(step.lowerPercentile), QLocale().toString(step.upperPercentile));
    case OutlierRule::ClipTukey:
        return tr("clip to the Tukey fences (1.5 × IQR)");
    case OutlierRule::DropTukey:
        return dropTukeyMinFeatures <= 1 ? tr("drop rows outside the Tukey fences")
                                         : tr("drop rows outside the Tukey fences in at least %1 features")
                                               .arg(dropTukeyMinFeatures);
    }
    return {};
}

QString ReportText::scaling(Scaling scaling) {
    switch (scaling) {
    case Scaling::None:
        return tr("none");
    case Scaling::Standard:
        return tr("standardise (mean 0, SD 1)");
    case Scaling::MinMax:
        return tr("min–max to [0, 1]");
    case Scaling::Robust:
        return tr("robust (median 0, IQR 1)");
    }
    return {};
}

QString ReportText::encoding(const CategoricalStep& step) {
    const QString levels =
        step.dropFirst ? tr("one 0/1 column per level, the first left out") : tr("one 0/1 column per level");
    return tr("%1; missing values: %2").arg(levels, missingRule(step.missing));
}

QStringList ReportText::recipeSummary(const Recipe& recipe, const QSet<QString>& hidden) {
    QList<FeatureStep> numeric;
    for (const FeatureStep& step : recipe.numeric)
        if (!hidden.contains(step.column))
            numeric << step;
    QStringList categorical;
    for (const CategoricalStep& step : recipe.categorical)
        if (!hidden.contains(step.column))
            categorical << step.column;

    QStringList sentences;
    if (numeric.isEmpty()) {
        sentences << tr("No numeric features.");
    } else {
        QStringList names;
        for (const FeatureStep& step : numeric)
            names << step.column;
        sentences << (numeric.size() == 1
                          ? tr("1 numeric feature: %1.").arg(names.first())
                          : tr("%1 numeric features: %2.").arg(numeric.size()).arg(joinList(names)));
        const FeatureStep& first = numeric.first();
        const bool uniform = std::all_of(numeric.begin(), numeric.end(),
                                         [&](const FeatureStep& step) { return sameTreatment(first, step); });
        if (uniform)
            sentences << tr("Each is treated alike: missing values — %1; transform — %2; outliers — %3; "
                            "scaling — %4.")
                             .arg(missingRule(first), transform(first.transform),
                                  outliers(first, recipe.dropTukeyMinFeatures), scaling(first.scaling));
        else
            sentences << tr("Their treatment differs by feature, as the table shows.");
    }
    if (!categorical.isEmpty())
        sentences << tr("Categorical columns become 0/1 indicator columns: %1.").arg(joinList(categorical));
    sentences << tr("The steps run in this order: missing values, transform, outliers, scaling.");
    return sentences;
}

QString ReportText::recommendation(const SweepResult& sweep, int chosenK) {
    const Recommendation& rec = sweep.recommendation;
    if (rec.k <= 0)
        return rec.reason;
    QString text = tr("Recommended number of segments: %1. %2").arg(rec.k).arg(rec.reason);
    if (chosenK != rec.k)
        text += QLatin1Char(' ') + tr("This report describes K = %1, chosen by the analyst.").arg(chosenK);
    return text;
}

QString ReportText::algorithm(const SweepOptions& options) {
    if (options.algorithm == Algorithm::FuzzyCMeans)
        return tr("Fuzzy C-Means (fuzzifier m = %1, k-means++ starts, %2 restarts per K, at most %3 "
                  "iterations); each customer belongs to the segment of its highest membership")
            .arg(QLocale().toString(options.fuzzifier))
            .arg(options.kmeans.nInit)
            .arg(options.kmeans.maxIter);
    if (options.algorithm == Algorithm::MiniBatch)
        return tr("Mini-batch K-Means (batches of %1 customers, the best of up to %2 k-means++ starts, then "
                  "every customer assigned to its nearest centre)")
            .arg(MiniBatchOptions{}.batchSize)
            .arg(std::min(options.kmeans.nInit, MiniBatchOptions{}.maxInits));
    return tr("K-Means (k-means++ starts, %1 restarts per K, at most %2 iterations, tolerance %3)")
        .arg(options.kmeans.nInit)
        .arg(options.kmeans.maxIter)
        .arg(QLocale().toString(options.kmeans.tol));
}

} // namespace segmenta
