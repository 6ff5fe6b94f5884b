#pragma once

#include "core/Types.h"

#include <cstddef>
#include <functional>

namespace segmenta {

/// Rows [begin, end) of one fixed-size block.
struct BlockRange {
    Index begin = 0;
    Index end = 0;
};

/// Rows per block in the engine's kernels. Block boundaries never depend on the thread count, so
/// partial results kept per block and reduced in block order are bit-identical whatever the thread count.
inline constexpr Index kRowBlock = 256;

/// Splits rows [0, rows) into consecutive blocks of `blockSize` rows (the last may be shorter).
std::vector<BlockRange> makeBlocks(Index rows, Index blockSize = kRowBlock);

/// The thread count used when a caller passes 0: the environment variable SEGMENTA_THREADS when set
/// to a positive number, otherwise the number of hardware threads.
int defaultThreadCount();

/// Calls fn(i) once for every i in [0, count) on up to `threads` threads (0 = defaultThreadCount()),
/// the calling thread included. Returns when all calls have finished. The first exception thrown by
/// any call is rethrown here after the others have stopped taking new work.
void parallelFor(std::size_t count, int threads, const std::function<void(std::size_t)>& fn);

/// Like parallelFor(), but fn(i) runs on `threads` worker threads (items start in index order) while the
/// calling thread only waits and calls onChange(started, finished) whenever either count grows, so that
/// progress can be reported from the calling thread. With one thread everything runs on the calling thread
/// (onChange before and after each item). Exceptions behave as in parallelFor().
void parallelForReporting(std::size_t count, int threads, const std::function<void(std::size_t)>& fn,
                          const std::function<void(std::size_t started, std::size_t finished)>& onChange);

} // namespace segmenta
