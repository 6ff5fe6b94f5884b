#include "core/Parallel.h"

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace segmenta {

std::vector<BlockRange> makeBlocks(Index rows, Index blockSize) {
    std::vector<BlockRange> blocks;
    blocks.reserve(static_cast<std::size_t>((rows + blockSize - 1) / blockSize));
    for (Index begin = 0; begin < rows; begin += blockSize)
        blocks.push_back({begin, std::min(rows, begin + blockSize)});
    return blocks;
}

int defaultThreadCount() {
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("SEGMENTA_THREADS", &ok);
    if (ok && fromEnv > 0)
        return fromEnv;
    return std::max(1, QThread::idealThreadCount());
}

void parallelFor(std::size_t count, int threads, const std::function<void(std::size_t)>& fn) {
    if (threads <= 0)
        threads = defaultThreadCount();
    const auto workers = std::min<std::size_t>(static_cast<std::size_t>(threads), count);
    if (workers <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            fn(i);
        return;
    }

    std::atomic<std::size_t> next{0};
    std::atomic_bool failed{false};
    std::exception_ptr firstError;
    std::mutex errorMutex;
    auto work = [&] {
        for (std::size_t i = next++; i < count && !failed.load(); i = next++) {
            try {
                fn(i);
            } catch (...) {
                const std::lock_guard lock(errorMutex);
                if (!firstError)
                    firstError = std::current_exception();
                failed = true;
            }
        }
    };
    std::vector<std::jthread> pool;
    pool.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    pool.clear(); // joins
    if (firstError)
        std::rethrow_exception(firstError);
}

} // namespace segmenta
