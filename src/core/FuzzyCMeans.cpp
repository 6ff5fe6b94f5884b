#include "core/FuzzyCMeans.h"

#include "core/Error.h"
#include "core/KMeans.h"
#include "core/Parallel.h"
#include "core/Random.h"
#include "core/SegmentOrder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::FuzzyCMeans)
};

// x^e with the exponents of the default fuzzifier m = 2 spared a pow() call.
double power(double x, double e) {
    if (e == 1.0)
        return x;
    if (e == 2.0)
        return x * x;
    return std::pow(x, e);
}

void checkData(const Matrix& data) {
    if (data.cols() == 0)
        throw DataError(Text::tr("There are no columns to cluster; select at least one feature."));
    for (Index r = 0; r < data.rows(); ++r)
        for (Index col = 0; col < data.cols(); ++col)
            if (!std::isfinite(data(r, col)))
                throw DataError(Text::tr("Row %1, column %2 holds a missing or infinite value; Fuzzy C-Means "
                                         "needs finite numbers, so impute or drop such rows first.")
                                    .arg(r + 1)
                                    .arg(col + 1));
}

void checkSettings(const Matrix& data, Index c, const FcmOptions& options) {
    if (c < 2)
        throw DataError(
            Text::tr("Fuzzy C-Means needs at least 2 clusters, not %1; choose 2 or more.").arg(c));
    if (c > data.rows())
        throw DataError(
            Text::tr("Fuzzy C-Means cannot form %1 clusters from %2 rows; choose at most %2 clusters.")
                .arg(c)
                .arg(data.rows()));
    if (!(options.m > 1.0) || !std::isfinite(options.m))
        throw DataError(
            Text::tr("The fuzzifier m must be a number greater than 1, not %1; 2 is the usual choice.")
                .arg(options.m));
    if (options.maxIter < 1)
        throw DataError(Text::tr("The iteration limit must be at least 1, not %1.").arg(options.maxIter));
    if (!(options.tol >= 0.0))
        throw DataError(
            Text::tr("The convergence tolerance must be zero or positive, not %1.").arg(options.tol));
}

void checkCentres(const Matrix& data, const Matrix& centres) {
    if (centres.cols() != data.cols())
        throw DataError(
            Text::tr("The initial centres have %1 columns but the data has %2; give one value per feature.")
                .arg(centres.cols())
                .arg(data.cols()));
    checkData(centres);
    for (Index a = 0; a < centres.rows(); ++a)
        for (Index b = a + 1; b < centres.rows(); ++b)
            if (centres.row(a) == centres.row(b))
                throw DataError(Text::tr("Initial centres %1 and %2 are identical; give distinct centres.")
                                    .arg(a + 1)
                                    .arg(b + 1));
}

double squaredDistance(const double* a, const double* b, Index p) {
    double sum = 0.0;
    for (Index k = 0; k < p; ++k)
        sum += (a[k] - b[k]) * (a[k] - b[k]);
    return sum;
}

// One block's contribution to the next centres and to the objective.
struct BlockSums {
    Matrix weighted; // Σ u^m x per cluster
    Vector weights;  // Σ u^m per cluster
    double objective = 0.0;
};

// Memberships of one row from its squared distances d2 (overwritten by u). Distances are scaled by the
// smallest so that no power overflows, whatever m.
void membershipsFromDistances(double* d2u, Index c, double exponent) {
    const double dMin = *std::min_element(d2u, d2u + c);
    if (dMin == 0.0) {
        const auto zeros = static_cast<double>(std::count(d2u, d2u + c, 0.0));
        std::transform(d2u, d2u + c, d2u, [zeros](double d) { return d == 0.0 ? 1.0 / zeros : 0.0; });
        return;
    }
    double sum = 0.0;
    for (Index j = 0; j < c; ++j) {
        d2u[j] = power(dMin / d2u[j], exponent);
        sum += d2u[j];
    }
    for (Index j = 0; j < c; ++j)
        d2u[j] /= sum;
}

// Memberships of every row from `centres` into `u`; returns the objective and, in `next`, the centres
// those memberships imply. One pass over the data, blocks reduced in block order.
double membershipPass(const Matrix& data, const Matrix& centres, const FcmOptions& options, Matrix& u,
                      Matrix& next, const TaskControl& control) {
    const Index c = centres.rows();
    const double exponent = 1.0 / (options.m - 1.0);
    const std::vector<BlockRange> blocks = makeBlocks(data.rows());
    std::vector<BlockSums> sums(blocks.size());
    parallelFor(blocks.size(), options.threads, [&](std::size_t b) {
        control.checkCancelled();
        BlockSums& s = sums[b];
        s.weighted = Matrix::Zero(c, data.cols());
        s.weights = Vector::Zero(c);
        std::vector<double> d2(static_cast<std::size_t>(c));
        const Index p = data.cols();
        for (Index i = blocks[b].begin; i < blocks[b].end; ++i) {
            const double* x = data.row(i).data();
            double* ui = u.row(i).data();
            for (Index j = 0; j < c; ++j)
                d2[j] = ui[j] = squaredDistance(x, centres.row(j).data(), p);
            membershipsFromDistances(ui, c, exponent);
            for (Index j = 0; j < c; ++j) {
                const double w = power(ui[j], options.m);
                s.objective += w * d2[j];
                s.weights(j) += w;
                double* sum = s.weighted.row(j).data();
                for (Index k = 0; k < p; ++k)
                    sum[k] += w * x[k];
            }
        }
    });
    BlockSums total{Matrix::Zero(c, data.cols()), Vector::Zero(c), 0.0};
    for (const BlockSums& s : sums) {
        total.weighted += s.weighted;
        total.weights += s.weights;
        total.objective += s.objective;
    }
    // A cluster without weight (all memberships underflowed) keeps its centre.
    next = centres;
    for (Index j = 0; j < c; ++j)
        if (total.weights(j) > 0.0)
            next.row(j) = total.weighted.row(j) / total.weights(j);
    return total.objective;
}

// Alternating optimisation without input checks or renumbering; labels and indices are left to finish().
FcmResult iterate(const Matrix& data, const Matrix& initialCentres, const FcmOptions& options,
                  const TaskControl& control) {
    FcmResult result;
    result.memberships.resize(data.rows(), initialCentres.rows());
    result.centroids = initialCentres;
    Matrix next;
    const auto n = static_cast<double>(data.rows());
    double previous = membershipPass(data, result.centroids, options, result.memberships, next, control);
    while (result.iterations < options.maxIter && !result.converged) {
        control.checkCancelled();
        control.report(static_cast<double>(result.iterations) / options.maxIter,
                       Text::tr("Fuzzy C-Means iteration %1").arg(result.iterations + 1));
        ++result.iterations;
        std::swap(result.centroids, next);
        const double current =
            membershipPass(data, result.centroids, options, result.memberships, next, control);
        // e1071's test, on the objective per row as it reports it.
        result.converged = std::abs(previous - current) / n < options.tol * (previous / n + options.tol);
        previous = current;
        result.objective = current;
    }
    return result;
}

void renumber(FcmResult& r) {
    const std::vector<int> order = segmentOrder(r.centroids, r.sizes);
    const Matrix memberships = r.memberships;
    applySegmentOrder(order, r.centroids, r.sizes, r.labels);
    for (Index s = 0; s < static_cast<Index>(order.size()); ++s)
        r.memberships.col(s) = memberships.col(order[s]);
}

// Hard labels, sizes and the partition indices, then the optional renumbering.
void finish(FcmResult& r, const FcmOptions& options) {
    const Index c = r.memberships.cols();
    r.labels.assign(r.memberships.rows(), 0);
    const std::vector<BlockRange> blocks = makeBlocks(r.memberships.rows());
    std::vector<std::pair<double, double>> partials(blocks.size());
    parallelFor(blocks.size(), options.threads, [&](std::size_t b) {
        auto& [coefficient, entropy] = partials[b];
        for (Index i = blocks[b].begin; i < blocks[b].end; ++i) {
            Index best = 0;
            for (Index j = 0; j < c; ++j) {
                const double u = r.memberships(i, j);
                coefficient += u * u;
                entropy -= u > 0.0 ? u * std::log(u) : 0.0;
                best = u > r.memberships(i, best) ? j : best;
            }
            r.labels[i] = static_cast<int>(best);
        }
    });
    r.sizes.assign(c, 0);
    for (int label : r.labels)
        ++r.sizes[label];
    const auto n = static_cast<double>(r.memberships.rows());
    for (const auto& [coefficient, entropy] : partials) {
        r.partitionCoefficient += coefficient;
        r.partitionEntropy += entropy;
    }
    r.partitionCoefficient /= n;
    r.partitionEntropy /= n;
    if (options.orderSegments)
        renumber(r);
}

} // namespace

FcmResult fuzzyCMeansFrom(const Matrix& data, const Matrix& initialCentres, const FcmOptions& options,
                          const TaskControl& control) {
    checkData(data);
    checkSettings(data, initialCentres.rows(), options);
    checkCentres(data, initialCentres);
    FcmResult result = iterate(data, initialCentres, options, control);
    finish(result, options);
    control.report(1.0, Text::tr("Fuzzy C-Means done"));
    return result;
}

FcmResult fuzzyCMeans(const Matrix& data, const FcmOptions& options, const TaskControl& control) {
    checkData(data);
    checkSettings(data, options.c, options);
    if (options.nInit < 1)
        throw DataError(Text::tr("The number of restarts must be at least 1, not %1.").arg(options.nInit));
    Rng seeds(options.seed);
    FcmResult best;
    for (int run = 0; run < options.nInit; ++run) {
        const TaskControl runControl = control.sub(static_cast<double>(run) / options.nInit,
                                                   static_cast<double>(run + 1) / options.nInit);
        Rng rng(seeds.next());
        const Matrix centres = kmeansPlusPlus(data, options.c, rng, options.threads, runControl);
        FcmResult candidate = iterate(data, centres, options, runControl);
        if (run == 0 || candidate.objective < best.objective)
            best = std::move(candidate);
    }
    finish(best, options);
    control.report(1.0, Text::tr("Fuzzy C-Means done"));
    return best;
}

} // namespace segmenta
