#include "core/MiniBatchKMeans.h"

#include "core/CentrePanel.h"
#include "core/Error.h"
#include "core/Parallel.h"
#include "core/Random.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace segmenta {

namespace {

/// Rows per block of the final labelling; fixed, so the reduction never depends on the thread count.
constexpr Index kLabelBlock = 4096;
/// Steps between two cancellation checks and progress reports.
constexpr long long kStepsPerCheck = 32;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::MiniBatchKMeans)
};

/// `count` rows drawn uniformly with replacement.
Matrix drawRows(const Matrix& data, Index count, Rng& rng) {
    Matrix rows(count, data.cols());
    for (Index r = 0; r < count; ++r)
        rows.row(r) = data.row(static_cast<Index>(rng.below(static_cast<std::uint64_t>(data.rows()))));
    return rows;
}

/// The nearest centre of x (the first on ties) and its squared distance; `dists` is scratch space.
std::pair<int, double> nearest(const CentrePanel& panel, const double* x, std::vector<double>& dists) {
    dists.resize(static_cast<std::size_t>(panel.padded()));
    panel.distances(x, dists.data());
    const auto best = std::min_element(dists.begin(), dists.begin() + panel.count());
    return {static_cast<int>(best - dists.begin()), *best};
}

double inertiaOf(const Matrix& rows, const Matrix& centres) {
    CentrePanel panel(rows.cols());
    panel.set(centres);
    std::vector<double> dists;
    double sum = 0.0;
    for (Index r = 0; r < rows.rows(); ++r)
        sum += nearest(panel, rows.data() + r * rows.cols(), dists).second;
    return sum;
}

/// The best of `inits` k-means++ initialisations, each seeded on its own random subset and scored on a
/// shared validation subset, as scikit-learn's MiniBatchKMeans.
Matrix initialCentres(const Matrix& data, int k, int inits, Index subsetSize, Rng& rng,
                      const TaskControl& control) {
    const Matrix validation = drawRows(data, subsetSize, rng);
    Matrix best;
    double bestInertia = std::numeric_limits<double>::infinity();
    for (int i = 0; i < inits; ++i) {
        const Matrix subset = drawRows(data, subsetSize, rng);
        Matrix centres = kmeansPlusPlus(subset, k, rng, 1, control);
        const double inertia = inertiaOf(validation, centres);
        if (inertia < bestInertia) {
            bestInertia = inertia;
            best = std::move(centres);
        }
    }
    return best;
}

/// Labels every row with its nearest centre, replaces the centres by their segments' means (an empty
/// segment keeps its centre) and fills labels, sizes, centroids and inertia. Blocks are reduced in order.
void labelAll(const Matrix& data, Matrix centres, int threads, const TaskControl& control,
              KMeansResult& result) {
    const Index k = centres.rows();
    const Index d = data.cols();
    const std::vector<BlockRange> blocks = makeBlocks(data.rows(), kLabelBlock);
    CentrePanel panel(d);
    panel.set(centres);
    result.labels.assign(static_cast<std::size_t>(data.rows()), 0);
    std::vector<Matrix> sums(blocks.size(), Matrix::Zero(k, d));
    std::vector<std::vector<Index>> counts(blocks.size(), std::vector<Index>(static_cast<std::size_t>(k), 0));
    parallelFor(blocks.size(), threads, [&](std::size_t b) {
        control.checkCancelled();
        std::vector<double> dists;
        for (Index i = blocks[b].begin; i < blocks[b].end; ++i) {
            const int label = nearest(panel, data.data() + i * d, dists).first;
            result.labels[static_cast<std::size_t>(i)] = label;
            sums[b].row(label) += data.row(i);
            ++counts[b][static_cast<std::size_t>(label)];
        }
    });
    Matrix total = Matrix::Zero(k, d);
    result.sizes.assign(static_cast<std::size_t>(k), 0);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        total += sums[b];
        for (Index c = 0; c < k; ++c)
            result.sizes[static_cast<std::size_t>(c)] += counts[b][static_cast<std::size_t>(c)];
    }
    for (Index c = 0; c < k; ++c)
        if (result.sizes[static_cast<std::size_t>(c)] > 0)
            centres.row(c) = total.row(c) / static_cast<double>(result.sizes[static_cast<std::size_t>(c)]);

    std::vector<double> partial(blocks.size(), 0.0);
    parallelFor(blocks.size(), threads, [&](std::size_t b) {
        control.checkCancelled();
        for (Index i = blocks[b].begin; i < blocks[b].end; ++i)
            partial[b] +=
                (data.row(i) - centres.row(result.labels[static_cast<std::size_t>(i)])).squaredNorm();
    });
    result.inertia = 0.0;
    for (const double p : partial)
        result.inertia += p;
    result.centroids = std::move(centres);
}

} // namespace

KMeansResult miniBatchKMeans(const Matrix& data, const KMeansOptions& options,
                             const MiniBatchOptions& miniBatch, const TaskControl& control) {
    checkKMeansInput(data, options);
    if (miniBatch.batchSize < 1 || miniBatch.maxNoImprovement < 1 || miniBatch.maxInits < 1)
        throw DataError(
            Text::tr("Mini-batch K-Means needs a batch of at least one row, at least one step "
                     "without improvement and at least one initialisation, but got %1, %2 and %3.")
                .arg(miniBatch.batchSize)
                .arg(miniBatch.maxNoImprovement)
                .arg(miniBatch.maxInits));
    const Index n = data.rows();
    const int k = options.k;
    Rng rng(options.seed);
    const Index subsetSize = std::min(n, std::max<Index>(3 * miniBatch.batchSize, 3 * k));
    Matrix centres =
        initialCentres(data, k, std::min(options.nInit, miniBatch.maxInits), subsetSize, rng, control);

    CentrePanel panel(data.cols());
    std::vector<double> seen(static_cast<std::size_t>(k), 0.0);
    Matrix sums(k, data.cols());
    std::vector<Index> counts(static_cast<std::size_t>(k));
    std::vector<double> dists;
    const long long steps = std::max(1LL, static_cast<long long>(options.maxIter) * n / miniBatch.batchSize);
    // scikit-learn's smoothing of the batch inertia: a weight of 2 / (passes' worth of batches + 1).
    const double alpha =
        std::min(1.0, 2.0 * static_cast<double>(miniBatch.batchSize) / static_cast<double>(n + 1));
    double smoothed = 0.0;
    double bestSmoothed = std::numeric_limits<double>::infinity();
    int withoutImprovement = 0;
    KMeansResult result;
    for (long long step = 0; step < steps; ++step) {
        if (step % kStepsPerCheck == 0) {
            control.checkCancelled();
            control.report(static_cast<double>(step) / static_cast<double>(steps),
                           Text::tr("K = %1, mini-batch step %2").arg(k).arg(step + 1));
        }
        panel.set(centres);
        sums.setZero();
        std::fill(counts.begin(), counts.end(), Index{0});
        double batchInertia = 0.0;
        for (Index b = 0; b < miniBatch.batchSize; ++b) {
            const Index row = static_cast<Index>(rng.below(static_cast<std::uint64_t>(n)));
            const auto [label, dist] = nearest(panel, data.data() + row * data.cols(), dists);
            sums.row(label) += data.row(row);
            ++counts[static_cast<std::size_t>(label)];
            batchInertia += dist;
        }
        for (Index c = 0; c < k; ++c) {
            const auto count = static_cast<double>(counts[static_cast<std::size_t>(c)]);
            if (count == 0.0)
                continue;
            double& rows = seen[static_cast<std::size_t>(c)];
            rows += count;
            centres.row(c) += (sums.row(c) - count * centres.row(c)) / rows;
        }
        ++result.iterations;
        batchInertia /= static_cast<double>(miniBatch.batchSize);
        smoothed = step == 0 ? batchInertia : smoothed * (1.0 - alpha) + batchInertia * alpha;
        if (smoothed < bestSmoothed) {
            bestSmoothed = smoothed;
            withoutImprovement = 0;
        } else if (++withoutImprovement >= miniBatch.maxNoImprovement) {
            result.converged = true;
            break;
        }
    }
    labelAll(data, std::move(centres), options.threads, control, result);
    result.initInertias = {result.inertia};
    control.report(1.0, Text::tr("K = %1, done").arg(k));
    if (options.orderSegments)
        orderSegments(result);
    return result;
}

} // namespace segmenta
