#include "word_score_cache.hpp"

#include <utility>

namespace dateline::extractor::detail {

WordScoreCache::WordScoreCache(const NerModel& model, const Gazetteer& gazetteer,
                               std::size_t capacity)
    : model_(&model), extractor_(gazetteer, model.names(), model.clusters()), capacity_(capacity) {}

void WordScoreCache::start_document() {
    if (entries_.size() > capacity_) entries_.clear();
}

const WordScoreCache::Entry& WordScoreCache::find(std::string_view word) {
    if (const auto it = entries_.find(word); it != entries_.end()) return it->second;
    Entry entry;
    entry.facts = extractor_.word_facts(word);
    features_.clear();
    extractor_.word_features(word, entry.facts, features_);
    for (const std::uint64_t feature : features_)
        model_->add_scores(feature, entry.emission.data());
    for (Tag prev = 0; prev < kPrevTags; ++prev) {
        entry.transition[prev] = model_->weights_of(
            FeatureExtractor::word_transition_feature(prev, entry.facts.lower_hash));
    }
    return entries_.emplace(std::string(word), std::move(entry)).first->second;
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
