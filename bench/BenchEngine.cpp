// Micro-benchmarks of the engine's kernels on generated data (see README.md in this folder).
#include "core/DataMatrix.h"
#include "core/KMeans.h"
#include "core/Metrics.h"
#include "core/Pca.h"
#include "core/Preprocessing.h"
#include "core/Random.h"
#include "core/Recipe.h"

#include <array>
#include <benchmark/benchmark.h>
#include <cmath>
#include <numbers>

namespace segmenta {
namespace {

constexpr int kClusters = 8;
constexpr std::uint64_t kSeed = 42;

/// A standard normal draw (Box–Muller) from the engine's portable generator.
double normal(Rng& rng) {
    const double u = 1.0 - rng.uniform(); // (0, 1]: log(u) stays finite
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * rng.uniform());
}

/// `rows` × `cols` overlapping Gaussian blobs (SD 2) around `kClusters` centres drawn in [−5, 5]^cols.
Matrix blobs(Index rows, Index cols) {
    Rng rng(kSeed);
    Matrix centres(kClusters, cols);
    for (Index c = 0; c < centres.size(); ++c)
        centres.data()[c] = 10.0 * rng.uniform() - 5.0;
    Matrix data(rows, cols);
    for (Index r = 0; r < rows; ++r) {
        const Index centre = static_cast<Index>(rng.below(kClusters));
        for (Index c = 0; c < cols; ++c)
            data(r, c) = centres(centre, c) + 2.0 * normal(rng);
    }
    return data;
}

/// Data sets are generated once per process and shared by the benchmarks that use the same shape.
const Matrix& blobs100k() {
    static const Matrix data = blobs(100'000, 8);
    return data;
}

void setRowsProcessed(benchmark::State& state, Index rows) {
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows));
}

/// Runs a benchmark taking its thread count as argument with 1 and 2 threads, timed by the wall clock.
void onOneAndTwoThreads(benchmark::internal::Benchmark* run) {
    run->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
}

/// Multiply-adds per second, beside the machine's peak (BM_PeakMultiplyAdd).
void setMultiplyAdds(benchmark::State& state, double perIteration) {
    state.counters["GMAdd/s"] = benchmark::Counter(
        perIteration * 1e-9 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

/// The machine's peak rate of double multiply-adds with the shipped instruction set: 16 independent
/// accumulators of two lanes each (SSE2 packets), a·x + b per lane, nothing loaded from memory.
void BM_PeakMultiplyAdd(benchmark::State& state) {
    using Lanes = Eigen::Array<double, 2, 1>;
    constexpr int kAccumulators = 16;
    constexpr int kSteps = 1 << 16;
    std::array<Lanes, kAccumulators> acc;
    for (int a = 0; a < kAccumulators; ++a)
        acc[static_cast<std::size_t>(a)] = Lanes::Constant(1.0 + a * 1e-3);
    const Lanes scale = Lanes::Constant(0.999999), shift = Lanes::Constant(1e-7);
    for (auto _ : state) {
        for (int step = 0; step < kSteps; ++step)
            for (Lanes& a : acc)
                a = a * scale + shift;
        benchmark::DoNotOptimize(acc);
    }
    setMultiplyAdds(state, double(kSteps) * kAccumulators * 2);
}
BENCHMARK(BM_PeakMultiplyAdd)->Threads(1)->Threads(2)->UseRealTime();

void BM_KMeansLloyd(benchmark::State& state) {
    const Matrix& data = blobs100k();
    Rng rng(kSeed);
    const Matrix init = kmeansPlusPlus(data, kClusters, rng, 1);
    KMeansOptions options;
    options.k = kClusters;
    options.threads = static_cast<int>(state.range(0));
    int iterations = 0;
    for (auto _ : state) {
        const KMeansResult fit = lloyd(data, init, options);
        iterations = fit.iterations;
        benchmark::DoNotOptimize(fit.inertia);
    }
    state.counters["lloyd_iterations"] = iterations;
    setRowsProcessed(state, data.rows());
    // What plain Lloyd needs: every row against every centre, every iteration.
    setMultiplyAdds(state, double(iterations) * double(data.rows()) * kClusters * double(data.cols()));
}
BENCHMARK(BM_KMeansLloyd)->Apply(onOneAndTwoThreads);

void BM_KMeansPlusPlus(benchmark::State& state) {
    const Matrix& data = blobs100k();
    for (auto _ : state) {
        Rng rng(kSeed);
        benchmark::DoNotOptimize(kmeansPlusPlus(data, kClusters, rng, static_cast<int>(state.range(0))));
    }
    setRowsProcessed(state, data.rows());
}
BENCHMARK(BM_KMeansPlusPlus)->Apply(onOneAndTwoThreads);

void BM_SilhouetteExact(benchmark::State& state) {
    const Matrix data = blobs(20'000, 8);
    KMeansOptions options;
    options.k = kClusters;
    options.nInit = 1;
    const Labels labels = kmeans(data, options).labels;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            silhouetteSamples(data, labels, kClusters, static_cast<int>(state.range(0))));
    setRowsProcessed(state, data.rows());
    setMultiplyAdds(state, double(data.rows()) * double(data.rows()) * double(data.cols()));
}
BENCHMARK(BM_SilhouetteExact)->Apply(onOneAndTwoThreads);

void BM_Pca(benchmark::State& state) {
    const Matrix data = blobs(1'000'000, 8);
    PcaOptions options;
    options.threads = static_cast<int>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(fitPca(data, options).scores.data());
    setRowsProcessed(state, data.rows());
}
BENCHMARK(BM_Pca)->Apply(onOneAndTwoThreads);

/// The CLI's usual preparation (log1p, then standard scaling) of 1M rows × 6 positive spending columns.
void BM_PreprocessLog1pStandard(benchmark::State& state) {
    const Matrix values = (blobs(1'000'000, 6).array() * 100.0).abs();
    QList<ColumnInfo> columns;
    QStringList names;
    for (Index c = 0; c < values.cols(); ++c) {
        ColumnInfo column;
        column.name = QStringLiteral("x%1").arg(c + 1);
        names << column.name;
        columns << column;
    }
    const DataMatrix table(values, columns);
    FeatureStep step;
    step.transform = Transform::Log1p;
    step.scaling = Scaling::Standard;
    const Recipe recipe = Recipe::uniform(names, step);
    for (auto _ : state)
        benchmark::DoNotOptimize(preprocess(table, recipe).features.data());
    setRowsProcessed(state, values.rows());
}
BENCHMARK(BM_PreprocessLog1pStandard)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace segmenta

BENCHMARK_MAIN();
