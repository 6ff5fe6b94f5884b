#include "core/Parallel.h"

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <condition_variable>
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

void parallelForReporting(std::size_t count, int threads, const std::function<void(std::size_t)>& fn,
                          const std::function<void(std::size_t started, std::size_t finished)>& onChange) {
    if (threads <= 0)
        threads = defaultThreadCount();
    const auto workers = std::min<std::size_t>(static_cast<std::size_t>(threads), count);
    if (workers <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            onChange(i + 1, i);
            fn(i);
        }
        onChange(count, count);
        return;
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::size_t started = 0;
    std::size_t finished = 0;
    std::size_t running = workers;
    bool failed = false;
    std::exception_ptr firstError;
    auto work = [&] {
        std::unique_lock lock(mutex);
        while (started < count && !failed) {
            const std::size_t i = started++;
            changed.notify_all();
            lock.unlock();
            std::exception_ptr error;
            try {
                fn(i);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            if (error && !firstError)
                firstError = error;
            failed = failed || error;
            ++finished;
            changed.notify_all();
        }
        --running;
        changed.notify_all();
    };
    std::vector<std::jthread> pool;
    pool.reserve(workers);
    for (std::size_t t = 0; t < workers; ++t)
        pool.emplace_back(work);
    std::size_t seenStarted = 0;
    std::size_t seenFinished = 0;
    std::unique_lock lock(mutex);
    while (true) {
        changed.wait(lock,
                     [&] { return started != seenStarted || finished != seenFinished || running == 0; });
        if (running == 0 && started == seenStarted && finished == seenFinished)
            break;
        seenStarted = started;
        seenFinished = finished;
        if (failed)
            continue;
        lock.unlock();
        onChange(seenStarted, seenFinished);
        lock.lock();
    }
    lock.unlock();
    pool.clear(); // joins
    if (firstError)
        std::rethrow_exception(firstError);
}

} // namespace segmenta
