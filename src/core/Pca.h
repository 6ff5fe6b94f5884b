#pragma once

#include "core/TaskControl.h"
#include "core/Types.h"

namespace segmenta {

/// How many principal components to keep.
struct PcaOptions {
    /// Keep this many components (capped at min(rows, columns)); 0 means: use varianceFraction.
    int components = 2;
    /// With components == 0: keep the fewest components whose cumulative explained variance ratio exceeds
    /// this fraction (0 < fraction ≤ 1), as scikit-learn does for a float n_components.
    double varianceFraction = 0.0;
    /// Threads for the blocked kernels; 0 = defaultThreadCount(). The result does not depend on it.
    int threads = 0;
};

/// A fitted PCA, with the same conventions as scikit-learn's PCA (full SVD solver).
struct PcaResult {
    Vector mean;                   ///< column means of the input
    Matrix components;             ///< kept components × input columns (loadings), unit rows
    Vector singularValues;         ///< of the centred matrix, kept components
    Vector explainedVariance;      ///< singular value² / (rows − 1), kept components
    Vector explainedVarianceRatio; ///< explainedVariance / total variance
    Vector cumulativeRatio;        ///< running sum of explainedVarianceRatio
    Matrix scores;                 ///< rows × kept components: centred input times components'

    Index componentCount() const { return components.rows(); }
};

/// PCA by SVD of the centred matrix, computed from a blocked QR of the rows (no copy of the data, no
/// rows × rows matrix). Signs follow scikit-learn's svd_flip (u-based): in every component, the score of
/// largest absolute value is positive, so results never flip between runs.
/// Throws DataError for fewer than 2 rows or an invalid option.
PcaResult fitPca(const Matrix& data, const PcaOptions& options, const TaskControl& control = {});

/// Scores of new rows under a fitted PCA.
Matrix projectPca(const PcaResult& pca, const Matrix& data);

} // namespace segmenta
