#pragma once
// Private: per word, what the Tagger's scores need of the word alone, kept
// from one document to the next.
//
// Why: of a token's ~50 static features, 17 depend on its word alone (bias,
// word, lower case, shapes, prefixes, suffixes, clusters: word_features() in
// features.hpp), and so does one of its three transition features per
// previous tag. Working them out is string work and hashing, looking their
// weights up is cache misses in a table of megabytes, and news text is
// Zipfian: most tokens are words met many times before. An entry keeps the
// word's facts (what the contextual features of it and of its neighbours
// read), the summed weights of its word features and the weight rows of its
// word transition features, so a known word costs one hash-table lookup.
// Weights and scores are integers, so the sums are exactly those of summing
// feature by feature, and the tags the same.
//
// Bounded: start_document() empties a cache that holds more than its
// capacity (clear when full: no bookkeeping per lookup, and a news
// vocabulary's frequent words are back after a few documents).
//
// Layout: the entries in one array (no allocation per word; emptying keeps
// the memory) and an open-addressing table of (hash bits, entry index), so
// a known word costs a probe in a small table and one entry read. The words
// new to a sentence are worked out together and their weights looked up as
// SentenceScorer does, all the lookups started before any is used: a cold
// cache meets a new word every few tokens.
//
// A cache is for one thread at a time; WordScoreCachePool lends one to each
// concurrent tag_document() call.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/extractor/features.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "dateline/extractor/tags.hpp"

namespace dateline::extractor::detail {

class WordScoreCache {
  public:
    using Scores = std::array<std::int32_t, kTagCount>;
    /// Previous tags of a token: every tag, and kSentenceStart.
    static constexpr std::size_t kPrevTags = kTagCount + 1;

    struct Entry {
        std::string word;  ///< the token as written: the key, so no two words share an entry
        WordFacts facts;   ///< FeatureExtractor::word_facts()
        /// The summed weights of FeatureExtractor::word_features().
        Scores emission{};
        /// Per previous tag, the weights of word_transition_feature()
        /// (NerModel::weights_of(): nullptr when all zero).
        std::array<const std::int16_t*, kPrevTags> transition{};
    };

    /// The model and gazetteer must outlive the cache; capacity >= 1.
    WordScoreCache(const NerModel& model, const Gazetteer& gazetteer, std::size_t capacity);

    /// Empties the cache if it holds more than its capacity. Call before
    /// each document.
    void start_document();

    /// The entries of a sentence's tokens, into out (out[i] for words[i]),
    /// worked out for the words met for the first time. Valid until the next
    /// call.
    void find(std::span<const std::string_view> words, std::vector<const Entry*>& out);

    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }

  private:
    struct Slot {
        std::uint32_t tag = 0;    ///< the hash's top 32 bits
        std::uint32_t entry = 0;  ///< index into entries_ + 1; 0 = empty
    };

    /// The index of word's entry, adding one (facts only) if there is none.
    std::uint32_t find_or_add(std::string_view word);
    void insert_slot(std::uint64_t hash, std::uint32_t entry) noexcept;
    /// Looks up the weights of the entries added since the last call.
    void score_new_entries();

    const NerModel* model_;
    FeatureExtractor extractor_;
    std::size_t capacity_;
    std::vector<Entry> entries_;
    std::vector<Slot> slots_;  ///< a power of two, at most half full
    // Scratch of find(), kept for its memory.
    std::vector<std::uint32_t> found_;
    std::vector<std::uint32_t> new_entries_;
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> word_feature_counts_;
    std::vector<const std::int16_t*> rows_;
};

class WordScoreCachePool {
  public:
    /// The model and gazetteer must outlive the pool.
    WordScoreCachePool(const NerModel& model, const Gazetteer& gazetteer, std::size_t capacity)
        : model_(&model), gazetteer_(&gazetteer), capacity_(capacity) {}

    /// A borrowed cache, given back when the lease is destroyed.
    class Lease {
      public:
        Lease(WordScoreCachePool& pool, std::unique_ptr<WordScoreCache> cache)
            : pool_(&pool), cache_(std::move(cache)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { pool_->give_back(std::move(cache_)); }

        [[nodiscard]] WordScoreCache& operator*() const noexcept { return *cache_; }
        [[nodiscard]] WordScoreCache* operator->() const noexcept { return cache_.get(); }

      private:
        WordScoreCachePool* pool_;
        std::unique_ptr<WordScoreCache> cache_;
    };

    [[nodiscard]] Lease lease();

  private:
    void give_back(std::unique_ptr<WordScoreCache> cache);

    const NerModel* model_;
    const Gazetteer* gazetteer_;
    std::size_t capacity_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<WordScoreCache>> idle_;
};

}  // namespace dateline::extractor::detail
