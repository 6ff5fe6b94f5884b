#include "core/Profiles.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace segmenta {

namespace {

constexpr double kDistinguishingZ = 0.5;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::Profiles)
};

void checkAssignment(const DataMatrix& data, const std::vector<Index>& rows, const Labels& labels, int k) {
    if (k < 1)
        throw DataError(Text::tr("Profiles need at least one segment, not %1.").arg(k));
    if (rows.size() != labels.size())
        throw DataError(
            Text::tr("%1 rows are listed but %2 segment labels were given; give one label per row.")
                .arg(rows.size())
                .arg(labels.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] < 0 || rows[i] >= data.rows())
            throw DataError(Text::tr("Listed row %1 refers to row %2, but the table has %3 rows.")
                                .arg(i + 1)
                                .arg(rows[i] + 1)
                                .arg(data.rows()));
        if (labels[i] < 0 || labels[i] >= k)
            throw DataError(Text::tr("Row %1 is assigned to segment %2, but there are only segments 1 to %3.")
                                .arg(rows[i] + 1)
                                .arg(labels[i] + 1)
                                .arg(k));
    }
}

Index findColumn(const DataMatrix& data, const QString& name) {
    const Index c = data.columnIndex(name);
    if (c < 0)
        throw DataError(Text::tr("There is no column named '%1'; the table has: %2.")
                            .arg(name, data.columnNames().join(QStringLiteral(", "))));
    return c;
}

// The listed data rows of every segment.
std::vector<std::vector<Index>> membersOf(const std::vector<Index>& rows, const Labels& labels, int k) {
    std::vector<std::vector<Index>> members(k);
    for (std::size_t i = 0; i < rows.size(); ++i)
        members[labels[i]].push_back(rows[i]);
    return members;
}

std::vector<double> presentValues(const Matrix& values, Index col, const std::vector<Index>& rows) {
    std::vector<double> present;
    present.reserve(rows.size());
    for (Index r : rows)
        if (!std::isnan(values(r, col)))
            present.push_back(values(r, col));
    return present;
}

double mean(const std::vector<double>& v) {
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return v.empty() ? kNaN : sum / static_cast<double>(v.size());
}

double populationStd(const std::vector<double>& v, double mu) {
    double sum = 0.0;
    for (double x : v)
        sum += (x - mu) * (x - mu);
    return v.empty() ? kNaN : std::sqrt(sum / static_cast<double>(v.size()));
}

// Reorders v.
double median(std::vector<double>& v) {
    if (v.empty())
        return kNaN;
    const auto upper = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), upper, v.end());
    if (v.size() % 2 == 1)
        return *upper;
    return 0.5 * (*std::max_element(v.begin(), upper) + *upper);
}

// Features of a segment ordered by |zScore|, strongest first; NaN last, ties in column order.
std::vector<const FeatureProfile*> byStrength(const std::vector<FeatureProfile>& features) {
    std::vector<const FeatureProfile*> order;
    for (const FeatureProfile& f : features)
        order.push_back(&f);
    const auto strength = [](const FeatureProfile* f) {
        return std::isnan(f->zScore) ? -1.0 : std::abs(f->zScore);
    };
    std::stable_sort(
        order.begin(), order.end(),
        [&strength](const FeatureProfile* a, const FeatureProfile* b) { return strength(a) > strength(b); });
    return order;
}

// "A", "A & B", "A, B & C".
QString listed(const QStringList& names) {
    if (names.size() == 1)
        return names.first();
    return Text::tr("%1 & %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString phrase(bool high, bool first) {
    if (first)
        return high ? Text::tr("High %1") : Text::tr("Low %1");
    return high ? Text::tr("high %1") : Text::tr("low %1");
}

// Runs of features with the same sign share one "High"/"Low" phrase; only the first phrase is capitalised.
QString describe(const std::vector<const FeatureProfile*>& features) {
    if (features.empty())
        return Text::tr("Average");
    QStringList phrases;
    for (std::size_t i = 0; i < features.size();) {
        const bool high = features[i]->zScore > 0;
        QStringList names;
        for (; i < features.size() && (features[i]->zScore > 0) == high; ++i)
            names << features[i]->feature;
        phrases << phrase(high, phrases.isEmpty()).arg(listed(names));
    }
    return phrases.join(QStringLiteral(", "));
}

// The strongest features with |zScore| ≥ kDistinguishingZ, at most `count`.
std::vector<const FeatureProfile*> strongest(const std::vector<FeatureProfile>& features, std::size_t count) {
    std::vector<const FeatureProfile*> strong;
    for (const FeatureProfile* f : byStrength(features))
        if (strong.size() < count && std::abs(f->zScore) >= kDistinguishingZ)
            strong.push_back(f);
    return strong;
}

void describeSegment(SegmentProfile& p) {
    const std::vector<const FeatureProfile*> strong = strongest(p.features, 3);
    for (const FeatureProfile* f : strong.empty() ? byStrength(p.features) : strong)
        p.distinguishing << f->feature;
    p.suggestedName = describe(strongest(p.features, 2));
}

std::vector<bool> sharedNames(const std::vector<SegmentProfile>& profiles) {
    QHash<QString, int> count;
    for (const SegmentProfile& p : profiles)
        ++count[p.suggestedName];
    std::vector<bool> shared;
    for (const SegmentProfile& p : profiles)
        shared.push_back(count.value(p.suggestedName) > 1);
    return shared;
}

void makeNamesUnique(std::vector<SegmentProfile>& profiles) {
    std::vector<bool> shared = sharedNames(profiles);
    for (std::size_t s = 0; s < profiles.size(); ++s) {
        const std::vector<const FeatureProfile*> three = strongest(profiles[s].features, 3);
        if (shared[s] && three.size() == 3)
            profiles[s].suggestedName = describe(three);
    }
    shared = sharedNames(profiles);
    for (std::size_t s = 0; s < profiles.size(); ++s)
        if (shared[s])
            profiles[s].suggestedName = Text::tr("%1 (segment %2)").arg(profiles[s].suggestedName).arg(s + 1);
}

FeatureProfile profileFeature(const Matrix& values, Index col, const std::vector<Index>& rows,
                              double overallMean, double overallStd) {
    FeatureProfile f;
    std::vector<double> present = presentValues(values, col, rows);
    f.mean = mean(present);
    f.median = median(present);
    f.overallMean = overallMean;
    f.ratio = overallMean == 0.0 ? kNaN : f.mean / overallMean;
    f.zScore = std::isnan(f.mean) ? kNaN : (overallStd > 0.0 ? (f.mean - overallMean) / overallStd : 0.0);
    return f;
}

} // namespace

std::vector<SegmentProfile> profileSegments(const DataMatrix& data, const std::vector<Index>& rows,
                                            const Labels& labels, int k, const QStringList& columns) {
    checkAssignment(data, rows, labels, k);
    std::vector<Index> cols;
    for (const QString& name : columns) {
        cols.push_back(findColumn(data, name));
        if (data.column(cols.back()).isTextCoded())
            throw DataError(
                Text::tr("Column '%1' holds text, so it has no mean; show it as a crosstab instead.")
                    .arg(name));
    }
    const std::vector<std::vector<Index>> members = membersOf(rows, labels, k);
    std::vector<SegmentProfile> profiles(k);
    for (int s = 0; s < k; ++s) {
        profiles[s].segment = s;
        profiles[s].size = static_cast<Index>(members[s].size());
        profiles[s].share =
            rows.empty() ? 0.0 : static_cast<double>(members[s].size()) / static_cast<double>(rows.size());
    }
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const std::vector<double> all = presentValues(data.values(), cols[c], rows);
        const double overallMean = mean(all);
        const double overallStd = populationStd(all, overallMean);
        for (int s = 0; s < k; ++s) {
            FeatureProfile f = profileFeature(data.values(), cols[c], members[s], overallMean, overallStd);
            f.feature = columns.at(static_cast<qsizetype>(c));
            profiles[s].features.push_back(std::move(f));
        }
    }
    for (SegmentProfile& p : profiles)
        describeSegment(p);
    makeNamesUnique(profiles);
    return profiles;
}

Crosstab crosstab(const DataMatrix& data, const std::vector<Index>& rows, const Labels& labels, int k,
                  const QString& column) {
    checkAssignment(data, rows, labels, k);
    const Index col = findColumn(data, column);
    std::map<double, Index> levelIndex;
    for (Index r : rows)
        if (!data.isMissing(r, col))
            levelIndex.emplace(data.values()(r, col), 0);
    Crosstab table;
    table.column = column;
    const ColumnInfo& info = data.column(col);
    for (auto& [value, index] : levelIndex) {
        index = table.levels.size();
        const auto code = static_cast<qsizetype>(value);
        table.levels << (info.isTextCoded() && code >= 0 && code < info.levels.size() && code == value
                             ? info.levels.at(code)
                             : QString::number(value, 'g', 15));
    }
    table.counts = Eigen::MatrixXi::Zero(k, static_cast<Index>(levelIndex.size()));
    Eigen::VectorXd sizes = Eigen::VectorXd::Zero(k);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        sizes(labels[i]) += 1.0;
        if (!data.isMissing(rows[i], col))
            ++table.counts(labels[i], levelIndex.at(data.values()(rows[i], col)));
    }
    table.rowShares = table.counts.cast<double>();
    for (int s = 0; s < k; ++s)
        if (sizes(s) > 0.0)
            table.rowShares.row(s) /= sizes(s);
    return table;
}

} // namespace segmenta
