#pragma once

#include "core/DataMatrix.h"
#include "core/KSelection.h"
#include "core/Pca.h"
#include "core/Preprocessing.h"
#include "core/Profiles.h"
#include "core/Recipe.h"
#include "core/TaskControl.h"

#include <QStringList>

#include <vector>

namespace segmenta {

/// The space the clustering runs in.
enum class ClusterSpace { Features, Pca };

/// Everything that defines one segmentation run, apart from the data.
struct AnalysisSettings {
    Recipe recipe;
    /// Components for clustering and display. With clusterOn == Features and components == 2 this only
    /// feeds the segment map; 0 components with a variance fraction keeps the fewest components that
    /// explain more than that fraction.
    PcaOptions pca;
    ClusterSpace clusterOn = ClusterSpace::Features;
    SweepOptions sweep;
    /// The K whose model is reported; 0 = the recommended K.
    int chosenK = 0;
    /// Also score the preprocessing grid (preprocessingGrid()) with the same sweep settings.
    bool scoreGrid = false;
};

/// The outcome of a run: the prepared features, the PCA, every K's scores and models, and the profiles
/// of the chosen K's segments.
struct AnalysisResult {
    PreprocessResult prepared;
    PcaResult pca;
    SweepResult sweep;
    int k = 0;                   ///< chosen K
    QStringList profiledColumns; ///< the numeric feature columns, in original units
    std::vector<SegmentProfile> profiles;
    std::vector<Crosstab> crosstabs;
    std::vector<GridCell> grid; ///< with AnalysisSettings::scoreGrid
    double seconds = 0.0;       ///< wall time of the whole run

    const SweepModel& model() const { return sweep.model(k); }
    /// The matrix that was clustered: PCA scores or the prepared features.
    const Matrix& clusteredData() const;
    ClusterSpace clusteredOn = ClusterSpace::Features;
};

/// Runs the pipeline: recipe (missing values → transform → outliers → scaling) → PCA → K sweep → profiles
/// and crosstabs of the chosen K. Crosstabs are made for every column that is not a numeric feature and
/// takes between 2 and 12 distinct values (e.g. Channel and Region).
/// Throws DataError for unusable data or settings, Cancelled on request.
AnalysisResult runAnalysis(const DataMatrix& data, const AnalysisSettings& settings,
                           const TaskControl& control = {});

} // namespace segmenta
