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
// vocabulary's frequent words are back after a few documents). Entries do
// not move until then, so references to them hold for a document.
//
// A cache is for one thread at a time; WordScoreCachePool lends one to each
// concurrent tag_document() call.

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
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
        WordFacts facts;  ///< FeatureExtractor::word_facts()
        /// The summed weights of FeatureExtractor::word_features().
        Scores emission{};
        /// Per previous tag, the weights of word_transition_feature()
        /// (NerModel::weights_of(): nullptr when all zero).
        std::array<const std::int16_t*, kPrevTags> transition{};
    };

    /// The model and gazetteer must outlive the cache; capacity >= 1.
    WordScoreCache(const NerModel& model, const Gazetteer& gazetteer, std::size_t capacity);

    /// Empties the cache if it holds more than its capacity. Call before
    /// each document: it invalidates references to entries.
    void start_document();

    /// The entry of a token as written (the key is the raw token, so no
    /// two words share an entry), worked out the first time it is asked for.
    [[nodiscard]] const Entry& find(std::string_view word);

    [[nodiscard]] const FeatureExtractor& extractor() const noexcept { return extractor_; }
    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }

  private:
    // Transparent, so find() looks a string_view up without a copy.
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view word) const noexcept {
            return std::hash<std::string_view>{}(word);
        }
    };

    const NerModel* model_;
    FeatureExtractor extractor_;
    std::size_t capacity_;
    std::unordered_map<std::string, Entry, WordHash, std::equal_to<>> entries_;
    std::vector<std::uint64_t> features_;  ///< scratch for word_features()
};

/// The word score caches of one Tagger: each tag_document() call borrows one
/// (a new one when all are lent), so concurrent calls never share one and
/// each thread of a long run soon has a warm one.
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
