#include "core/Metrics.h"

#include "core/Error.h"
#include "core/Parallel.h"
#include "core/Random.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace segmenta {

namespace {

/// Rows of the other points gathered (transposed) per step of the silhouette kernel: 512 × d doubles stay
/// in L1/L2 cache while a whole row block is compared against them.
constexpr Index kChunkRows = 512;
/// Chunk rows whose distances are accumulated together in registers.
constexpr int kTile = 8;
static_assert(kChunkRows % kTile == 0, "chunks must consist of whole tiles");
/// Row blocks handed to parallelFor between two progress reports.
constexpr std::size_t kBlocksPerBatch = 32;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::Metrics)
};

/// Cluster sizes, after checking that labels and data fit together.
std::vector<Index> clusterSizes(const Matrix& data, const Labels& labels, int k) {
    if (k < 1)
        throw DataError(Text::tr("The number of clusters must be positive, not %1.").arg(k));
    if (static_cast<Index>(labels.size()) != data.rows())
        throw DataError(
            Text::tr("There are %1 cluster labels for %2 rows; every row needs exactly one label.")
                .arg(labels.size())
                .arg(data.rows()));
    std::vector<Index> sizes(static_cast<std::size_t>(k), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || labels[i] >= k)
            throw DataError(
                Text::tr("Row %1 has cluster label %2, but labels must lie between 0 and %3 for %4 "
                         "clusters. Re-run the clustering or correct the labels.")
                    .arg(i + 1)
                    .arg(labels[i])
                    .arg(k - 1)
                    .arg(k));
        ++sizes[static_cast<std::size_t>(labels[i])];
    }
    for (Index r = 0; r < data.rows(); ++r)
        for (Index c = 0; c < data.cols(); ++c)
            if (!std::isfinite(data(r, c)))
                throw DataError(
                    Text::tr("The value in row %1, column %2 is missing or not a finite number. Impute "
                             "or drop missing values before computing cluster quality.")
                        .arg(r + 1)
                        .arg(c + 1));
    return sizes;
}

/// scikit-learn's check_number_of_labels: between 2 and rows − 1 clusters must actually be used.
void requireClusterCount(const std::vector<Index>& sizes, Index rows) {
    const auto used = std::count_if(sizes.begin(), sizes.end(), [](Index s) { return s > 0; });
    if (used < 2 || used > rows - 1)
        throw DataError(
            Text::tr("The labels form %n clusters over %1 rows, but cluster quality needs between 2 "
                     "and %2 clusters (at most one less than the rows). Choose a different number of "
                     "clusters.",
                     nullptr, int(used))
                .arg(rows)
                .arg(rows - 1));
}

std::vector<Index> validated(const Matrix& data, const Labels& labels, int k) {
    std::vector<Index> sizes = clusterSizes(data, labels, k);
    requireClusterCount(sizes, data.rows());
    return sizes;
}

/// Sum over row blocks of partialOf(block), reduced in block order: bit-identical for any thread count.
template <typename Partial, typename PartialFn>
Partial reduceBlocks(Index rows, Partial total, const PartialFn& partialOf) {
    const auto blocks = makeBlocks(rows);
    std::vector<Partial> partials(blocks.size(), total);
    parallelFor(blocks.size(), 0, [&](std::size_t b) { partials[b] = partialOf(blocks[b]); });
    for (const Partial& partial : partials)
        total += partial;
    return total;
}

/// Cluster centroids (k × d); rows of unused clusters stay 0.
Matrix centroidsOf(const Matrix& data, const Labels& labels, const std::vector<Index>& sizes) {
    const auto k = static_cast<Index>(sizes.size());
    Matrix sums =
        reduceBlocks(data.rows(), Matrix(Matrix::Zero(k, data.cols())), [&](const BlockRange& block) {
            Matrix partial = Matrix::Zero(k, data.cols());
            for (Index i = block.begin; i < block.end; ++i)
                partial.row(labels[static_cast<std::size_t>(i)]) += data.row(i);
            return partial;
        });
    for (Index c = 0; c < k; ++c)
        if (sizes[static_cast<std::size_t>(c)] > 0)
            sums.row(c) /= static_cast<double>(sizes[static_cast<std::size_t>(c)]);
    return sums;
}

/// The rows a silhouette is computed over (all rows, or a sample) with their labels, and the same positions
/// grouped by cluster so that streamed chunks consist of runs of one cluster each.
class SilhouetteInput {
public:
    SilhouetteInput(std::vector<Index> rows, const Labels& labels, int k)
        : m_rows(std::move(rows))
        , m_sizes(static_cast<std::size_t>(k), 0)
        , m_starts(static_cast<std::size_t>(k) + 1, 0) {
        m_labels.reserve(m_rows.size());
        for (Index row : m_rows) {
            m_labels.push_back(labels[static_cast<std::size_t>(row)]);
            ++m_sizes[static_cast<std::size_t>(m_labels.back())];
        }
        std::partial_sum(m_sizes.begin(), m_sizes.end(), m_starts.begin() + 1);
        m_grouped.resize(m_rows.size());
        std::vector<Index> next(m_starts.begin(), m_starts.end() - 1);
        for (std::size_t p = 0; p < m_rows.size(); ++p)
            m_grouped[static_cast<std::size_t>(next[static_cast<std::size_t>(m_labels[p])]++)] = m_rows[p];
    }

    Index size() const { return static_cast<Index>(m_rows.size()); }
    int clusters() const { return static_cast<int>(m_sizes.size()); }
    Index row(Index p) const { return m_rows[static_cast<std::size_t>(p)]; }
    int label(Index p) const { return m_labels[static_cast<std::size_t>(p)]; }
    Index clusterSize(int c) const { return m_sizes[static_cast<std::size_t>(c)]; }
    const std::vector<Index>& sizes() const { return m_sizes; }
    /// Data row at position p of the cluster-grouped order.
    Index groupedRow(Index p) const { return m_grouped[static_cast<std::size_t>(p)]; }
    /// Grouped positions [start(c), start(c + 1)) belong to cluster c.
    Index start(int c) const { return m_starts[static_cast<std::size_t>(c)]; }

private:
    std::vector<Index> m_rows;
    Labels m_labels;
    std::vector<Index> m_sizes;
    std::vector<Index> m_starts;
    std::vector<Index> m_grouped;
};

/// One run of a single cluster inside a streamed chunk.
struct Run {
    int cluster;
    Index begin;
    Index end;
};

/// Euclidean distances from x to the first `len` rows of the transposed chunk (rounded up to whole tiles), by
/// tiles whose partial sums stay in registers across the feature loop (same summation order as a plain loop).
void distances(const Eigen::MatrixXd& chunk, const Eigen::Ref<const Eigen::RowVectorXd>& x, Index len,
               Eigen::ArrayXd& dist) {
    using Tile = Eigen::Array<double, kTile, 1>;
    for (Index j0 = 0; j0 < len; j0 += kTile) {
        Tile tile = Tile::Zero();
        for (Index c = 0; c < chunk.cols(); ++c)
            tile += (Tile::Map(chunk.col(c).data() + j0) - x(c)).square();
        Tile::Map(dist.data() + j0) = tile.sqrt();
    }
}

/// Sums of distances from the rows of `block` (positions in `input`) to every cluster: block rows × k.
/// The other rows are streamed in chunks, transposed so the distance loop vectorises over them.
Matrix clusterDistanceSums(const Matrix& data, const SilhouetteInput& input, const BlockRange& block,
                           const TaskControl& control) {
    const Index d = data.cols();
    Matrix sums = Matrix::Zero(block.end - block.begin, input.clusters());
    // Initialised so that the rows past a short chunk, computed with the last tile but never summed, are
    // finite.
    Eigen::MatrixXd chunk = Eigen::MatrixXd::Zero(kChunkRows, d);
    Eigen::ArrayXd dist(kChunkRows);
    std::vector<Run> runs;
    for (const BlockRange& part : makeBlocks(input.size(), kChunkRows)) {
        control.checkCancelled();
        const Index len = part.end - part.begin;
        for (Index j = 0; j < len; ++j)
            chunk.row(j) = data.row(input.groupedRow(part.begin + j));
        runs.clear();
        for (int c = 0; c < input.clusters(); ++c) {
            const Index begin = std::max(input.start(c), part.begin);
            const Index end = std::min(input.start(c + 1), part.end);
            if (begin < end)
                runs.push_back({c, begin - part.begin, end - part.begin});
        }
        for (Index p = block.begin; p < block.end; ++p) {
            const auto x = data.row(input.row(p));
            distances(chunk, x, len, dist);
            const auto acc = dist.head(len);
            for (const Run& run : runs)
                sums(p - block.begin, run.cluster) += acc.segment(run.begin, run.end - run.begin).sum();
        }
    }
    return sums;
}

/// s = (b − a) / max(a, b) from one row's distance sums; 0 for a row alone in its cluster or when a = b = 0.
double silhouetteOf(const SilhouetteInput& input, int own, const auto& sums) {
    const Index ownSize = input.clusterSize(own);
    if (ownSize < 2)
        return 0.0;
    const double a = sums(own) / static_cast<double>(ownSize - 1);
    double b = std::numeric_limits<double>::infinity();
    for (int c = 0; c < input.clusters(); ++c)
        if (c != own && input.clusterSize(c) > 0)
            b = std::min(b, sums(c) / static_cast<double>(input.clusterSize(c)));
    const double scale = std::max(a, b);
    return scale > 0.0 ? (b - a) / scale : 0.0;
}

Vector silhouetteOver(const Matrix& data, const SilhouetteInput& input, int threads,
                      const TaskControl& control) {
    Vector result(input.size());
    const auto blocks = makeBlocks(input.size());
    const QString stage = Text::tr("Silhouette");
    for (std::size_t first = 0; first < blocks.size(); first += kBlocksPerBatch) {
        const std::size_t count = std::min(kBlocksPerBatch, blocks.size() - first);
        parallelFor(count, threads, [&](std::size_t i) {
            const BlockRange& block = blocks[first + i];
            const Matrix sums = clusterDistanceSums(data, input, block, control);
            for (Index p = block.begin; p < block.end; ++p)
                result(p) = silhouetteOf(input, input.label(p), sums.row(p - block.begin));
        });
        control.report(static_cast<double>(first + count) / static_cast<double>(blocks.size()), stage);
    }
    return result;
}

std::vector<Index> allRows(Index n) {
    std::vector<Index> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), Index{0});
    return rows;
}

/// `size` distinct rows drawn uniformly by a partial Fisher–Yates shuffle.
std::vector<Index> sampleRows(Index n, Index size, std::uint64_t seed) {
    std::vector<Index> rows = allRows(n);
    Rng rng(seed);
    for (Index i = 0; i < size; ++i) {
        const auto j = i + static_cast<Index>(rng.below(static_cast<std::uint64_t>(n - i)));
        std::swap(rows[static_cast<std::size_t>(i)], rows[static_cast<std::size_t>(j)]);
    }
    rows.resize(static_cast<std::size_t>(size));
    return rows;
}

bool useSample(const SilhouetteOptions& options, Index rows) {
    switch (options.mode) {
    case SilhouetteMode::Exact:
        return false;
    case SilhouetteMode::Sampled:
        return options.sampleSize < rows;
    case SilhouetteMode::Auto:
        return rows > options.autoExactLimit && options.sampleSize < rows;
    }
    return false;
}

} // namespace

double inertia(const Matrix& data, const Labels& labels, const Matrix& centroids) {
    clusterSizes(data, labels, static_cast<int>(centroids.rows()));
    if (centroids.cols() != data.cols())
        throw DataError(Text::tr("The centroids have %1 columns but the data has %2; use the centroids of a "
                                 "clustering of these columns.")
                            .arg(centroids.cols())
                            .arg(data.cols()));
    return reduceBlocks(data.rows(), 0.0, [&](const BlockRange& block) {
        double sum = 0.0;
        for (Index i = block.begin; i < block.end; ++i)
            sum += (data.row(i) - centroids.row(labels[static_cast<std::size_t>(i)])).squaredNorm();
        return sum;
    });
}

Vector silhouetteSamples(const Matrix& data, const Labels& labels, int k, int threads,
                         const TaskControl& control) {
    validated(data, labels, k);
    return silhouetteOver(data, SilhouetteInput(allRows(data.rows()), labels, k), threads, control);
}

SilhouetteScore silhouetteScore(const Matrix& data, const Labels& labels, int k,
                                const SilhouetteOptions& options, const TaskControl& control) {
    if (options.mode != SilhouetteMode::Exact && options.sampleSize < 2)
        throw DataError(
            Text::tr("The silhouette sample size must be at least 2, not %1.").arg(options.sampleSize));
    SilhouetteScore score;
    if (!useSample(options, data.rows())) {
        score.mean = silhouetteSamples(data, labels, k, options.threads, control).mean();
        score.sampleSize = data.rows();
        return score;
    }
    requireClusterCount(clusterSizes(data, labels, k), data.rows());
    const SilhouetteInput input(sampleRows(data.rows(), options.sampleSize, options.seed), labels, k);
    score.sampled = true;
    score.sampleSize = input.size();
    score.seed = options.seed;
    // A sample that holds one segment (a small one missed) or only singletons leaves the silhouette
    // undefined; the clustering itself is valid, so the score is NaN rather than an error.
    const auto sampledClusters =
        std::count_if(input.sizes().begin(), input.sizes().end(), [](Index s) { return s > 0; });
    score.mean = sampledClusters < 2 || sampledClusters > input.size() - 1
                     ? std::numeric_limits<double>::quiet_NaN()
                     : silhouetteOver(data, input, options.threads, control).mean();
    return score;
}

double calinskiHarabasz(const Matrix& data, const Labels& labels, int k) {
    const std::vector<Index> sizes = validated(data, labels, k);
    const Matrix centroids = centroidsOf(data, labels, sizes);
    const Eigen::RowVectorXd mean = data.colwise().mean();
    double between = 0.0;
    Index used = 0;
    for (Index c = 0; c < k; ++c) {
        const auto size = static_cast<double>(sizes[static_cast<std::size_t>(c)]);
        if (size > 0) {
            between += size * (centroids.row(c) - mean).squaredNorm();
            ++used;
        }
    }
    const double within = inertia(data, labels, centroids);
    if (within == 0.0)
        return 1.0;
    return between * static_cast<double>(data.rows() - used) / (within * static_cast<double>(used - 1));
}

double daviesBouldin(const Matrix& data, const Labels& labels, int k) {
    const std::vector<Index> sizes = validated(data, labels, k);
    const Matrix centroids = centroidsOf(data, labels, sizes);
    Vector scatter = reduceBlocks(data.rows(), Vector(Vector::Zero(k)), [&](const BlockRange& block) {
        Vector partial = Vector::Zero(k);
        for (Index i = block.begin; i < block.end; ++i) {
            const int c = labels[static_cast<std::size_t>(i)];
            partial(c) += (data.row(i) - centroids.row(c)).norm();
        }
        return partial;
    });
    std::vector<int> used;
    for (int c = 0; c < k; ++c)
        if (sizes[static_cast<std::size_t>(c)] > 0) {
            scatter(c) /= static_cast<double>(sizes[static_cast<std::size_t>(c)]);
            used.push_back(c);
        }

    // np.allclose(x, 0) in scikit-learn: every value within 1e-8 of 0.
    constexpr double kZero = 1e-8;
    const auto nearZero = [&](double v) { return std::abs(v) <= kZero; };
    bool scattersZero = true;
    bool separationsZero = true;
    Matrix separation(used.size(), used.size());
    for (std::size_t i = 0; i < used.size(); ++i) {
        scattersZero = scattersZero && nearZero(scatter(used[i]));
        for (std::size_t j = 0; j < used.size(); ++j) {
            separation(i, j) = (centroids.row(used[i]) - centroids.row(used[j])).norm();
            separationsZero = separationsZero && nearZero(separation(i, j));
        }
    }
    if (scattersZero || separationsZero)
        return 0.0;

    double total = 0.0;
    for (std::size_t i = 0; i < used.size(); ++i) {
        double worst = 0.0;
        for (std::size_t j = 0; j < used.size(); ++j)
            if (separation(i, j) != 0.0)
                worst = std::max(worst, (scatter(used[i]) + scatter(used[j])) / separation(i, j));
        total += worst;
    }
    return total / static_cast<double>(used.size());
}

} // namespace segmenta
