#pragma once

#include <cstdint>
#include <random>

namespace segmenta {

/// The engine's random source: a 64-bit Mersenne Twister with hand-written conversions, so that a seed
/// gives the same stream on every platform and standard library (std distributions are not portable).
class Rng {
public:
    explicit Rng(std::uint64_t seed)
        : m_engine(seed) {}

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n), unbiased (rejection sampling). n must be positive.
    std::uint64_t below(std::uint64_t n);
    /// Raw 64 random bits, e.g. to derive the seed of a sub-stream.
    std::uint64_t next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

inline std::uint64_t Rng::below(std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t r = 0;
    do {
        r = m_engine();
    } while (r >= limit);
    return r % n;
}

} // namespace segmenta
