#include "core/SegmentOrder.h"

#include <algorithm>
#include <numeric>

namespace segmenta {

std::vector<int> segmentOrder(const Matrix& centroids, const std::vector<Index>& sizes) {
    std::vector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (sizes[a] != sizes[b])
            return sizes[a] > sizes[b];
        const auto ra = centroids.row(a);
        const auto rb = centroids.row(b);
        return std::lexicographical_compare(ra.begin(), ra.end(), rb.begin(), rb.end());
    });
    return order;
}

std::vector<int> applySegmentOrder(const std::vector<int>& order, Matrix& centroids,
                                   std::vector<Index>& sizes, Labels& labels) {
    std::vector<int> newId(order.size());
    Matrix reordered(centroids.rows(), centroids.cols());
    std::vector<Index> reorderedSizes(order.size());
    for (std::size_t s = 0; s < order.size(); ++s) {
        newId[order[s]] = static_cast<int>(s);
        reordered.row(static_cast<Index>(s)) = centroids.row(order[s]);
        reorderedSizes[s] = sizes[order[s]];
    }
    for (int& label : labels)
        label = newId[label];
    centroids = std::move(reordered);
    sizes = std::move(reorderedSizes);
    return newId;
}

} // namespace segmenta
