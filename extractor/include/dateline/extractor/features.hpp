#pragma once
// Tagger features: what the averaged perceptron sees of each token.
//
// Every feature is a 64-bit hash of (template id, value), so the model needs
// no feature dictionary: the weight table is indexed by the hash's top bits
// (feature hashing). Static features depend only on the words and are
// computed once per sentence:
//   word, lower case, shape and short shape, prefixes and suffixes 1-4,
//   words and short shapes at -2..+2, word bigrams, shape trigram, position in
//   sentence, all-caps-sentence flag (CoNLL headlines), gazetteer match
//   (country/region/city, begin/inside, multi-word, at -1/0/+1), name-list
//   flags (given name / surname / other, at -1/0/+1), and document flags (the
//   word also occurs lower-case, or capitalised mid-sentence, elsewhere in the
//   document), name context elsewhere in the document (the word, capitalised
//   mid-sentence, follows a capitalised given name / a personal title such as
//   "Mr." or "coach" / any capitalised word), and word clusters (all levels
//   for the word, two levels at -1/+1).
// Transition features depend on the previous tag: the previous tag alone and
// with the word / shape / gazetteer match (first order, so a Viterbi decoder
// can score every previous tag). History features depend on the tags given to
// earlier sentences of the document (the type the tagger gave this word
// earlier in the same document, so a later "Soleimani" follows "Qasem
// Soleimani"); within a sentence they are fixed.
//
// Changing any template changes kFeatureSetVersion; models record it.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/tags.hpp"
#include "dateline/extractor/word_clusters.hpp"

namespace dateline::extractor {

inline constexpr std::uint64_t kFeatureSetVersion = 6;
/// Upper bound on history features per token.
inline constexpr std::size_t kMaxHistoryFeatures = 2;
/// Transition features per token and previous tag, besides the tag pair.
inline constexpr std::size_t kTransitionFeatures = 3;
/// Where FeatureExtractor::transition_features() puts the previous tag with
/// the word, with the short shape and with the gazetteer match. The last two
/// are the same for tokens of the same shape and match.
inline constexpr std::size_t kWordTransition = 0;
inline constexpr std::size_t kShapeTransition = 1;
inline constexpr std::size_t kGazetteerTransition = 2;
/// The "previous tag" value before the first token of a sentence.
inline constexpr Tag kSentenceStart = static_cast<Tag>(kTagCount);

/// BIO constraints: I-X only after B-X or I-X; and B-X not right after
/// another X. The second rule drops the rare adjacent same-type entities
/// (CoNLL-2003 IOB1 marks 70 in 23,499 in train, 4 of 5,942 in testa) but
/// stops a greedy decoder from splitting "Filip De Wilde" into two people.
[[nodiscard]] constexpr bool allowed_transition(Tag prev, Tag tag) noexcept {
    const bool prev_entity = prev != kOutside && prev < kTagCount;
    if (tag == kOutside) return true;
    if (is_begin(tag)) return !prev_entity || tag_type(prev) != tag_type(tag);
    return prev_entity && tag_type(prev) == tag_type(tag);
}

/// What the features use of one word on its own, whatever its context: the
/// contextual features of its neighbours read these, and a tagger may keep
/// them per word (word_score_cache.hpp) instead of working them out again.
struct WordFacts {
    std::string gazetteer_key;  ///< schema::canonical_key() of the normalised word
    std::uint64_t lower_hash = 0;
    std::uint64_t shape_hash = 0;  ///< of the short shape
    ClusterPath cluster{};
    std::uint8_t name_flags = 0;  ///< NameList::flags(), 0 unless capitalised
    bool capitalised = false;
    bool has_letter = false;
};

/// Per-token facts the dynamic features need.
struct TokenInfo {
    std::uint64_t lower_hash = 0;
    std::uint64_t shape_hash = 0;
    std::uint8_t gazetteer = 0;  ///< 0, or 2*kind + (inside ? 1 : 0)
    bool capitalised = false;
};

/// The static features of one sentence.
struct SentenceFeatures {
    std::vector<std::uint64_t> hashes;
    std::vector<std::uint32_t> offsets;  ///< token i owns hashes[offsets[i], offsets[i+1])
    std::vector<TokenInfo> tokens;

    [[nodiscard]] std::size_t size() const noexcept { return tokens.size(); }
    [[nodiscard]] std::span<const std::uint64_t> of(std::size_t i) const noexcept {
        return std::span<const std::uint64_t>(hashes).subspan(offsets[i],
                                                              offsets[i + 1] - offsets[i]);
    }
};

/// What a document says about its words, and what the tagger decided so far.
/// Reset with clear() between documents.
class DocumentContext {
  public:
    void clear() {
        word_flags_.clear();
        history_.clear();
    }
    /// Forgets the decisions but keeps the word flags (the trainer re-tags
    /// the same document every epoch).
    void clear_history() { history_.clear(); }
    /// Records the tags given to a sentence (capitalised words inside entities).
    void record(const SentenceFeatures& sentence, std::span<const Tag> tags);
    /// 1 = seen lower-case, 2 = seen capitalised mid-sentence, and, for
    /// capitalised mid-sentence occurrences outside all-caps sentences:
    /// 4 = after a capitalised given name, 8 = after a personal title,
    /// 16 = after any capitalised word (ORed over the document).
    [[nodiscard]] std::uint8_t word_flags(std::uint64_t lower_hash) const;
    /// 0 = no history, else 1 + the entity type given most often so far.
    [[nodiscard]] std::uint8_t history(std::uint64_t lower_hash) const;

  private:
    friend class FeatureExtractor;
    std::unordered_map<std::uint64_t, std::uint8_t> word_flags_;
    std::unordered_map<std::uint64_t, std::array<std::uint16_t, kEntityTypeCount>> history_;
};

class FeatureExtractor {
  public:
    /// All three must outlive the extractor.
    FeatureExtractor(const Gazetteer& gazetteer, const NameList& names,
                     const WordClusters& clusters)
        : gazetteer_(&gazetteer), names_(&names), clusters_(&clusters) {}

    /// Fills the document flags from all sentences of a document (call once,
    /// before extracting its sentences; clears the context first).
    void prepare_document(std::span<const std::vector<std::string_view>> sentences,
                          DocumentContext& doc) const;

    /// Static features of a sentence.
    void extract(std::span<const std::string_view> words, const DocumentContext& doc,
                 SentenceFeatures& out) const;

    /// The word facts of a token as extract() works them out.
    [[nodiscard]] WordFacts word_facts(std::string_view word) const;

    /// Appends the static features of a token that depend on its word alone
    /// (word, lower case, shapes, prefixes and suffixes, bias, clusters);
    /// facts must be word_facts(word). Together with extract_context()'s they
    /// are extract()'s, in another order.
    void word_features(std::string_view word, const WordFacts& facts,
                       std::vector<std::uint64_t>& out) const;

    /// The static features of a sentence without the word_features() of its
    /// tokens; facts[i] must be word_facts(words[i]) (a tagger keeps them per
    /// word). Fills out.tokens as extract() does.
    void extract_context(std::span<const std::string_view> words,
                         std::span<const WordFacts* const> facts, const DocumentContext& doc,
                         SentenceFeatures& out) const;

    /// History features of token i (from the tags of earlier sentences);
    /// returns how many were written to out (at most kMaxHistoryFeatures).
    static std::size_t history_features(const SentenceFeatures& sentence, std::size_t i,
                                        const DocumentContext& doc, std::uint64_t* out) noexcept;

    /// The tag-pair feature: the previous tag alone (kSentenceStart for the
    /// first token); the same for every token, so decoders score it once.
    static std::uint64_t tag_pair_feature(Tag prev) noexcept;

    /// The kTransitionFeatures features of token i after the tag prev: the
    /// previous tag with the word, shape and gazetteer match.
    static void transition_features(const SentenceFeatures& sentence, std::size_t i, Tag prev,
                                    std::uint64_t* out) noexcept;

    /// transition_features()[kWordTransition] of a token whose lower-case
    /// form hashes to lower_hash (TokenInfo::lower_hash): the only transition
    /// feature that depends on the word alone.
    static std::uint64_t word_transition_feature(Tag prev, std::uint64_t lower_hash) noexcept;

  private:
    /// extract() and extract_context(): with word features or without.
    /// words: the normalised tokens, or empty for no word features.
    void extract_static(std::span<const std::string_view> raw_words,
                        std::span<const WordFacts* const> facts, std::span<const std::string> words,
                        const DocumentContext& doc, SentenceFeatures& out) const;

    const Gazetteer* gazetteer_;
    const NameList* names_;
    const WordClusters* clusters_;
};

/// ASCII form of a token as CoNLL writes it: curly quotes and apostrophes to
/// ASCII, em/en dashes to "--"/"-".
[[nodiscard]] std::string normalise_token(std::string_view token);

}  // namespace dateline::extractor
