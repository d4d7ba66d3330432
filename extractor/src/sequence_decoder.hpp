#pragma once
// Decoding one sentence with the perceptron's weights, shared by the Tagger
// (int16 model weights, int32 scores) and the trainer (float weights), so
// training decodes exactly as tagging does.
//
// Viterbi: the exact best tag sequence under first-order transition features
// (features.hpp) and the BIO constraints of allowed_transition(). Greedy:
// left to right, the best tag given the one before it (kept for comparison,
// docs/extraction.md).

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

#include "dateline/extractor/features.hpp"
#include "dateline/extractor/tags.hpp"

namespace dateline::extractor::detail {

/// The scores of every tag of token i that do not depend on the previous
/// tag: static and history features.
template <typename Weights, typename Score>
void token_scores(const Weights& weights, const SentenceFeatures& features,
                  const DocumentContext& doc, std::size_t i, Score* scores) {
    for (std::size_t t = 0; t < kTagCount; ++t) scores[t] = 0;
    for (const std::uint64_t f : features.of(i)) weights.add_scores(f, scores);
    std::uint64_t history[kMaxHistoryFeatures];
    const std::size_t n = FeatureExtractor::history_features(features, i, doc, history);
    for (std::size_t k = 0; k < n; ++k) weights.add_scores(history[k], scores);
}

/// The scores of the tag-pair feature alone (the same for every token):
/// row prev (kSentenceStart included), column tag.
template <typename Score>
using TransitionMatrix = std::array<std::array<Score, kTagCount>, kTagCount + 1>;

template <typename Weights, typename Score>
TransitionMatrix<Score> transition_matrix(const Weights& weights) {
    TransitionMatrix<Score> matrix{};
    for (Tag prev = 0; prev <= kTagCount; ++prev)
        weights.add_scores(FeatureExtractor::tag_pair_feature(prev), matrix[prev].data());
    return matrix;
}

/// Adds the transition scores of token i after the tag prev.
template <typename Weights, typename Score>
void add_transition_scores(const Weights& weights, const TransitionMatrix<Score>& matrix,
                           const SentenceFeatures& features, std::size_t i, Tag prev,
                           Score* scores) {
    for (std::size_t t = 0; t < kTagCount; ++t) scores[t] += matrix[prev][t];
    std::uint64_t transition[kTransitionFeatures];
    FeatureExtractor::transition_features(features, i, prev, transition);
    for (const std::uint64_t f : transition) weights.add_scores(f, scores);
}

template <typename Weights, typename Score>
void greedy_decode(const Weights& weights, const TransitionMatrix<Score>& matrix,
                   const SentenceFeatures& features, const DocumentContext& doc,
                   std::vector<Tag>& tags) {
    tags.assign(features.size(), kOutside);
    Tag prev = kSentenceStart;
    for (std::size_t i = 0; i < features.size(); ++i) {
        Score scores[kTagCount];
        token_scores(weights, features, doc, i, scores);
        add_transition_scores(weights, matrix, features, i, prev, scores);
        Tag best = kOutside;
        Score best_score = std::numeric_limits<Score>::lowest();
        for (Tag t = 0; t < kTagCount; ++t) {
            if (allowed_transition(prev, t) && scores[t] > best_score) {
                best = t;
                best_score = scores[t];
            }
        }
        tags[i] = best;
        prev = best;
    }
}

/// Viterbi over a sentence of n tokens: the best tag sequence, into tags.
/// step_scores(i, prev, scores) writes the scores of every tag of token i
/// after the tag prev (kSentenceStart for token 0); it is called with i in
/// increasing order. Total is a type wide enough for a sentence's summed
/// scores. back is scratch space, reused between sentences.
template <typename Score, typename Total, typename StepScores>
void viterbi(std::size_t n, StepScores&& step_scores, std::vector<std::array<Tag, kTagCount>>& back,
             std::vector<Tag>& tags) {
    tags.assign(n, kOutside);
    if (n == 0) return;
    constexpr Total kNone = std::numeric_limits<Total>::lowest();
    std::array<Total, kTagCount> best{};
    std::array<Total, kTagCount> next{};
    back.assign(n, {});
    Score step[kTagCount];
    step_scores(std::size_t{0}, kSentenceStart, step);
    for (Tag t = 0; t < kTagCount; ++t)
        best[t] = allowed_transition(kSentenceStart, t) ? static_cast<Total>(step[t]) : kNone;
    for (std::size_t i = 1; i < n; ++i) {
        next.fill(kNone);
        for (Tag prev = 0; prev < kTagCount; ++prev) {
            if (best[prev] == kNone) continue;
            step_scores(i, prev, step);
            for (Tag t = 0; t < kTagCount; ++t) {
                if (!allowed_transition(prev, t)) continue;
                const Total candidate = best[prev] + static_cast<Total>(step[t]);
                if (candidate > next[t]) {
                    next[t] = candidate;
                    back[i][t] = prev;
                }
            }
        }
        best = next;
    }
    Tag last = kOutside;
    for (Tag t = 0; t < kTagCount; ++t)
        if (best[t] > best[last]) last = t;
    for (std::size_t i = n; i-- > 0;) {
        tags[i] = last;
        if (i > 0) last = back[i][last];
    }
}

/// Viterbi with the scores looked up feature by feature, as the trainer
/// does: token_scores() once per token, then the transition scores of each
/// previous tag added to them, in this order (the trainer's float sums
/// depend on it).
template <typename Weights, typename Score, typename Total>
void viterbi_decode(const Weights& weights, const TransitionMatrix<Score>& matrix,
                    const SentenceFeatures& features, const DocumentContext& doc,
                    std::vector<Tag>& tags) {
    Score base[kTagCount];
    std::size_t base_token = features.size();
    std::vector<std::array<Tag, kTagCount>> back;
    viterbi<Score, Total>(
        features.size(),
        [&](std::size_t i, Tag prev, Score* step) {
            if (base_token != i) {
                token_scores(weights, features, doc, i, base);
                base_token = i;
            }
            for (std::size_t t = 0; t < kTagCount; ++t) step[t] = base[t];
            add_transition_scores(weights, matrix, features, i, prev, step);
        },
        back, tags);
}

}  // namespace dateline::extractor::detail
