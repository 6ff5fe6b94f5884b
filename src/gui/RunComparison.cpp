#include "gui/RunComparison.h"

#include "core/AnalysisSettingsJson.h"
#include "core/Error.h"

#include <QLocale>

#include <cmath>
#include <map>
#include <unordered_map>

namespace segmenta {

namespace {

double choose2(double n) {
    return n * (n - 1.0) / 2.0;
}

QString algorithmName(const AnalysisSettings& settings) {
    switch (settings.sweep.algorithm) {
    case Algorithm::FuzzyCMeans:
        return RunComparison::tr("Fuzzy C-Means (m = %1)").arg(settings.sweep.fuzzifier);
    case Algorithm::MiniBatch:
        return RunComparison::tr("Mini-batch K-Means");
    case Algorithm::KMeans:
        break;
    }
    return RunComparison::tr("K-Means");
}

QString pcaText(const AnalysisSettings& settings) {
    const QString kept = settings.pca.components > 0
                             ? RunComparison::tr("components kept: %1").arg(settings.pca.components)
                             : RunComparison::tr("components for %1 % of the variance")
                                   .arg(QLocale().toString(settings.pca.varianceFraction * 100.0, 'g', 3));
    return settings.clusterOn == ClusterSpace::Pca ? RunComparison::tr("%1, clustered on").arg(kept)
                                                   : RunComparison::tr("%1, for the map only").arg(kept);
}

/// Each feature's steps in short: "Fresh (log1p, median, keep)".
QString featuresText(const AnalysisSettings& settings) {
    QStringList features;
    for (const FeatureStep& step : settings.recipe.numeric)
        features << QStringLiteral("%1 (%2, %3, %4)")
                        .arg(step.column, toString(step.transform), toString(step.missing),
                             toString(step.outliers));
    for (const CategoricalStep& step : settings.recipe.categorical)
        features << RunComparison::tr("%1 (one-hot)").arg(step.column);
    return features.join(QStringLiteral("\n"));
}

const KScore* scoreAt(const StoredRun& run, int k) {
    for (const KScore& score : run.scores)
        if (score.k == k)
            return &score;
    return nullptr;
}

QString namesAt(const StoredRun& run, int k) {
    QStringList names;
    for (int s = 0; s < k; ++s) {
        QString name = RunComparison::tr("Segment %1").arg(s + 1);
        for (const StoredSegment& segment : run.segments)
            if (segment.k == k && segment.segment == s && !segment.displayName().isEmpty())
                name = segment.displayName();
        names << QStringLiteral("%1. %2").arg(s + 1).arg(name);
    }
    return names.join(QStringLiteral("\n"));
}

} // namespace

double RunComparison::adjustedRand(const StoredModel& first, const StoredModel& second) {
    std::unordered_map<qint64, int> secondLabel;
    for (std::size_t i = 0; i < second.rowNumbers.size(); ++i)
        secondLabel.emplace(second.rowNumbers[i], second.labels[i]);
    std::map<std::pair<int, int>, double> cells;
    std::map<int, double> rows, columns;
    double n = 0.0;
    for (std::size_t i = 0; i < first.rowNumbers.size(); ++i) {
        const auto found = secondLabel.find(first.rowNumbers[i]);
        if (found == secondLabel.end())
            continue;
        cells[{first.labels[i], found->second}] += 1.0;
        rows[first.labels[i]] += 1.0;
        columns[found->second] += 1.0;
        n += 1.0;
    }
    if (n < 2.0)
        return std::nan("");
    double index = 0.0, rowSum = 0.0, columnSum = 0.0;
    for (const auto& [cell, count] : cells)
        index += choose2(count);
    for (const auto& [label, count] : rows)
        rowSum += choose2(count);
    for (const auto& [label, count] : columns)
        columnSum += choose2(count);
    const double expected = rowSum * columnSum / choose2(n);
    const double maximum = 0.5 * (rowSum + columnSum);
    return maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
}

RunComparison RunComparison::of(const StoredRun& first, int firstK, const QString& firstDataset,
                                const StoredRun& second, int secondK, const QString& secondDataset) {
    const AnalysisSettings a = analysisSettingsFromJson(first.info.parameters);
    const AnalysisSettings b = analysisSettingsFromJson(second.info.parameters);
    const QLocale locale;
    RunComparison comparison;
    const auto add = [&](const QString& label, const QString& x, const QString& y) {
        comparison.lines << Line{label, x, y};
    };
    const auto date = [&](const RunInfo& info) {
        return locale.toString(info.createdAt.toLocalTime(), QLocale::ShortFormat);
    };
    const auto number = [&](double value, int decimals) {
        return std::isnan(value) ? tr("n/a") : locale.toString(value, 'f', decimals);
    };
    comparison.firstRun = first.info.id;
    comparison.secondRun = second.info.id;
    add(tr("Dataset"), firstDataset, secondDataset);
    add(tr("Created"), date(first.info), date(second.info));
    add(tr("Features (transform, missing, outliers)"), featuresText(a), featuresText(b));
    add(tr("Scaling"), a.recipe.numeric.isEmpty() ? QString() : toString(a.recipe.numeric.first().scaling),
        b.recipe.numeric.isEmpty() ? QString() : toString(b.recipe.numeric.first().scaling));
    add(tr("Principal components"), pcaText(a), pcaText(b));
    add(tr("Algorithm"), algorithmName(a), algorithmName(b));
    add(tr("K range"), tr("%1 to %2").arg(a.sweep.kMin).arg(a.sweep.kMax),
        tr("%1 to %2").arg(b.sweep.kMin).arg(b.sweep.kMax));
    add(tr("Restarts × iterations"), tr("%1 × %2").arg(a.sweep.kmeans.nInit).arg(a.sweep.kmeans.maxIter),
        tr("%1 × %2").arg(b.sweep.kmeans.nInit).arg(b.sweep.kmeans.maxIter));
    add(tr("Seed"), QString::number(first.info.seed), QString::number(second.info.seed));
    add(tr("Recommended K"), QString::number(first.info.recommendedK),
        QString::number(second.info.recommendedK));
    add(tr("K shown"), QString::number(firstK), QString::number(secondK));
    const KScore* x = scoreAt(first, firstK);
    const KScore* y = scoreAt(second, secondK);
    const auto score = [&](const KScore* s, double KScore::*member, int decimals) {
        return s ? number(s->*member, decimals) : tr("n/a");
    };
    add(tr("Silhouette at the K shown"), score(x, &KScore::silhouette, 3), score(y, &KScore::silhouette, 3));
    add(tr("Calinski–Harabasz at the K shown"), score(x, &KScore::calinskiHarabasz, 1),
        score(y, &KScore::calinskiHarabasz, 1));
    add(tr("Davies–Bouldin at the K shown"), score(x, &KScore::daviesBouldin, 3),
        score(y, &KScore::daviesBouldin, 3));
    add(tr("Smallest segment"), x ? tr("%1 %").arg(number(x->smallestShare * 100.0, 1)) : tr("n/a"),
        y ? tr("%1 %").arg(number(y->smallestShare * 100.0, 1)) : tr("n/a"));
    add(tr("Customers segmented"), locale.toString(qlonglong(first.model(firstK).labels.size())),
        locale.toString(qlonglong(second.model(secondK).labels.size())));
    add(tr("Segments"), namesAt(first, firstK), namesAt(second, secondK));
    add(tr("Run time"), tr("%1 s").arg(number(first.info.seconds, 1)),
        tr("%1 s").arg(number(second.info.seconds, 1)));
    const double agreement = adjustedRand(first.model(firstK), second.model(secondK));
    comparison.agreement = std::isnan(agreement) ? tr("The two runs have no customers in common.")
                                                 : tr("Agreement of the segments: adjusted Rand index %1 (1: "
                                                      "the same segments, about 0: unrelated).")
                                                       .arg(locale.toString(agreement, 'f', 3));
    return comparison;
}

} // namespace segmenta
