#include "core/KSelection.h"

#include "core/EnumNames.h"
#include "core/Error.h"
#include "core/Preprocessing.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace segmenta {

namespace {
constexpr EnumNameTable<Algorithm, 3> kAlgorithmNames{{
    {Algorithm::KMeans, "kmeans"},
    {Algorithm::FuzzyCMeans, "fcm"},
    {Algorithm::MiniBatch, "minibatch"},
}};
} // namespace

QString toString(Algorithm algorithm) {
    return nameOf(kAlgorithmNames, algorithm);
}

bool fromString(const QString& name, Algorithm& algorithm) {
    return valueOf(kAlgorithmNames, name, algorithm);
}

namespace {

/// How far below the chord (on axes scaled to [0, 1]) a point must lie to count as an elbow; a nearly
/// straight curve has none.
constexpr double kMinElbowDepth = 0.05;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::KSelection)
};

/// Labels renumbered to 0..used−1 in order of first use, so that metrics never see an empty cluster
/// (a fuzzy partition's hard labels may leave one empty).
std::pair<Labels, int> compactLabels(const Labels& labels, int k) {
    std::vector<int> map(static_cast<std::size_t>(k), -1);
    int used = 0;
    Labels compact(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        int& target = map[static_cast<std::size_t>(labels[i])];
        if (target < 0)
            target = used++;
        compact[i] = target;
    }
    return {std::move(compact), used};
}

SweepModel fitOne(const Matrix& data, int k, const SweepOptions& options, const TaskControl& control,
                  int& iterations) {
    SweepModel model;
    model.k = k;
    if (options.algorithm != Algorithm::FuzzyCMeans) {
        KMeansOptions kmOptions = options.kmeans;
        kmOptions.k = k;
        KMeansResult fit = options.algorithm == Algorithm::MiniBatch
                               ? miniBatchKMeans(data, kmOptions, options.miniBatch, control)
                               : kmeans(data, kmOptions, control);
        iterations = fit.iterations;
        model.centroids = std::move(fit.centroids);
        model.labels = std::move(fit.labels);
        model.sizes = std::move(fit.sizes);
        return model;
    }
    FcmOptions fcmOptions;
    fcmOptions.c = k;
    fcmOptions.m = options.fuzzifier;
    fcmOptions.maxIter = options.kmeans.maxIter;
    fcmOptions.nInit = options.kmeans.nInit;
    fcmOptions.seed = options.kmeans.seed;
    fcmOptions.threads = options.kmeans.threads;
    FcmResult fit = fuzzyCMeans(data, fcmOptions, control);
    iterations = fit.iterations;
    model.centroids = std::move(fit.centroids);
    model.labels = std::move(fit.labels);
    model.sizes = std::move(fit.sizes);
    model.memberships = std::move(fit.memberships);
    model.partitionCoefficient = fit.partitionCoefficient;
    model.partitionEntropy = fit.partitionEntropy;
    return model;
}

KScore scoreOne(const Matrix& data, const SweepModel& model, const SweepOptions& options,
                const TaskControl& control, SilhouetteScore& silhouetteInfo) {
    KScore score;
    score.k = model.k;
    score.inertia = inertia(data, model.labels, model.centroids);
    const Index smallest = *std::min_element(model.sizes.begin(), model.sizes.end());
    score.smallestShare = static_cast<double>(smallest) / static_cast<double>(data.rows());

    const auto [labels, used] = compactLabels(model.labels, model.k);
    if (used < 2 || used >= data.rows()) {
        score.silhouette = std::numeric_limits<double>::quiet_NaN();
        score.calinskiHarabasz = std::numeric_limits<double>::quiet_NaN();
        score.daviesBouldin = std::numeric_limits<double>::quiet_NaN();
        return score;
    }
    silhouetteInfo = silhouetteScore(data, labels, used, options.silhouette, control);
    score.silhouette = silhouetteInfo.mean;
    score.calinskiHarabasz = calinskiHarabasz(data, labels, used);
    score.daviesBouldin = daviesBouldin(data, labels, used);
    return score;
}

bool better(const KScore& a, const KScore& b) {
    if (a.silhouette != b.silhouette)
        return a.silhouette > b.silhouette;
    return a.daviesBouldin < b.daviesBouldin;
}

} // namespace

const SweepModel& SweepResult::model(int k) const {
    for (const SweepModel& m : models)
        if (m.k == k)
            return m;
    throw DataError(Text::tr("No model was fitted for K = %1; choose a K between %2 and %3.")
                        .arg(k)
                        .arg(models.empty() ? 0 : models.front().k)
                        .arg(models.empty() ? 0 : models.back().k));
}

int elbowOf(const std::vector<int>& ks, const std::vector<double>& values) {
    const std::size_t n = std::min(ks.size(), values.size());
    if (n < 3)
        return 0;
    const double x0 = ks.front(), x1 = ks[n - 1];
    const double y0 = values.front(), y1 = values[n - 1];
    if (x1 == x0 || y0 == y1)
        return 0;
    // Kneedle on a decreasing curve: on axes scaled to [0, 1] the chord runs from (0, 1) to (1, 0);
    // the knee is the point farthest below it.
    int knee = 0;
    double farthest = kMinElbowDepth;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const double x = (ks[i] - x0) / (x1 - x0);
        const double y = (values[i] - y1) / (y0 - y1);
        const double below = (1.0 - x) - y;
        if (below > farthest) {
            farthest = below;
            knee = ks[i];
        }
    }
    return knee;
}

Recommendation recommend(const std::vector<KScore>& scores, double minSegmentShare) {
    Recommendation rec;
    std::vector<const KScore*> admissible;
    for (const KScore& s : scores)
        if (s.smallestShare >= minSegmentShare && !std::isnan(s.silhouette))
            admissible.push_back(&s);
    const bool relaxed = admissible.empty();
    if (relaxed)
        for (const KScore& s : scores)
            if (!std::isnan(s.silhouette))
                admissible.push_back(&s);
    if (admissible.empty()) {
        rec.reason = Text::tr("No K could be scored, so none is recommended.");
        return rec;
    }

    const KScore* best = admissible.front();
    if (scores.size() == 1) {
        rec.k = best->k;
        rec.reason = Text::tr("K = %1 is the only K that was asked for.").arg(best->k);
        return rec;
    }
    for (const KScore* s : admissible)
        if (better(*s, *best))
            best = s;

    std::vector<int> ks;
    std::vector<double> inertias;
    for (const KScore& s : scores) {
        ks.push_back(s.k);
        inertias.push_back(s.inertia);
    }
    rec.elbowK = elbowOf(ks, inertias);
    const KScore* elbow = nullptr;
    for (const KScore* s : admissible)
        if (s->k == rec.elbowK)
            elbow = s;

    const QString share = QString::number(100.0 * minSegmentShare, 'g', 3);
    if (elbow && elbow != best && elbow->silhouette >= best->silhouette - 0.02) {
        rec.k = elbow->k;
        rec.reason =
            Text::tr("K = %1 is the elbow of the inertia curve and its silhouette (%2) is within 0.02 of "
                     "the best (%3 at K = %4), with every segment holding at least %5% of the rows.")
                .arg(elbow->k)
                .arg(elbow->silhouette, 0, 'f', 3)
                .arg(best->silhouette, 0, 'f', 3)
                .arg(best->k)
                .arg(share);
        return rec;
    }
    rec.k = best->k;
    const QString elbowText = rec.elbowK > 0 ? Text::tr("; the inertia elbow is at K = %1").arg(rec.elbowK)
                                             : Text::tr("; the inertia curve shows no clear elbow");
    if (relaxed)
        rec.reason =
            Text::tr("K = %1 has the highest silhouette (%2); every K leaves a segment with less than %3% "
                     "of the rows%4.")
                .arg(best->k)
                .arg(best->silhouette, 0, 'f', 3)
                .arg(share, elbowText);
    else
        rec.reason =
            Text::tr("K = %1 has the highest silhouette (%2) among the K whose smallest segment holds at "
                     "least %3% of the rows%4.")
                .arg(best->k)
                .arg(best->silhouette, 0, 'f', 3)
                .arg(share, elbowText);
    return rec;
}

SweepResult sweepK(const Matrix& data, const SweepOptions& options, const TaskControl& control) {
    if (options.kMin < 2 || options.kMax < options.kMin)
        throw DataError(
            Text::tr("The range of K must start at 2 or more and not end before it starts (got %1 to %2).")
                .arg(options.kMin)
                .arg(options.kMax));
    if (options.kMax >= data.rows())
        throw DataError(
            Text::tr("K = %1 needs more than %1 rows, but the data has %2 rows; choose a smaller K.")
                .arg(options.kMax)
                .arg(data.rows()));

    SweepResult result;
    const int count = options.kMax - options.kMin + 1;
    for (int i = 0; i < count; ++i) {
        const int k = options.kMin + i;
        const TaskControl step = control.sub(double(i) / count, double(i + 1) / count);
        step.report(0.0, Text::tr("K = %1").arg(k));
        QElapsedTimer timer;
        timer.start();
        int iterations = 0;
        SweepModel model = fitOne(data, k, options, step.sub(0.0, 0.8), iterations);
        step.checkCancelled();
        KScore score = scoreOne(data, model, options, step, result.silhouetteInfo);
        score.iterations = iterations;
        score.seconds = timer.nsecsElapsed() * 1e-9;
        result.scores.push_back(score);
        result.models.push_back(std::move(model));
        step.report(1.0, Text::tr("K = %1").arg(k));
    }
    result.recommendation = recommend(result.scores, options.minSegmentShare);
    return result;
}

std::vector<GridCell> preprocessingGrid(const DataMatrix& data, const Recipe& base, Transform logTransform,
                                        const SweepOptions& options, const TaskControl& control) {
    constexpr std::array scalings{Scaling::Standard, Scaling::MinMax, Scaling::Robust};
    const std::array transforms{Transform::None, logTransform};
    std::vector<GridCell> cells;
    const int total = int(transforms.size() * scalings.size());
    for (const Transform transform : transforms) {
        for (const Scaling scaling : scalings) {
            GridCell cell;
            cell.transform = transform;
            cell.scaling = scaling;
            Recipe recipe = base;
            for (FeatureStep& step : recipe.numeric) {
                step.transform = transform;
                step.scaling = scaling;
            }
            const int index = int(cells.size());
            const TaskControl step = control.sub(double(index) / total, double(index + 1) / total);
            try {
                const PreprocessResult prepared = preprocess(data, recipe);
                const SweepResult sweep = sweepK(prepared.features, options, step);
                cell.bestSilhouette = -2.0;
                for (const KScore& score : sweep.scores) {
                    cell.silhouettes.push_back(score.silhouette);
                    if (score.silhouette > cell.bestSilhouette) {
                        cell.bestSilhouette = score.silhouette;
                        cell.bestK = score.k;
                    }
                }
            } catch (const DataError& error) {
                cell.error = error.message();
            }
            cells.push_back(std::move(cell));
        }
    }
    return cells;
}

} // namespace segmenta
