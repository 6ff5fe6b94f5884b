#include "core/KMeans.h"

#include "core/CentrePanel.h"
#include "core/Error.h"
#include "core/Parallel.h"
#include "core/Random.h"
#include "core/SegmentOrder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>

namespace segmenta {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
/// Upper limit on the blocks of one kernel, so per-block partial sums stay small at 1M rows.
constexpr Index kMaxBlocks = 1024;
/// Hamerly skips a row only when its bounds are apart by more than this fraction of the data's scale.
/// Rounding in the bounds stays many orders below it, so skipping never changes a label.
constexpr double kBoundSafety = 1e-9;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::KMeans)
};

const double* rowPtr(const Matrix& m, Index r) {
    return m.data() + r * m.cols();
}

double squaredDistance(const double* a, const double* b, Index d) {
    double sum = 0.0;
    for (Index j = 0; j < d; ++j) {
        const double t = a[j] - b[j];
        sum += t * t;
    }
    return sum;
}

// Block boundaries depend on the row count only, so results do not depend on the thread count.
std::vector<BlockRange> kernelBlocks(Index rows) {
    const Index perBlock = (rows + kMaxBlocks - 1) / kMaxBlocks;
    return makeBlocks(rows, std::max(kRowBlock, (perBlock + kRowBlock - 1) / kRowBlock * kRowBlock));
}

void checkClusterCount(const Matrix& data, Index k) {
    if (k < 1)
        throw DataError(
            Text::tr("K-Means needs at least one segment, but K = %1 was asked for. Choose K of 1 or more.")
                .arg(k));
    if (k > data.rows())
        throw DataError(Text::tr("K = %1 segments were asked for, but the data has only %2 rows. "
                                 "Choose K of at most %2.")
                            .arg(k)
                            .arg(data.rows()));
}

void checkFinite(const Matrix& m, const char* what) {
    if (m.allFinite())
        return;
    for (Index r = 0; r < m.rows(); ++r)
        for (Index c = 0; c < m.cols(); ++c)
            if (!std::isfinite(m(r, c)))
                throw DataError(
                    Text::tr("%1: the value in row %2, column %3 is missing or not a finite number (%4). "
                             "Impute or drop missing values before running K-Means.")
                        .arg(Text::tr(what))
                        .arg(r + 1)
                        .arg(c + 1)
                        .arg(m(r, c)));
}

void checkIterationSettings(const KMeansOptions& options) {
    if (options.maxIter < 1 || options.nInit < 1)
        throw DataError(
            Text::tr("K-Means needs at least one restart and one iteration, but %1 restarts and %2 "
                     "iterations were asked for. Use positive values.")
                .arg(options.nInit)
                .arg(options.maxIter));
    if (!(options.tol >= 0.0))
        throw DataError(Text::tr("The K-Means tolerance must be 0 or positive, not %1.").arg(options.tol));
}

Index countDistinctRows(const Matrix& data) {
    std::vector<Index> order(static_cast<std::size_t>(data.rows()));
    std::iota(order.begin(), order.end(), Index{0});
    const Index d = data.cols();
    const auto less = [&](Index a, Index b) {
        return std::lexicographical_compare(rowPtr(data, a), rowPtr(data, a) + d, rowPtr(data, b),
                                            rowPtr(data, b) + d);
    };
    std::sort(order.begin(), order.end(), less);
    const auto same = [&](Index a, Index b) { return !less(a, b) && !less(b, a); };
    return static_cast<Index>(std::unique(order.begin(), order.end(), same) - order.begin());
}

[[noreturn]] void throwTooFewDistinct(const Matrix& data, int k) {
    throw DataError(Text::tr("K = %1 segments were asked for, but the data has only %2 distinct rows. "
                             "Choose a smaller K (at most %2).")
                        .arg(k)
                        .arg(countDistinctRows(data)));
}

/// Column means, sklearn's absolute tolerance (tol × mean population variance) and the largest row norm.
struct DataSummary {
    Eigen::RowVectorXd mean;
    double tolerance = 0.0;
    double maxNorm = 0.0;
};

DataSummary summarise(const Matrix& data, double tol) {
    DataSummary s;
    s.mean = data.colwise().mean();
    const double variance = (data.rowwise() - s.mean).colwise().squaredNorm().sum() /
                            static_cast<double>(data.rows() * data.cols());
    s.tolerance = tol * variance;
    s.maxNorm = data.rowwise().norm().maxCoeff();
    return s;
}

// Index of the row hit by D² sampling at cumulative weight `target`: the first row whose cumulative weight
// exceeds it, so rows already at distance 0 (chosen centres and their duplicates) are never drawn.
Index sampleRow(const std::vector<double>& blockPrefix, const std::vector<double>& closest,
                const std::vector<BlockRange>& blocks, double target) {
    auto it = std::upper_bound(blockPrefix.begin() + 1, blockPrefix.end(), target);
    if (it == blockPrefix.end()) // target rounded up to the total: take the last block with weight
        it = std::find_if(blockPrefix.begin() + 1, blockPrefix.end(),
                          [&](double v) { return v >= blockPrefix.back(); });
    const auto b = static_cast<std::size_t>(it - blockPrefix.begin() - 1);
    double running = blockPrefix[b];
    Index lastPositive = blocks[b].begin;
    for (Index i = blocks[b].begin; i < blocks[b].end; ++i) {
        running += closest[i];
        if (closest[i] > 0.0)
            lastPositive = i;
        if (running > target && closest[i] > 0.0)
            return i;
    }
    return lastPositive;
}

/// Labels, Hamerly bounds and per-block partial sums of one Lloyd run.
class LloydState {
public:
    LloydState(const Matrix& data, Index k, double margin, int threads, const TaskControl& control);

    /// Assigns every row to its nearest centre, exactly as a full scan would. With `accumulate`, also
    /// sums rows per cluster into sums()/counts(). Returns the number of labels that changed.
    Index assign(const Matrix& centres, bool accumulate);
    /// Moves the farthest rows into empty clusters, as scikit-learn's _relocate_empty_clusters_dense.
    void relocateEmpty(const Matrix& oldCentres);
    /// The next centres from sums()/counts(); clusters left empty go to the data mean, as in scikit-learn.
    Matrix averages(const Eigen::RowVectorXd& mean) const;
    /// Records how far each centre moved, for the bounds; returns the summed squared shift.
    double recordShift(const Matrix& oldCentres, const Matrix& newCentres);
    /// Sum of squared distances to the labelled centres, reduced in block order.
    double inertia(const Matrix& centres) const;

    const Labels& labels() const { return m_labels; }
    Labels takeLabels() { return std::move(m_labels); }

private:
    struct Partial {
        std::vector<double> sums;
        std::vector<Index> counts;
        Index changed = 0;
        bool current = false; ///< sums and counts belong to the block's present labels
    };

    void prepareHalfGaps(const Matrix& centres);
    void assignBlock(const BlockRange& block, Partial& partial, const Matrix& centres, bool accumulate);
    int nearestByBounds(Index i, const double* x, const Matrix& centres);
    int fullScan(Index i, const double* x);
    template <typename Fn> void forBlocks(Fn&& fn) const;

    const Matrix& m_data;
    Index m_k;
    Index m_d;
    double m_margin;
    int m_threads;
    const TaskControl& m_control;
    std::vector<BlockRange> m_blocks;
    Labels m_labels;
    std::vector<double> m_upper;
    std::vector<double> m_lower;
    std::vector<double> m_halfGap;
    std::vector<double> m_shift;
    double m_maxShift = 0.0;
    double m_secondShift = 0.0;
    int m_maxShiftCluster = -1;
    std::vector<Partial> m_partials;
    CentrePanel m_panel;
    Matrix m_sums;
    std::vector<Index> m_counts;
};

LloydState::LloydState(const Matrix& data, Index k, double margin, int threads, const TaskControl& control)
    : m_data(data)
    , m_k(k)
    , m_d(data.cols())
    , m_margin(margin)
    , m_threads(threads)
    , m_control(control)
    , m_blocks(kernelBlocks(data.rows()))
    , m_labels(static_cast<std::size_t>(data.rows()), -1)
    , m_upper(static_cast<std::size_t>(data.rows()), kInfinity)
    , m_lower(static_cast<std::size_t>(data.rows()), 0.0)
    , m_halfGap(static_cast<std::size_t>(k))
    , m_shift(static_cast<std::size_t>(k), 0.0)
    , m_partials(m_blocks.size())
    , m_panel(data.cols())
    , m_sums(k, data.cols())
    , m_counts(static_cast<std::size_t>(k)) {
    for (Partial& p : m_partials) {
        p.sums.resize(static_cast<std::size_t>(k * m_d));
        p.counts.resize(static_cast<std::size_t>(k));
    }
}

template <typename Fn> void LloydState::forBlocks(Fn&& fn) const {
    parallelFor(m_blocks.size(), m_threads, [&](std::size_t b) {
        m_control.checkCancelled();
        fn(b, m_blocks[b]);
    });
}

void LloydState::prepareHalfGaps(const Matrix& centres) {
    std::fill(m_halfGap.begin(), m_halfGap.end(), kInfinity);
    for (Index a = 0; a < m_k; ++a)
        for (Index b = a + 1; b < m_k; ++b) {
            const double half = 0.5 * std::sqrt(squaredDistance(rowPtr(centres, a), rowPtr(centres, b), m_d));
            m_halfGap[a] = std::min(m_halfGap[a], half);
            m_halfGap[b] = std::min(m_halfGap[b], half);
        }
}

Index LloydState::assign(const Matrix& centres, bool accumulate) {
    prepareHalfGaps(centres);
    m_panel.set(centres);
    forBlocks([&](std::size_t b, const BlockRange& block) {
        assignBlock(block, m_partials[b], centres, accumulate);
    });
    std::fill(m_shift.begin(), m_shift.end(), 0.0);
    m_maxShift = m_secondShift = 0.0;
    m_maxShiftCluster = -1;

    Index changed = 0;
    if (accumulate) {
        m_sums.setZero();
        std::fill(m_counts.begin(), m_counts.end(), Index{0});
    }
    for (const Partial& p : m_partials) {
        changed += p.changed;
        if (!accumulate)
            continue;
        m_sums += Eigen::Map<const Matrix>(p.sums.data(), m_k, m_d);
        for (Index c = 0; c < m_k; ++c)
            m_counts[c] += p.counts[c];
    }
    return changed;
}

void LloydState::assignBlock(const BlockRange& block, Partial& partial, const Matrix& centres,
                             bool accumulate) {
    partial.changed = 0;
    for (Index i = block.begin; i < block.end; ++i) {
        const int old = m_labels[i];
        const int label =
            old < 0 ? fullScan(i, rowPtr(m_data, i)) : nearestByBounds(i, rowPtr(m_data, i), centres);
        if (label != old) {
            m_labels[i] = label;
            ++partial.changed;
        }
    }
    if (partial.changed > 0)
        partial.current = false;
    if (!accumulate || partial.current)
        return; // no label of the block changed: its sums are those of the last pass
    // Fresh sums of the block, so that they never depend on the history of the labels.
    std::fill(partial.sums.begin(), partial.sums.end(), 0.0);
    std::fill(partial.counts.begin(), partial.counts.end(), Index{0});
    for (Index i = block.begin; i < block.end; ++i) {
        const double* x = rowPtr(m_data, i);
        const int label = m_labels[i];
        double* sum = partial.sums.data() + label * m_d;
        for (Index j = 0; j < m_d; ++j)
            sum[j] += x[j];
        ++partial.counts[label];
    }
    partial.current = true;
}

int LloydState::nearestByBounds(Index i, const double* x, const Matrix& centres) {
    const int a = m_labels[i];
    double& upper = m_upper[i];
    double& lower = m_lower[i];
    upper += m_shift[a];
    lower -= a == m_maxShiftCluster ? m_secondShift : m_maxShift;
    const double bound = std::max(m_halfGap[a], lower) - m_margin;
    if (upper < bound)
        return a;
    upper = std::sqrt(squaredDistance(x, rowPtr(centres, a), m_d));
    if (upper < bound)
        return a;
    return fullScan(i, x);
}

// The reference the bounds must reproduce: the first centre at the smallest squared distance.
int LloydState::fullScan(Index i, const double* x) {
    constexpr Index kMaxOnStack = 64;
    double onStack[kMaxOnStack];
    std::vector<double> onHeap;
    double* dists = onStack;
    if (m_panel.padded() > kMaxOnStack) {
        onHeap.resize(static_cast<std::size_t>(m_panel.padded()));
        dists = onHeap.data();
    }
    m_panel.distances(x, dists);
    double best = kInfinity;
    double second = kInfinity;
    int label = 0;
    for (Index c = 0; c < m_k; ++c) {
        const double dist = dists[c];
        if (dist < best) {
            second = best;
            best = dist;
            label = static_cast<int>(c);
        } else if (dist < second) {
            second = dist;
        }
    }
    m_upper[i] = std::sqrt(best);
    m_lower[i] = std::sqrt(second);
    return label;
}

void LloydState::relocateEmpty(const Matrix& oldCentres) {
    std::vector<int> empty;
    for (Index c = 0; c < m_k; ++c)
        if (m_counts[c] == 0)
            empty.push_back(static_cast<int>(c));
    if (empty.empty())
        return;

    std::vector<double> distance(m_labels.size());
    forBlocks([&](std::size_t, const BlockRange& block) {
        for (Index i = block.begin; i < block.end; ++i)
            distance[i] = squaredDistance(rowPtr(m_data, i), rowPtr(oldCentres, m_labels[i]), m_d);
    });
    if (*std::max_element(distance.begin(), distance.end()) == 0.0)
        return; // more clusters than distinct rows: nothing to move

    std::vector<Index> far(m_labels.size());
    std::iota(far.begin(), far.end(), Index{0});
    const auto farther = [&](Index a, Index b) {
        return distance[a] > distance[b] || (distance[a] == distance[b] && a < b);
    };
    std::partial_sort(far.begin(), far.begin() + static_cast<std::ptrdiff_t>(empty.size()), far.end(),
                      farther);
    for (std::size_t e = 0; e < empty.size(); ++e) {
        const Index row = far[e];
        const int from = m_labels[row];
        m_sums.row(from) -= m_data.row(row);
        m_sums.row(empty[e]) = m_data.row(row);
        --m_counts[from];
        m_counts[empty[e]] = 1;
    }
}

Matrix LloydState::averages(const Eigen::RowVectorXd& mean) const {
    Matrix centres(m_k, m_d);
    for (Index c = 0; c < m_k; ++c) {
        if (m_counts[c] > 0)
            centres.row(c) = m_sums.row(c) / static_cast<double>(m_counts[c]);
        else
            centres.row(c) = mean;
    }
    return centres;
}

double LloydState::recordShift(const Matrix& oldCentres, const Matrix& newCentres) {
    double total = 0.0;
    for (Index c = 0; c < m_k; ++c) {
        const double squared = squaredDistance(rowPtr(oldCentres, c), rowPtr(newCentres, c), m_d);
        total += squared;
        const double shift = std::sqrt(squared);
        m_shift[c] = shift;
        if (shift > m_maxShift) {
            m_secondShift = m_maxShift;
            m_maxShift = shift;
            m_maxShiftCluster = static_cast<int>(c);
        } else if (shift > m_secondShift) {
            m_secondShift = shift;
        }
    }
    return total;
}

double LloydState::inertia(const Matrix& centres) const {
    std::vector<double> partial(m_blocks.size());
    forBlocks([&](std::size_t b, const BlockRange& block) {
        double sum = 0.0;
        for (Index i = block.begin; i < block.end; ++i)
            sum += squaredDistance(rowPtr(m_data, i), rowPtr(centres, m_labels[i]), m_d);
        partial[b] = sum;
    });
    return std::accumulate(partial.begin(), partial.end(), 0.0);
}

KMeansResult runLloyd(const Matrix& data, const Matrix& initialCentres, const KMeansOptions& options,
                      const DataSummary& summary, const TaskControl& control) {
    const Index k = initialCentres.rows();
    const double scale = summary.maxNorm + initialCentres.rowwise().norm().maxCoeff();
    LloydState state(data, k, kBoundSafety * scale, options.threads, control);

    KMeansResult result;
    Matrix centres = initialCentres;
    bool strict = false;
    while (result.iterations < options.maxIter) {
        control.checkCancelled();
        ++result.iterations;
        const Index changed = state.assign(centres, true);
        state.relocateEmpty(centres);
        Matrix next = state.averages(summary.mean);
        const double shift = state.recordShift(centres, next);
        centres.swap(next);
        strict = changed == 0;
        if (strict || shift <= summary.tolerance) {
            result.converged = true;
            break;
        }
    }
    if (!strict) // labels must belong to the final centres
        state.assign(centres, false);

    result.inertia = state.inertia(centres);
    result.sizes.assign(static_cast<std::size_t>(k), 0);
    for (const int label : state.labels())
        ++result.sizes[label];
    result.labels = state.takeLabels();
    result.centroids = std::move(centres);
    return result;
}

} // namespace

Matrix kmeansPlusPlus(const Matrix& data, int k, Rng& rng, int threads, const TaskControl& control) {
    checkClusterCount(data, k);
    checkFinite(data, QT_TRANSLATE_NOOP("segmenta::KMeans", "K-Means input"));
    const Index n = data.rows();
    const Index d = data.cols();
    const int trials = 2 + static_cast<int>(std::log(k));
    const std::vector<BlockRange> blocks = kernelBlocks(n);
    const std::size_t nBlocks = blocks.size();
    const auto forBlocks = [&](auto&& fn) {
        parallelFor(nBlocks, threads, [&](std::size_t b) {
            control.checkCancelled();
            fn(b, blocks[b]);
        });
    };

    Matrix centres(k, d);
    std::vector<double> closest(static_cast<std::size_t>(n), kInfinity);
    std::vector<double> blockSums(nBlocks);
    // Lowers `closest` to the distances to centre c and refreshes the block sums.
    const auto addCentre = [&](int c, Index row) {
        centres.row(c) = data.row(row);
        forBlocks([&](std::size_t b, const BlockRange& block) {
            double sum = 0.0;
            for (Index i = block.begin; i < block.end; ++i) {
                closest[i] = std::min(closest[i], squaredDistance(rowPtr(data, i), rowPtr(centres, c), d));
                sum += closest[i];
            }
            blockSums[b] = sum;
        });
    };
    addCentre(0, static_cast<Index>(rng.below(static_cast<std::uint64_t>(n))));

    std::vector<double> prefix(nBlocks + 1);
    std::vector<Index> candidates(static_cast<std::size_t>(trials));
    std::vector<double> candidateSums(nBlocks * trials);
    CentrePanel panel(d);
    for (int c = 1; c < k; ++c) {
        control.checkCancelled();
        prefix[0] = 0.0;
        for (std::size_t b = 0; b < nBlocks; ++b)
            prefix[b + 1] = prefix[b] + blockSums[b];
        const double potential = prefix.back();
        if (!(potential > 0.0))
            throwTooFewDistinct(data, k);
        for (Index& candidate : candidates)
            candidate = sampleRow(prefix, closest, blocks, rng.uniform() * potential);

        panel.set(trials, [&](Index t) { return rowPtr(data, candidates[static_cast<std::size_t>(t)]); });
        // Every trial's potential in one pass over the rows; each lane sums its rows in order.
        forBlocks([&](std::size_t b, const BlockRange& block) {
            std::vector<double> dists(static_cast<std::size_t>(panel.padded()));
            std::vector<double> sums(dists.size(), 0.0);
            for (Index i = block.begin; i < block.end; ++i) {
                panel.distances(rowPtr(data, i), dists.data());
                for (std::size_t t = 0; t < sums.size(); ++t)
                    sums[t] += std::min(closest[i], dists[t]);
            }
            std::copy_n(sums.begin(), trials,
                        candidateSums.begin() + static_cast<std::ptrdiff_t>(b * trials));
        });
        int best = 0;
        double bestPotential = kInfinity;
        for (int t = 0; t < trials; ++t) {
            double total = 0.0;
            for (std::size_t b = 0; b < nBlocks; ++b)
                total += candidateSums[b * trials + t];
            if (total < bestPotential) {
                bestPotential = total;
                best = t;
            }
        }
        addCentre(c, candidates[best]);
    }
    return centres;
}

KMeansResult lloyd(const Matrix& data, const Matrix& initialCentres, const KMeansOptions& options,
                   const TaskControl& control) {
    checkClusterCount(data, initialCentres.rows());
    if (initialCentres.cols() != data.cols())
        throw DataError(Text::tr("The initial K-Means centres have %1 columns but the data has %2. "
                                 "Give one coordinate per data column.")
                            .arg(initialCentres.cols())
                            .arg(data.cols()));
    checkIterationSettings(options);
    checkFinite(data, QT_TRANSLATE_NOOP("segmenta::KMeans", "K-Means input"));
    checkFinite(initialCentres, QT_TRANSLATE_NOOP("segmenta::KMeans", "Initial K-Means centres"));
    return runLloyd(data, initialCentres, options, summarise(data, options.tol), control);
}

void checkKMeansInput(const Matrix& data, const KMeansOptions& options) {
    checkClusterCount(data, options.k);
    checkIterationSettings(options);
    checkFinite(data, QT_TRANSLATE_NOOP("segmenta::KMeans", "K-Means input"));
}

KMeansResult kmeans(const Matrix& data, const KMeansOptions& options, const TaskControl& control) {
    checkKMeansInput(data, options);
    const DataSummary summary = summarise(data, options.tol);

    // Restarts run side by side, one per thread, each on the threads left over: a restart's result depends
    // only on its seed and the fixed row blocks, so neither the split nor the finishing order changes it.
    const int threads = options.threads > 0 ? options.threads : defaultThreadCount();
    const int side = std::min(threads, options.nInit);
    KMeansOptions restartOptions = options;
    restartOptions.threads = std::max(1, threads / side);

    Rng master(options.seed);
    std::vector<std::uint64_t> seeds(static_cast<std::size_t>(options.nInit));
    for (std::uint64_t& seed : seeds)
        seed = master.next();
    std::mutex mutex;
    KMeansResult best;
    std::vector<double> inertias(seeds.size());
    double seeding = 0.0;
    double iterating = 0.0;
    const auto restart = [&](std::size_t r) {
        QElapsedTimer timer;
        timer.start();
        Rng rng(seeds[r]);
        const Matrix init = kmeansPlusPlus(data, options.k, rng, restartOptions.threads, control);
        const double seeded = timer.nsecsElapsed() * 1e-9;
        KMeansResult fit = runLloyd(data, init, restartOptions, summary, control);
        const std::lock_guard lock(mutex);
        seeding += seeded;
        iterating += timer.nsecsElapsed() * 1e-9 - seeded;
        inertias[r] = fit.inertia;
        // The lowest inertia wins, the earliest restart on ties, whatever order the restarts finish in.
        const auto index = static_cast<int>(r);
        if (best.labels.empty() || fit.inertia < best.inertia ||
            (fit.inertia == best.inertia && index < best.bestInit)) {
            best = std::move(fit);
            best.bestInit = index;
        }
    };
    std::size_t reported = 0;
    parallelForReporting(seeds.size(), side, restart, [&](std::size_t started, std::size_t finished) {
        for (; reported < started; ++reported)
            control.report(
                static_cast<double>(finished) / options.nInit,
                Text::tr("K = %1, restart %2 of %3").arg(options.k).arg(reported + 1).arg(options.nInit));
    });
    control.report(1.0, Text::tr("K = %1, done").arg(options.k));
    best.initInertias = std::move(inertias);
    best.seedingSeconds = seeding;
    best.lloydSeconds = iterating;
    if (options.orderSegments)
        orderSegments(best);
    return best;
}

void orderSegments(KMeansResult& result) {
    applySegmentOrder(segmentOrder(result.centroids, result.sizes), result.centroids, result.sizes,
                      result.labels);
}

} // namespace segmenta
