// Stage-by-stage profile of the analyst's sweep (see README.md in this folder):
//   segmenta-profile data.csv [--k 2..10] [--n-init 10] [--threads N] [--algorithm kmeans|minibatch]
//   segmenta-profile --silhouette features.csv   (numeric columns, the last one a 0-based label)
// reads the CSV, prepares the six spending columns (log1p + standard scaling), computes PCA(2) for display,
// then for every K fits K-Means on the prepared features and scores it (sampled silhouette of 10,000 rows,
// Calinski–Harabasz, Davies–Bouldin), profiles the best K and writes its labels; prints wall and CPU seconds
// per stage. With --silhouette it only times the exact silhouette of the given rows and labels and prints
// {"seconds": …, "mean": …}.
#include "core/KSelection.h"
#include "core/Pca.h"
#include "core/Preprocessing.h"
#include "core/Profiles.h"
#include "core/Recipe.h"
#include "io/TableReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <string>
#include <sys/resource.h>

namespace segmenta {
namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           1e-6 * static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

/// Wall and CPU seconds accumulated per stage, printed in the order the stages first ran.
class StageClock {
public:
    template <typename Fn> auto time(const char* stage, Fn&& fn) {
        QElapsedTimer wall;
        const double cpu = cpuSeconds();
        wall.start();
        struct Add {
            StageClock& clock;
            const char* stage;
            QElapsedTimer& wall;
            double cpu;
            ~Add() { clock.add(stage, wall.nsecsElapsed() * 1e-9, cpuSeconds() - cpu); }
        } add{*this, stage, wall, cpu};
        return fn();
    }
    void add(const char* stage, double wall, double cpu) {
        if (!m_totals.count(stage))
            m_order.push_back(stage);
        m_totals[stage].first += wall;
        m_totals[stage].second += cpu;
    }
    void print() const {
        double wall = 0.0, cpu = 0.0;
        std::printf("%-22s %10s %10s %8s\n", "stage", "wall (s)", "CPU (s)", "CPU/wall");
        for (const std::string& stage : m_order) {
            const auto [w, c] = m_totals.at(stage);
            wall += w;
            cpu += c;
            std::printf("%-22s %10.3f %10.3f %8.2f\n", stage.c_str(), w, c, w > 0 ? c / w : 0.0);
        }
        std::printf("%-22s %10.3f %10.3f %8.2f\n", "total", wall, cpu, wall > 0 ? cpu / wall : 0.0);
    }

private:
    std::vector<std::string> m_order;
    std::map<std::string, std::pair<double, double>> m_totals;
};

int timeSilhouette(const QString& path) {
    const ReadResult table = readTableFile(path);
    if (!table.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(table.firstErrorText(path)));
        return 2;
    }
    const Matrix& values = table.data.values();
    const Matrix x = values.leftCols(values.cols() - 1);
    Labels labels(static_cast<std::size_t>(values.rows()));
    int k = 0;
    for (Index r = 0; r < values.rows(); ++r) {
        labels[static_cast<std::size_t>(r)] = static_cast<int>(values(r, values.cols() - 1));
        k = std::max(k, labels[static_cast<std::size_t>(r)] + 1);
    }
    QElapsedTimer wall;
    wall.start();
    const double mean = silhouetteSamples(x, labels, k).mean();
    std::printf("{\"seconds\": %.6f, \"mean\": %.12f}\n", wall.nsecsElapsed() * 1e-9, mean);
    return 0;
}

int run(const QStringList& args) {
    if (args.size() == 3 && args[1] == QLatin1String("--silhouette"))
        return timeSilhouette(args[2]);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: segmenta-profile data.csv [--k 2..10] [--n-init 10] [--threads N] "
                             "[--algorithm kmeans|minibatch]\n");
        return 2;
    }
    SweepOptions options;
    options.silhouette.mode = SilhouetteMode::Sampled;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--k")) {
            const QStringList range = args[i + 1].split(QLatin1String(".."));
            options.kMin = range.first().toInt();
            options.kMax = range.last().toInt();
        } else if (args[i] == QLatin1String("--n-init")) {
            options.kmeans.nInit = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--algorithm")) {
            options.algorithm =
                args[i + 1] == QLatin1String("minibatch") ? Algorithm::MiniBatch : Algorithm::KMeans;
        } else if (args[i] == QLatin1String("--threads")) {
            options.kmeans.threads = options.silhouette.threads = args[i + 1].toInt();
        }
    }

    StageClock clock;
    const ReadResult table = clock.time("read CSV", [&] { return readTableFile(args[1]); });
    if (!table.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(table.firstErrorText(args[1])));
        return 2;
    }
    const QStringList spend{QStringLiteral("Fresh"),
                            QStringLiteral("Milk"),
                            QStringLiteral("Grocery"),
                            QStringLiteral("Frozen"),
                            QStringLiteral("Detergents_Paper"),
                            QStringLiteral("Delicassen")};
    FeatureStep step;
    step.transform = Transform::Log1p;
    step.scaling = Scaling::Standard;
    const PreprocessResult prepared =
        clock.time("prepare", [&] { return preprocess(table.data, Recipe::uniform(spend, step)); });
    clock.time("PCA(2)", [&] { return fitPca(prepared.features, PcaOptions{}); });

    const Matrix& x = prepared.features;
    std::vector<KScore> scores;
    std::vector<Labels> labels;
    std::printf("%d rows x %d features, K %d..%d, n_init %d\n", int(x.rows()), int(x.cols()), options.kMin,
                options.kMax, options.kmeans.nInit);
    for (int k = options.kMin; k <= options.kMax; ++k) {
        KMeansOptions kmOptions = options.kmeans;
        kmOptions.k = k;
        QElapsedTimer wall;
        wall.start();
        const double cpu = cpuSeconds();
        const KMeansResult fit = options.algorithm == Algorithm::MiniBatch
                                     ? miniBatchKMeans(x, kmOptions, options.miniBatch)
                                     : kmeans(x, kmOptions);
        const double fitWall = wall.nsecsElapsed() * 1e-9, fitCpu = cpuSeconds() - cpu;
        // Seeding and Lloyd share the fit's CPU time in proportion to their wall time.
        const double seedShare = fit.seedingSeconds / std::max(1e-12, fit.seedingSeconds + fit.lloydSeconds);
        clock.add("k-means++ seeding", fitWall * seedShare, fitCpu * seedShare);
        clock.add(options.algorithm == Algorithm::MiniBatch ? "mini-batch fit" : "Lloyd",
                  fitWall * (1 - seedShare), fitCpu * (1 - seedShare));
        KScore score;
        score.k = k;
        score.inertia = fit.inertia;
        score.smallestShare =
            double(*std::min_element(fit.sizes.begin(), fit.sizes.end())) / static_cast<double>(x.rows());
        score.silhouette = clock.time("silhouette (sampled)", [&] {
            return silhouetteScore(x, fit.labels, k, options.silhouette).mean;
        });
        clock.time("CH + DB", [&] {
            score.calinskiHarabasz = calinskiHarabasz(x, fit.labels, k);
            score.daviesBouldin = daviesBouldin(x, fit.labels, k);
            return 0;
        });
        std::printf("K=%-3d inertia %.6g  iterations %d  silhouette %.4f  %.2f s\n", k, fit.inertia,
                    fit.iterations, score.silhouette, wall.nsecsElapsed() * 1e-9);
        std::fflush(stdout);
        scores.push_back(score);
        labels.push_back(fit.labels);
    }
    const Recommendation rec = recommend(scores, options.minSegmentShare);
    const Labels& best = labels[static_cast<std::size_t>(rec.k - options.kMin)];
    clock.time("profiles", [&] { return profileSegments(table.data, prepared.rows, best, rec.k, spend); });
    clock.time("output (labels CSV)", [&] {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("labels.csv")));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QByteArray text("row,segment\n");
        for (std::size_t i = 0; i < best.size(); ++i)
            text += QByteArray::number(qint64(prepared.rows[i] + 1)) + ',' + QByteArray::number(best[i] + 1) +
                    '\n';
        return file.write(text) == text.size();
    });
    std::printf("recommended K = %d\n\n", rec.k);
    clock.print();
    return 0;
}

} // namespace
} // namespace segmenta

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return segmenta::run(QCoreApplication::arguments());
}
