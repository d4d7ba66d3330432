#pragma once
// prepare_in_order(): work on worker threads, results in order (the way
// indexing_run.cpp prepares files ahead of its one writer).
//
// prepare_in_order() runs prepare(item, slot) for items 0..count-1 on
// std::async threads, at most `slots` at a time and, past the first one in
// flight, only while the items in flight stay within a byte budget; it hands
// each result to consume(item, result) on the calling thread, strictly in item
// order. So the output is that of a sequential loop, the writer is never
// starved while workers are free, and memory stays bounded.
//
// `slot` (0 <= slot < slots) is used by no other prepare() running at the same
// time: per-slot state (a FilePreparer with its DocumentBuilder) needs no lock
// and is made once, not once per item. An exception from prepare() comes out
// of the call when its item's turn comes; items still in flight are waited for.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <future>
#include <numeric>
#include <utility>
#include <vector>

namespace dateline::indexer {

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
    std::vector<std::size_t> free_slots(slots);
    std::iota(free_slots.rbegin(), free_slots.rend(), std::size_t{0});  // slot 0 first
    // Declared after `prepare`: destroyed first, it waits for the futures
    // still running before what they use goes away.
    std::deque<InFlight> in_flight;
    std::uintmax_t bytes_in_flight = 0;
    std::size_t next = 0;
    for (std::size_t done = 0; done < count; ++done) {
        while (next < count && !free_slots.empty() &&
               (in_flight.empty() || bytes_in_flight + bytes_of(next) <= max_bytes_in_flight)) {
            const std::size_t slot = free_slots.back();
            free_slots.pop_back();
            bytes_in_flight += bytes_of(next);
            in_flight.push_back(
                InFlight{std::async(std::launch::async,
                                    [&prepare, item = next, slot] { return prepare(item, slot); }),
                         slot});
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
