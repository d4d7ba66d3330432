#pragma once
// prepare_in_order(): work on worker threads, results in order (the way
// indexing_run.cpp prepares files ahead of its writers).
//
// prepare_in_order() runs prepare(item, slot) for items 0..count-1 on worker
// threads, at most `slots` at a time and, past the first one in flight, only
// while the items in flight stay within a byte budget; it hands each result
// to consume(item, result) on the calling thread, strictly in item order. So
// the output is that of a sequential loop, the writer is never starved while
// workers are free, and memory stays bounded.
//
// `slot` (0 <= slot < slots) is used by no other prepare() running at the same
// time: per-slot state (a FilePreparer with its DocumentBuilder) needs no lock
// and is made once, not once per item. Each slot has one thread for the whole
// call: an archive of one small file per article would otherwise start a
// thread per article. An exception from prepare() comes out of the call when
// its item's turn comes; items still in flight are waited for.

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace dateline::indexer {

namespace detail {

/// One thread that runs the tasks posted to it, one at a time. Destroying it
/// runs the task still posted, then joins the thread.
template <typename Result>
class SlotThread {
  public:
    SlotThread() : thread_([this] { run(); }) {}
    SlotThread(const SlotThread&) = delete;
    SlotThread& operator=(const SlotThread&) = delete;
    ~SlotThread() {
        {
            const std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        changed_.notify_one();
        thread_.join();
    }

    /// Runs `task` on this thread; the caller waits for its future before
    /// posting the next one.
    void post(std::packaged_task<Result()> task) {
        {
            const std::lock_guard lock(mutex_);
            task_ = std::move(task);
        }
        changed_.notify_one();
    }

  private:
    void run() {
        for (;;) {
            std::packaged_task<Result()> task;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [&] { return task_.has_value() || stopping_; });
                if (!task_) return;
                task = std::move(*task_);
                task_.reset();
            }
            task();  // its exception goes to the future
        }
    }

    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<std::packaged_task<Result()>> task_;
    bool stopping_ = false;
    std::thread thread_;  // last: started once the members it uses exist
};

}  // namespace detail

/// `bytes_of(item)` (a std::uintmax_t) is what an item costs in memory while in flight;
/// `max_bytes_in_flight` bounds their sum (one item may exceed it alone).
template <typename Prepare, typename BytesOf, typename Consume>
void prepare_in_order(std::size_t count, std::size_t slots, std::uintmax_t max_bytes_in_flight,
                      BytesOf bytes_of, Prepare prepare, Consume consume) {
    using Result = decltype(prepare(std::size_t{}, std::size_t{}));
    struct InFlight {
        std::future<Result> result;
        std::size_t slot;
    };
    if (count == 0) return;
    std::vector<std::size_t> free_slots(slots);
    std::iota(free_slots.rbegin(), free_slots.rend(), std::size_t{0});  // slot 0 first
    std::deque<InFlight> in_flight;
    // Declared after `prepare`: destroyed first, they finish the items still
    // running before what those use goes away.
    std::vector<std::unique_ptr<detail::SlotThread<Result>>> threads;
    threads.reserve(slots);
    for (std::size_t slot = 0; slot < slots; ++slot) {
        threads.push_back(std::make_unique<detail::SlotThread<Result>>());
    }
    std::uintmax_t bytes_in_flight = 0;
    std::size_t next = 0;
    for (std::size_t done = 0; done < count; ++done) {
        while (next < count && !free_slots.empty() &&
               (in_flight.empty() || bytes_in_flight + bytes_of(next) <= max_bytes_in_flight)) {
            const std::size_t slot = free_slots.back();
            free_slots.pop_back();
            bytes_in_flight += bytes_of(next);
            std::packaged_task<Result()> task(
                [&prepare, item = next, slot] { return prepare(item, slot); });
            in_flight.push_back(InFlight{task.get_future(), slot});
            threads[slot]->post(std::move(task));
            ++next;
        }
        InFlight front = std::move(in_flight.front());
        in_flight.pop_front();
        Result result = front.result.get();
        free_slots.push_back(front.slot);
        bytes_in_flight -= bytes_of(done);
        consume(done, std::move(result));
    }
}

}  // namespace dateline::indexer
