// prepare_in_order(): results in item order whatever order the workers
// finish in, a slot never shared by two running items, the byte budget, and
// errors coming out at their item's turn.
#include "dateline/indexer/prepare_in_order.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace dateline::indexer {
namespace {

// Tracks what runs at once.
class Activity {
  public:
    void start(std::size_t slot, std::uintmax_t bytes) {
        std::lock_guard lock(mutex_);
        if (!slots_.insert(slot).second) slot_shared_ = true;
        bytes_ += bytes;
        max_bytes_ = std::max(max_bytes_, bytes_);
        max_running_ = std::max(max_running_, slots_.size());
    }
    void stop(std::size_t slot, std::uintmax_t bytes) {
        std::lock_guard lock(mutex_);
        slots_.erase(slot);
        bytes_ -= bytes;
    }

    std::mutex mutex_;
    std::set<std::size_t> slots_;
    std::uintmax_t bytes_ = 0;
    std::uintmax_t max_bytes_ = 0;
    std::size_t max_running_ = 0;
    bool slot_shared_ = false;
};

TEST(PrepareInOrder, ConsumesInItemOrderWithExclusiveSlots) {
    constexpr std::size_t kItems = 40;
    constexpr std::size_t kSlots = 3;
    Activity activity;
    std::vector<std::size_t> consumed;
    prepare_in_order(
        kItems, kSlots, /*max_bytes_in_flight=*/1000, [](std::size_t) { return std::uintmax_t{1}; },
        [&](std::size_t item, std::size_t slot) {
            EXPECT_LT(slot, kSlots);
            activity.start(slot, 1);
            // Later items finish first now and then.
            std::this_thread::sleep_for(std::chrono::microseconds((kItems - item) % 7 * 300));
            activity.stop(slot, 1);
            return item * 10;
        },
        [&](std::size_t item, std::size_t result) {
            EXPECT_EQ(result, item * 10);
            consumed.push_back(item);
        });
    ASSERT_EQ(consumed.size(), kItems);
    for (std::size_t i = 0; i < kItems; ++i) EXPECT_EQ(consumed[i], i);
    EXPECT_FALSE(activity.slot_shared_);
    EXPECT_LE(activity.max_running_, kSlots);
}

TEST(PrepareInOrder, KeepsTheBytesInFlightWithinTheBudget) {
    Activity activity;
    // Item 3 alone exceeds the budget: it still goes through, by itself.
    const std::vector<std::uintmax_t> sizes{40, 40, 40, 150, 30, 30, 30, 30};
    std::size_t consumed = 0;
    prepare_in_order(
        sizes.size(), 4, /*max_bytes_in_flight=*/100, [&](std::size_t item) { return sizes[item]; },
        [&](std::size_t item, std::size_t slot) {
            activity.start(slot, sizes[item]);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            activity.stop(slot, sizes[item]);
            return item;
        },
        [&](std::size_t, std::size_t) { ++consumed; });
    EXPECT_EQ(consumed, sizes.size());
    EXPECT_LE(activity.max_bytes_, 150U);
    EXPECT_FALSE(activity.slot_shared_);
}

TEST(PrepareInOrder, AnErrorComesOutAtItsItemsTurn) {
    std::vector<std::size_t> consumed;
    std::atomic<int> running{0};
    EXPECT_THROW(prepare_in_order(
                     10, 3, 1000, [](std::size_t) { return std::uintmax_t{1}; },
                     [&](std::size_t item, std::size_t) {
                         ++running;
                         std::this_thread::sleep_for(std::chrono::milliseconds(1));
                         --running;
                         if (item == 4) throw std::runtime_error("disk on fire");
                         return item;
                     },
                     [&](std::size_t item, std::size_t) { consumed.push_back(item); }),
                 std::runtime_error);
    EXPECT_EQ(consumed, (std::vector<std::size_t>{0, 1, 2, 3}));
    EXPECT_EQ(running.load(), 0) << "items in flight were waited for";
}

TEST(PrepareInOrder, NothingToDo) {
    bool called = false;
    prepare_in_order(
        0, 0, 0, [](std::size_t) { return std::uintmax_t{1}; },
        [&](std::size_t, std::size_t) {
            called = true;
            return 0;
        },
        [&](std::size_t, int) { called = true; });
    EXPECT_FALSE(called);
}

}  // namespace
}  // namespace dateline::indexer
