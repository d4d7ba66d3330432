#pragma once
// Private: the tag scores of one sentence from a NerModel, looked up for the
// whole sentence before it is decoded, for the Tagger's Viterbi decoder.
//
// Why not feature by feature as the trainer does (sequence_decoder.hpp): the
// weight table is megabytes, a sentence's features land all over it, and a
// lookup is a chain of two cache misses (the bitmap word, then the row).
// One token after another, the processor overlaps only a few of them; here
// every lookup of a block of tokens is known in advance, so all their first
// misses are started together (NerModel::prefetch), then all their rows,
// and only then are the scores summed. Of a token's three transition
// features per previous tag, two depend only on its short shape and its
// gazetteer match, a handful of pairs per document: their sums (with the
// tag-pair scores) are kept per pair, so a token after the first of its
// pair looks up nine transition weights instead of 27 (or 30 for the
// first token). Given the word score cache's entries of the tokens
// (word_score_cache.hpp), the features that depend on the word alone are
// not looked up at all: the entries hold their sums and rows. The scores
// are the same integers as token_scores() plus add_transition_scores()
// give, so the tags are too.

#include <array>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "dateline/extractor/features.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "dateline/extractor/tags.hpp"
#include "sequence_decoder.hpp"
#include "word_score_cache.hpp"

namespace dateline::extractor::detail {

class SentenceScorer {
  public:
    /// The model must outlive the scorer.
    explicit SentenceScorer(const NerModel& model);

    /// Looks up the scores of every token of a sentence (its static features,
    /// the document history and the transition features of every previous
    /// tag). Replaces the previous sentence's. With words (one entry per
    /// token), the features come from FeatureExtractor::extract_context()
    /// and the entries stand for the word features and word transitions;
    /// without, from FeatureExtractor::extract().
    void score(const SentenceFeatures& features, const DocumentContext& doc,
               std::span<const WordScoreCache::Entry* const> words = {});

    /// The scores of every tag of token i after the tag prev
    /// (kSentenceStart for token 0), as viterbi() asks for them.
    void step_scores(std::size_t i, Tag prev, std::int32_t* out) const noexcept {
        const auto& emission = emission_[i];
        const auto& transition = transition_[i * kPrevTags + prev];
        for (std::size_t t = 0; t < kTagCount; ++t) out[t] = emission[t] + transition[t];
    }

  private:
    /// Previous tags per token in transition_: every tag, and kSentenceStart.
    static constexpr std::size_t kPrevTags = kTagCount + 1;

    using Scores = std::array<std::int32_t, kTagCount>;
    /// Per previous tag, the tag-pair scores plus those of the shape and
    /// gazetteer transition features of a token.
    using ShapeTransitions = std::array<Scores, kPrevTags>;

    struct ShapeKey {
        std::uint64_t shape_hash = 0;
        std::uint8_t gazetteer = 0;
        bool operator==(const ShapeKey&) const = default;
    };
    struct ShapeKeyHash {
        std::size_t operator()(const ShapeKey& key) const noexcept {
            return static_cast<std::size_t>(key.shape_hash ^
                                            (key.gazetteer * 0x9e3779b97f4a7c15ULL));
        }
    };

    void score_block(const SentenceFeatures& features, const DocumentContext& doc,
                     std::span<const WordScoreCache::Entry* const> words, std::size_t begin,
                     std::size_t end);
    /// The shape transitions of token i's short shape and gazetteer match,
    /// looked up the first time the pair is met.
    const ShapeTransitions& shape_transitions(const SentenceFeatures& features, std::size_t i);

    const NerModel* model_;
    TransitionMatrix<std::int32_t> matrix_;
    std::vector<Scores> emission_;     ///< per token: static and history features
    std::vector<Scores> transition_;   ///< [i * kPrevTags + prev]: tag pair and transition features
    std::vector<std::uint64_t> keys_;  ///< the features of a block, in summing order
    std::vector<const std::int16_t*> rows_;     ///< their weights, nullptr if none
    std::vector<std::uint32_t> history_count_;  ///< history features per token of a block
    std::unordered_map<ShapeKey, ShapeTransitions, ShapeKeyHash> shape_transitions_;
    std::vector<const ShapeTransitions*> block_shapes_;  ///< per token of a block
};

}  // namespace dateline::extractor::detail
