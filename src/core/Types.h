#pragma once

#include <Eigen/Core>

#include <vector>

namespace segmenta {

/// Observations × variables. Row-major so that one observation is contiguous in memory, which is how the
/// distance kernels (K-Means, silhouette) read it.
using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
/// A column vector of doubles.
using Vector = Eigen::VectorXd;
/// Row or column count / index type, as Eigen uses.
using Index = Eigen::Index;
/// One cluster label per observation, 0-based.
using Labels = std::vector<int>;

} // namespace segmenta
