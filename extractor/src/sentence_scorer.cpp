#include "sentence_scorer.hpp"

#include <algorithm>

namespace dateline::extractor::detail {

namespace {

// Tokens whose lookups are started together: about 75 features each, so a
// block's bitmap words and rows (two cache lines a feature) stay well inside
// the L2 cache between being prefetched and being read.
constexpr std::size_t kBlockTokens = 8;

void add_row(const std::int16_t* row, std::int32_t* scores) noexcept {
    if (row == nullptr) return;
    for (std::size_t t = 0; t < kTagCount; ++t) scores[t] += row[t];
}

}  // namespace

SentenceScorer::SentenceScorer(const NerModel& model)
    : model_(&model), matrix_(transition_matrix<NerModel, std::int32_t>(model)) {}

void SentenceScorer::score(const SentenceFeatures& features, const DocumentContext& doc,
                           std::span<const WordScoreCache::Entry* const> words) {
    const std::size_t n = features.size();
    emission_.assign(n, Scores{});
    for (std::size_t i = 0; i < words.size(); ++i) emission_[i] = words[i]->emission;
    transition_.resize(n * kPrevTags);
    for (std::size_t begin = 0; begin < n; begin += kBlockTokens)
        score_block(features, doc, words, begin, std::min(n, begin + kBlockTokens));
}

const SentenceScorer::ShapeTransitions& SentenceScorer::shape_transitions(
    const SentenceFeatures& features, std::size_t i) {
    const TokenInfo& token = features.tokens[i];
    const auto [it, added] =
        shape_transitions_.try_emplace(ShapeKey{token.shape_hash, token.gazetteer});
    if (added) {
        for (Tag prev = 0; prev < kPrevTags; ++prev) {
            std::uint64_t transition[kTransitionFeatures];
            FeatureExtractor::transition_features(features, i, prev, transition);
            Scores& scores = it->second[prev];
            scores = matrix_[prev];
            model_->add_scores(transition[kShapeTransition], scores.data());
            model_->add_scores(transition[kGazetteerTransition], scores.data());
        }
    }
    return it->second;
}

void SentenceScorer::score_block(const SentenceFeatures& features, const DocumentContext& doc,
                                 std::span<const WordScoreCache::Entry* const> words,
                                 std::size_t begin, std::size_t end) {
    const bool cached = !words.empty();
    // Token 0 follows kSentenceStart only; the others follow any tag.
    const auto prev_tags = [](std::size_t i) {
        return i == 0 ? std::pair<Tag, Tag>{kSentenceStart, kSentenceStart + 1}
                      : std::pair<Tag, Tag>{0, kTagCount};
    };
    keys_.clear();
    history_count_.clear();
    block_shapes_.clear();
    for (std::size_t i = begin; i < end; ++i) {
        const auto static_features = features.of(i);
        keys_.insert(keys_.end(), static_features.begin(), static_features.end());
        std::uint64_t history[kMaxHistoryFeatures];
        const std::size_t h = FeatureExtractor::history_features(features, i, doc, history);
        keys_.insert(keys_.end(), history, history + h);
        history_count_.push_back(static_cast<std::uint32_t>(h));
        block_shapes_.push_back(&shape_transitions(features, i));
        if (cached) continue;
        const auto [first, last] = prev_tags(i);
        for (Tag prev = first; prev < last; ++prev) {
            std::uint64_t transition[kTransitionFeatures];
            FeatureExtractor::transition_features(features, i, prev, transition);
            keys_.push_back(transition[kWordTransition]);
        }
    }
    model_->weights_of_all(keys_, rows_);
    // Summed in the order the keys were listed.
    std::size_t k = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const std::size_t own = features.of(i).size() + history_count_[i - begin];
        for (const std::size_t stop = k + own; k < stop; ++k)
            add_row(rows_[k], emission_[i].data());
        const auto [first, last] = prev_tags(i);
        const ShapeTransitions& shape = *block_shapes_[i - begin];
        for (Tag prev = first; prev < last; ++prev) {
            Scores& scores = transition_[i * kPrevTags + prev];
            scores = shape[prev];
            add_row(cached ? words[i]->transition[prev] : rows_[k++], scores.data());
        }
    }
}

}  // namespace dateline::extractor::detail
