#include "word_score_cache.hpp"

#include <algorithm>
#include <bit>
#include <functional>
#include <utility>

namespace dateline::extractor::detail {

namespace {

std::uint64_t hash_of(std::string_view word) noexcept {
    return std::hash<std::string_view>{}(word);
}

}  // namespace

WordScoreCache::WordScoreCache(const NerModel& model, const Gazetteer& gazetteer,
                               std::size_t capacity)
    : model_(&model), extractor_(gazetteer, model.names(), model.clusters()), capacity_(capacity) {}

void WordScoreCache::start_document() {
    if (entries_.size() <= capacity_) return;
    entries_.clear();
    std::fill(slots_.begin(), slots_.end(), Slot{});
}

void WordScoreCache::find(std::span<const std::string_view> words, std::vector<const Entry*>& out) {
    found_.clear();
    new_entries_.clear();
    for (const std::string_view word : words) found_.push_back(find_or_add(word));
    if (!new_entries_.empty()) score_new_entries();
    // Only now: adding may have moved the entries.
    out.clear();
    for (const std::uint32_t index : found_) out.push_back(&entries_[index]);
}

std::uint32_t WordScoreCache::find_or_add(std::string_view word) {
    if (entries_.capacity() == 0) {
        // Room for a full cache and a document more: no doubling (and, for
        // a moment, two copies) when the cache first fills.
        entries_.reserve(capacity_ + capacity_ / 4 + 64);
    }
    if (2 * (entries_.size() + 1) > slots_.size()) {
        // Grow the table (an entry's slot is found again from its word).
        slots_.assign(std::max<std::size_t>(std::bit_ceil(2 * capacity_), 2 * slots_.size()),
                      Slot{});
        for (std::size_t i = 0; i < entries_.size(); ++i)
            insert_slot(hash_of(entries_[i].word), static_cast<std::uint32_t>(i + 1));
    }
    const std::uint64_t hash = hash_of(word);
    const auto tag = static_cast<std::uint32_t>(hash >> 32U);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot slot = slots_[i];
        if (slot.entry == 0) break;
        if (slot.tag == tag && entries_[slot.entry - 1].word == word) return slot.entry - 1;
    }
    const auto index = static_cast<std::uint32_t>(entries_.size());
    Entry& entry = entries_.emplace_back();
    entry.word = word;
    entry.facts = extractor_.word_facts(word);
    insert_slot(hash, index + 1);
    new_entries_.push_back(index);
    return index;
}

void WordScoreCache::insert_slot(std::uint64_t hash, std::uint32_t entry) noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<std::uint32_t>(hash >> 32U), entry};
}

void WordScoreCache::score_new_entries() {
    // Every weight lookup of the new words listed, their first cache misses
    // started together, then their rows (as SentenceScorer::score_block).
    keys_.clear();
    word_feature_counts_.clear();
    for (const std::uint32_t index : new_entries_) {
        const Entry& entry = entries_[index];
        const std::size_t before = keys_.size();
        extractor_.word_features(entry.word, entry.facts, keys_);
        word_feature_counts_.push_back(static_cast<std::uint32_t>(keys_.size() - before));
        for (Tag prev = 0; prev < kPrevTags; ++prev)
            keys_.push_back(
                FeatureExtractor::word_transition_feature(prev, entry.facts.lower_hash));
    }
    model_->weights_of_all(keys_, rows_);
    std::size_t k = 0;
    for (std::size_t n = 0; n < new_entries_.size(); ++n) {
        Entry& entry = entries_[new_entries_[n]];
        for (const std::size_t stop = k + word_feature_counts_[n]; k < stop; ++k) {
            if (rows_[k] == nullptr) continue;
            for (std::size_t t = 0; t < kTagCount; ++t) entry.emission[t] += rows_[k][t];
        }
        for (Tag prev = 0; prev < kPrevTags; ++prev, ++k) entry.transition[prev] = rows_[k];
    }
}

WordScoreCachePool::Lease WordScoreCachePool::lease() {
    {
        const std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto cache = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(cache));
        }
    }
    return Lease(*this, std::make_unique<WordScoreCache>(*model_, *gazetteer_, capacity_));
}

void WordScoreCachePool::give_back(std::unique_ptr<WordScoreCache> cache) {
    const std::lock_guard lock(mutex_);
    idle_.push_back(std::move(cache));
}

}  // namespace dateline::extractor::detail
