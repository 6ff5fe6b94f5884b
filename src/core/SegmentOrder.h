#pragma once

#include "core/Types.h"

#include <vector>

namespace segmenta {

/// The documented segment numbering shared by every clustering algorithm: largest segment first; segments
/// of equal size ordered by their centroids compared coordinate by coordinate (smaller first).
/// Returns, for each new segment number, the old one.
std::vector<int> segmentOrder(const Matrix& centroids, const std::vector<Index>& sizes);

/// Renumbers a partition in place by `order` (new → old, from segmentOrder()): centroid rows, sizes and
/// labels move together. Returns the map old → new, for callers with more per-segment data to permute.
std::vector<int> applySegmentOrder(const std::vector<int>& order, Matrix& centroids,
                                   std::vector<Index>& sizes, Labels& labels);

} // namespace segmenta
