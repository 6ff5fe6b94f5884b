#include "gui/ColumnStats.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace segmenta {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kPairwiseBlock = 128; // numpy's PW_BLOCKSIZE
/// pandas' _zero_out_fperr: moments this small are rounding noise.
constexpr double kMomentNoise = 1e-14;

double zeroedNoise(double moment) {
    return std::abs(moment) < kMomentNoise ? 0.0 : moment;
}

QString numberLabel(double value) {
    return QLocale().toString(value, 'g', 4);
}

void addNumberBars(ColumnStats& stats, const std::vector<double>& values) {
    std::map<double, qint64> distinct;
    for (double value : values) {
        if (distinct.size() <= std::size_t(ColumnStats::kMaxBars) || distinct.contains(value))
            ++distinct[value];
    }
    if (distinct.size() <= std::size_t(ColumnStats::kMaxBars)) {
        for (const auto& [value, count] : distinct)
            stats.bars.append({numberLabel(value), count});
        return;
    }
    // numpy.histogram's equal-width bins: edges as numpy.linspace makes them, each value placed by its
    // scaled offset and then moved across an edge it is on the wrong side of; the last bin is closed.
    stats.binned = true;
    constexpr int bins = ColumnStats::kBins;
    const double span = stats.maximum - stats.minimum;
    std::vector<double> edges(bins + 1);
    for (int i = 0; i < bins; ++i)
        edges[std::size_t(i)] = double(i) * (span / bins) + stats.minimum;
    edges[bins] = stats.maximum;
    const double norm = bins / span;
    std::vector<qint64> counts(bins, 0);
    for (double value : values) {
        int bin = std::min(bins - 1, int((value - stats.minimum) * norm));
        if (value < edges[std::size_t(bin)])
            --bin;
        else if (bin != bins - 1 && value >= edges[std::size_t(bin) + 1])
            ++bin;
        ++counts[std::size_t(bin)];
    }
    for (int bin = 0; bin < bins; ++bin)
        stats.bars.append({numberLabel(edges[std::size_t(bin)]), counts[std::size_t(bin)]});
}

} // namespace

double pairwiseSum(std::span<const double> values) {
    const std::size_t n = values.size();
    if (n < 8) {
        double sum = 0.0; // numpy starts from -0.0; the sign of a zero sum does not matter here
        for (double value : values)
            sum += value;
        return sum;
    }
    if (n <= kPairwiseBlock) {
        double r[8];
        for (std::size_t j = 0; j < 8; ++j)
            r[j] = values[j];
        std::size_t i = 8;
        for (; i < n - n % 8; i += 8)
            for (std::size_t j = 0; j < 8; ++j)
                r[j] += values[i + j];
        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            sum += values[i];
        return sum;
    }
    std::size_t half = n / 2;
    half -= half % 8;
    return pairwiseSum(values.first(half)) + pairwiseSum(values.subspan(half));
}

double sampleSkewness(std::span<const double> values) {
    const double n = double(values.size());
    if (values.size() < 3)
        return kNaN;
    const double mean = pairwiseSum(values) / n;
    std::vector<double> squares(values.size()), cubes(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double deviation = values[i] - mean;
        squares[i] = deviation * deviation;
        cubes[i] = squares[i] * deviation;
    }
    const double m2 = zeroedNoise(pairwiseSum(squares));
    const double m3 = zeroedNoise(pairwiseSum(cubes));
    if (m2 == 0.0)
        return 0.0;
    return (n * std::sqrt(n - 1.0) / (n - 2.0)) * (m3 / std::pow(m2, 1.5));
}

ColumnStats ColumnStats::ofNumbers(const std::vector<double>& column) {
    ColumnStats stats;
    stats.numeric = true;
    std::vector<double> values;
    values.reserve(column.size());
    for (double value : column)
        if (!std::isnan(value))
            values.push_back(value);
    stats.count = qint64(values.size());
    stats.missing = qint64(column.size() - values.size());
    if (values.empty()) {
        stats.mean = stats.standardDeviation = stats.minimum = stats.maximum = stats.skewness = kNaN;
        return stats;
    }
    stats.mean = pairwiseSum(values) / double(values.size());
    std::vector<double> squares(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        squares[i] = (values[i] - stats.mean) * (values[i] - stats.mean);
    stats.standardDeviation =
        values.size() > 1 ? std::sqrt(pairwiseSum(squares) / double(values.size() - 1)) : kNaN;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    stats.minimum = *low;
    stats.maximum = *high;
    stats.skewness = sampleSkewness(values);
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    stats.distinct = qint64(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
    addNumberBars(stats, values);
    return stats;
}

ColumnStats ColumnStats::ofTexts(const QList<std::pair<QString, qint64>>& counts, qint64 missing) {
    ColumnStats stats;
    stats.mean = stats.standardDeviation = stats.minimum = stats.maximum = stats.skewness = kNaN;
    stats.missing = missing;
    stats.distinct = counts.size();
    for (const auto& [text, count] : counts)
        stats.count += count;
    stats.bars = counts.mid(0, kMaxBars);
    return stats;
}

} // namespace segmenta
