#pragma once

#include "core/Types.h"

#include <vector>

namespace segmenta {

/// Centres laid out for vectorised distances: tile t holds centres [t·kLanes, (t + 1)·kLanes) as d rows of
/// kLanes values, so one row's squared distances to kLanes centres are computed in SIMD lanes. Each lane
/// sums the squared differences feature by feature, in order, as a plain scalar loop does, so every
/// distance is bit-identical to that loop's.
class CentrePanel {
public:
    static constexpr int kLanes = 4;
    using Lanes = Eigen::Array<double, kLanes, 1>;

    CentrePanel() = default;
    explicit CentrePanel(Index d)
        : m_d(d) {}

    /// Lays out `count` rows, row(c) pointing at the d values of centre c (padding lanes are zero).
    template <typename RowFn> void set(Index count, const RowFn& row) {
        m_count = count;
        m_tiles = (count + kLanes - 1) / kLanes;
        m_values.assign(static_cast<std::size_t>(m_tiles * kLanes * m_d), 0.0);
        for (Index c = 0; c < count; ++c) {
            const double* x = row(c);
            double* tile = m_values.data() + (c / kLanes) * kLanes * m_d + c % kLanes;
            for (Index j = 0; j < m_d; ++j)
                tile[j * kLanes] = x[j];
        }
    }
    void set(const Matrix& centres) {
        set(centres.rows(), [&](Index c) { return centres.data() + c * centres.cols(); });
    }

    Index count() const { return m_count; }
    /// Values distances() writes: count() rounded up to whole tiles.
    Index padded() const { return m_tiles * kLanes; }

    /// Squared distances from x to every centre into out[0, padded()).
    void distances(const double* x, double* out) const {
        const double* tile = m_values.data();
        for (Index t = 0; t < m_tiles; ++t, tile += kLanes * m_d) {
            Lanes sum = Lanes::Zero();
            for (Index j = 0; j < m_d; ++j)
                sum += (Lanes::Map(tile + j * kLanes) - x[j]).square();
            Lanes::Map(out + t * kLanes) = sum;
        }
    }

private:
    Index m_d = 0;
    Index m_count = 0;
    Index m_tiles = 0;
    std::vector<double> m_values;
};

} // namespace segmenta
