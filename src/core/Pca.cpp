#include "core/Pca.h"

#include "core/Error.h"
#include "core/Parallel.h"

#include <QCoreApplication>

#include <Eigen/QR>
#include <Eigen/SVD>

#include <algorithm>
#include <cmath>

namespace segmenta {

namespace {

using ColMatrix = Eigen::MatrixXd;

/// R factors combined per QR in the reduction tree of the TSQR.
constexpr std::size_t kTreeFanIn = 8;
/// Blocks handed to parallelFor between two progress reports.
constexpr std::size_t kBlocksPerBatch = 64;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::Pca)
};

void checkFinite(const Matrix& data, const char* what) {
    for (Index r = 0; r < data.rows(); ++r)
        for (Index c = 0; c < data.cols(); ++c)
            if (!std::isfinite(data(r, c)))
                throw DataError(
                    Text::tr("%1: the value in row %2, column %3 is missing or not a finite number. "
                             "Impute or drop missing values before running PCA.")
                        .arg(Text::tr(what))
                        .arg(r + 1)
                        .arg(c + 1));
}

void validate(const Matrix& data, const PcaOptions& options) {
    if (data.rows() < 2)
        throw DataError(
            Text::tr("PCA needs at least 2 rows, but the data has %1. Load more rows.").arg(data.rows()));
    if (data.cols() < 1)
        throw DataError(Text::tr("PCA needs at least one numeric column. Select feature columns first."));
    if (options.components < 0)
        throw DataError(
            Text::tr("The number of PCA components must be positive (or 0 to choose it by explained "
                     "variance), not %1.")
                .arg(options.components));
    if (options.components == 0 && !(options.varianceFraction > 0.0 && options.varianceFraction <= 1.0))
        throw DataError(
            Text::tr("The explained-variance fraction for choosing PCA components must lie in (0, 1], "
                     "not %1.")
                .arg(options.varianceFraction));
    if (options.threads < 0)
        throw DataError(
            Text::tr("The PCA thread count must be 0 (automatic) or positive, not %1.").arg(options.threads));
    checkFinite(data, QT_TRANSLATE_NOOP("segmenta::Pca", "PCA input"));
}

/// Runs fn(i) for i in [0, count) on `threads` threads, in batches so that the calling thread can report
/// progress and the workers can stop soon after a cancel.
void forEachInBatches(std::size_t count, int threads, const TaskControl& control, const QString& stage,
                      const std::function<void(std::size_t)>& fn) {
    for (std::size_t first = 0; first < count; first += kBlocksPerBatch) {
        const std::size_t size = std::min(kBlocksPerBatch, count - first);
        parallelFor(size, threads, [&](std::size_t i) {
            control.checkCancelled();
            fn(first + i);
        });
        control.report(static_cast<double>(first + size) / static_cast<double>(count), stage);
    }
}

/// The R factor of a Householder QR: min(rows, cols) × cols, upper triangular.
ColMatrix qrFactorR(const ColMatrix& a) {
    const Eigen::HouseholderQR<ColMatrix> qr(a);
    const Index rows = std::min(a.rows(), a.cols());
    return qr.matrixQR().topRows(rows).triangularView<Eigen::Upper>();
}

ColMatrix stacked(const std::vector<ColMatrix>& parts, std::size_t first, std::size_t last) {
    Index rows = 0;
    for (std::size_t i = first; i < last; ++i)
        rows += parts[i].rows();
    ColMatrix all(rows, parts[first].cols());
    Index at = 0;
    for (std::size_t i = first; i < last; ++i) {
        all.middleRows(at, parts[i].rows()) = parts[i];
        at += parts[i].rows();
    }
    return all;
}

/// R of the column-centred data by TSQR: one QR per row block, then a fixed-fan-in tree of QRs of stacked R
/// factors. The tree shape depends only on the row count, so R is the same for every thread count.
ColMatrix centredR(const Matrix& data, const Vector& mean, int threads, const TaskControl& control) {
    // Blocks of at least 8·cols rows keep the stacked R factors small next to the data.
    const auto blocks = makeBlocks(data.rows(), std::max<Index>(kRowBlock, 8 * data.cols()));
    std::vector<ColMatrix> factors(blocks.size());
    forEachInBatches(
        blocks.size(), threads, control.sub(0.0, 0.9), Text::tr("Decomposing"), [&](std::size_t b) {
            const BlockRange& block = blocks[b];
            const ColMatrix centred =
                data.middleRows(block.begin, block.end - block.begin).rowwise() - mean.transpose();
            factors[b] = qrFactorR(centred);
        });
    while (factors.size() > 1) {
        std::vector<ColMatrix> next((factors.size() + kTreeFanIn - 1) / kTreeFanIn);
        parallelFor(next.size(), threads, [&](std::size_t g) {
            const std::size_t first = g * kTreeFanIn;
            next[g] = qrFactorR(stacked(factors, first, std::min(first + kTreeFanIn, factors.size())));
        });
        factors = std::move(next);
        control.checkCancelled();
    }
    return factors.front();
}

/// (data − mean) · basis, block by block.
Matrix projectBlocks(const Matrix& data, const Vector& mean, const ColMatrix& basis, int threads,
                     const TaskControl& control) {
    Matrix scores(data.rows(), basis.cols());
    const auto blocks = makeBlocks(data.rows());
    forEachInBatches(blocks.size(), threads, control, Text::tr("Projecting"), [&](std::size_t b) {
        const Index rows = blocks[b].end - blocks[b].begin;
        scores.middleRows(blocks[b].begin, rows).noalias() =
            (data.middleRows(blocks[b].begin, rows).rowwise() - mean.transpose()) * basis;
    });
    return scores;
}

/// scikit-learn's svd_flip(u_based_decision=True): the entry of largest magnitude in each score column
/// (the first one on ties) becomes positive.
void flipSigns(Matrix& scores, Matrix& components) {
    for (Index j = 0; j < scores.cols(); ++j) {
        Index largest = 0;
        for (Index i = 1; i < scores.rows(); ++i)
            if (std::abs(scores(i, j)) > std::abs(scores(largest, j)))
                largest = i;
        if (scores(largest, j) < 0.0) {
            scores.col(j) *= -1.0;
            components.row(j) *= -1.0;
        }
    }
}

Index keptComponents(const PcaOptions& options, const Vector& cumulativeRatio) {
    const Index available = cumulativeRatio.size();
    if (options.components > 0)
        return std::min<Index>(options.components, available);
    // searchsorted(cumsum, fraction, side="right") + 1, as scikit-learn.
    const Index notAbove = std::count_if(cumulativeRatio.begin(), cumulativeRatio.end(),
                                         [&](double c) { return c <= options.varianceFraction; });
    return std::min(notAbove + 1, available);
}

Vector runningSum(const Vector& values) {
    Vector sums(values.size());
    double total = 0.0;
    for (Index i = 0; i < values.size(); ++i)
        sums(i) = total += values(i);
    return sums;
}

} // namespace

PcaResult fitPca(const Matrix& data, const PcaOptions& options, const TaskControl& control) {
    validate(data, options);
    PcaResult result;
    result.mean = data.colwise().mean().transpose();

    const ColMatrix r = centredR(data, result.mean, options.threads, control.sub(0.0, 0.6));
    control.report(0.6, Text::tr("Singular value decomposition"));
    const Eigen::JacobiSVD<ColMatrix> svd(r, Eigen::ComputeThinV);
    const Vector& singular = svd.singularValues();

    const Vector variance = singular.array().square() / static_cast<double>(data.rows() - 1);
    if (!(variance.sum() > 0.0))
        throw DataError(
            Text::tr("Every column is constant, so there is no variance for PCA to explain. Select "
                     "columns whose values differ between rows."));
    const Vector ratio = variance / variance.sum();
    const Vector cumulative = runningSum(ratio);
    const Index kept = keptComponents(options, cumulative);

    result.singularValues = singular.head(kept);
    result.explainedVariance = variance.head(kept);
    result.explainedVarianceRatio = ratio.head(kept);
    result.cumulativeRatio = cumulative.head(kept);
    const ColMatrix basis = svd.matrixV().leftCols(kept);
    result.components = basis.transpose();
    result.scores = projectBlocks(data, result.mean, basis, options.threads, control.sub(0.65, 1.0));
    flipSigns(result.scores, result.components);
    control.report(1.0, Text::tr("Done"));
    return result;
}

Matrix projectPca(const PcaResult& pca, const Matrix& data) {
    if (data.cols() != pca.mean.size())
        throw DataError(
            Text::tr("The rows to project have %1 columns, but the PCA was fitted on %2. Use the same "
                     "feature columns as for the fit.")
                .arg(data.cols())
                .arg(pca.mean.size()));
    checkFinite(data, QT_TRANSLATE_NOOP("segmenta::Pca", "Rows to project"));
    return projectBlocks(data, pca.mean, pca.components.transpose(), 0, {});
}

} // namespace segmenta
