#include "dateline/extractor/features.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "dateline/extractor/word_shape.hpp"
#include "dateline/schema/entity.hpp"
#include "hash.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

using detail::hash_bytes;
using detail::hash_combine;

// Template ids (seeds). Never renumber without bumping kFeatureSetVersion.
enum Template : std::uint64_t {
    kBias = 1,
    kWord,
    kLower,
    kShape,
    kShortShape,
    kPrefix1,
    kPrefix2,
    kPrefix3,
    kPrefix4,
    kSuffix1,
    kSuffix2,
    kSuffix3,
    kSuffix4,
    kLowerM1,
    kLowerP1,
    kLowerM2,
    kLowerP2,
    kShapeM1,
    kShapeP1,
    kShapeM2,
    kShapeP2,
    kBigramLeft,
    kBigramRight,
    kShapeTrigram,
    kPosition,
    kAllCaps,
    kGaz0,
    kGazM1,
    kGazP1,
    kGazShape,
    kName0,
    kNameM1,
    kNameP1,
    kNamePair,
    kDocFlags,
    kLowerM1Shape0,
    kShape0LowerP1,
    kGazWords,
    kLowerM1LowerP1,
    kCluster,
    kClusterM1,
    kClusterP1,
    kDocNameContext,
    kPrevTag = 50,
    kPrevTwoTagsRetired,  // feature set 5; gone with first-order decoding
    kPrevTagLower,
    kPrevTagShape,
    kHistory,
    kHistoryShape,
    kPrevTagGaz,
};

bool has_letter(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) {
        return detail::is_ascii_lower(c) || detail::is_ascii_upper(c) ||
               static_cast<unsigned char>(c) >= 0x80;
    });
}

bool has_lower(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return detail::is_ascii_lower(c); });
}

bool starts_upper(std::string_view w) {
    if (w.empty()) return false;
    if (detail::is_ascii_upper(w[0])) return true;
    const auto cp = detail::decode_utf8(w, 0);
    return cp.value >= 0xC0 && cp.value <= 0xDE && cp.value != 0xD7;
}

bool is_person_title(std::string_view w) {
    static constexpr std::string_view kTitles[] = {
        "Mr",       "Mr.",        "Mrs",      "Mrs.",       "Ms",        "Ms.",         "Dr",
        "Dr.",      "President",  "Minister", "minister",   "Premier",   "coach",       "Coach",
        "striker",  "midfielder", "defender", "goalkeeper", "spokesman", "spokeswoman", "chairman",
        "Chairman", "Sen.",       "Senator",  "Gen.",       "General",   "Judge",       "Prince",
        "King",     "Queen",      "Pope",     "Rev.",       "Lt.",       "Col.",        "Capt.",
        "Gov.",     "Governor",   "Rep.",     "leader",     "secretary", "Secretary"};
    return std::find(std::begin(kTitles), std::end(kTitles), w) != std::end(kTitles);
}

bool all_caps_sentence(std::span<const std::string_view> words) {
    std::size_t letter_words = 0;
    for (const std::string_view w : words) {
        if (!has_letter(w)) continue;
        if (has_lower(w)) return false;
        ++letter_words;
    }
    return letter_words >= 2;
}

// hash_bytes({}, t) of every template id, at compile time: the hash of a
// feature of numeric values is then one hash_combine() per value (about 75
// features a token, each hashed once for the tagger, 27 of them again for
// every previous tag).
constexpr auto kTemplateSeeds = [] {
    std::array<std::uint64_t, kPrevTagGaz + 1> seeds{};
    for (std::uint64_t t = 0; t < seeds.size(); ++t) seeds[t] = hash_bytes({}, t);
    return seeds;
}();

std::uint64_t feature_hash(Template t, std::string_view value) { return hash_bytes(value, t); }
std::uint64_t feature_hash(Template t, std::uint64_t a) {
    return hash_combine(kTemplateSeeds[t], a);
}
std::uint64_t feature_hash(Template t, std::uint64_t a, std::uint64_t b) {
    return hash_combine(feature_hash(t, a), b);
}
std::uint64_t feature_hash(Template t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    return hash_combine(feature_hash(t, a, b), c);
}

std::uint64_t lower_hash_of(std::string_view word) {
    return hash_bytes(detail::ascii_lower(normalise_token(word)), 0x4c4f57);
}

// What word_facts() gives, from the normalised word.
WordFacts facts_of(const std::string& word, const NameList& names, const WordClusters& clusters) {
    WordFacts facts;
    facts.gazetteer_key = schema::canonical_key(word);
    facts.lower_hash = hash_bytes(detail::ascii_lower(word), 0x4c4f57);
    facts.shape_hash = hash_bytes(short_word_shape(word), 0x534850);
    facts.cluster = clusters.cluster_of(word);
    facts.capitalised = starts_upper(word);
    if (facts.capitalised) facts.name_flags = names.flags(word);
    facts.has_letter = has_letter(word);
    return facts;
}

// The word features extract() lists first for a token: bias, word, lower
// case, shape, short shape, prefixes and suffixes. word is normalised.
void add_word_head(const std::string& word, const WordFacts& facts,
                   std::vector<std::uint64_t>& out) {
    const std::string lower_word = detail::ascii_lower(word);
    out.push_back(feature_hash(kBias, std::uint64_t{0}));
    out.push_back(feature_hash(kWord, hash_bytes(word, 0x574f5244)));
    out.push_back(feature_hash(kLower, facts.lower_hash));
    out.push_back(feature_hash(kShape, word_shape(word)));
    out.push_back(feature_hash(kShortShape, facts.shape_hash));
    static constexpr Template kPrefixes[] = {kPrefix1, kPrefix2, kPrefix3, kPrefix4};
    static constexpr Template kSuffixes[] = {kSuffix1, kSuffix2, kSuffix3, kSuffix4};
    for (std::size_t k = 1; k <= 4 && k < lower_word.size(); ++k) {
        out.push_back(feature_hash(kPrefixes[k - 1], std::string_view(lower_word).substr(0, k)));
        out.push_back(feature_hash(kSuffixes[k - 1],
                                   std::string_view(lower_word).substr(lower_word.size() - k)));
    }
}

// The word's own clusters, every level (extract() lists them after the
// contextual features).
void add_cluster_features(const WordFacts& facts, std::vector<std::uint64_t>& out) {
    for (std::size_t level = 0; level < kClusterLevels; ++level)
        out.push_back(feature_hash(kCluster, level, std::uint64_t{facts.cluster[level]}));
}

}  // namespace

std::string normalise_token(std::string_view token) {
    if (std::all_of(token.begin(), token.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return std::string(token);
    }
    std::string out;
    out.reserve(token.size());
    for (std::size_t i = 0; i < token.size();) {
        const auto cp = detail::decode_utf8(token, i);
        switch (cp.value) {
            case 0x2018:
            case 0x2019:
            case 0x201B:
                out += '\'';
                break;
            case 0x201C:
            case 0x201D:
            case 0xAB:
            case 0xBB:
                out += '"';
                break;
            case 0x2013:
            case 0x2010:
            case 0x2011:
            case 0x2212:
                out += '-';
                break;
            case 0x2014:
            case 0x2015:
                out += "--";
                break;
            case 0x2026:
                out += "...";
                break;
            default:
                out.append(token.substr(i, cp.length));
        }
        i += cp.length;
    }
    return out;
}

void DocumentContext::record(const SentenceFeatures& sentence, std::span<const Tag> tags) {
    for (std::size_t i = 0; i < tags.size() && i < sentence.size(); ++i) {
        if (tags[i] == kOutside || !sentence.tokens[i].capitalised) continue;
        auto& counts = history_[sentence.tokens[i].lower_hash];
        auto& count = counts[static_cast<std::size_t>(tag_type(tags[i]))];
        if (count < 0xFFFF) ++count;
    }
}

std::uint8_t DocumentContext::word_flags(std::uint64_t lower_hash) const {
    const auto it = word_flags_.find(lower_hash);
    return it == word_flags_.end() ? 0 : it->second;
}

std::uint8_t DocumentContext::history(std::uint64_t lower_hash) const {
    const auto it = history_.find(lower_hash);
    if (it == history_.end()) return 0;
    const auto& tag_counts = it->second;
    const auto best = std::max_element(tag_counts.begin(), tag_counts.end());
    return static_cast<std::uint8_t>(1 + (best - tag_counts.begin()));
}

void FeatureExtractor::prepare_document(std::span<const std::vector<std::string_view>> sentences,
                                        DocumentContext& doc) const {
    doc.clear();
    for (const auto& words : sentences) {
        const bool caps = all_caps_sentence(words);
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string_view w = words[i];
            if (!has_letter(w)) continue;
            std::uint8_t flag = 0;
            if (detail::is_ascii_lower(w[0]))
                flag = 1;
            else if (i > 0 && !caps && starts_upper(w))
                flag = 2;
            if (!caps && starts_upper(w)) {
                // Name context elsewhere in the document: after a capitalised
                // given name or a personal title, or last of a capitalised run.
                if (i > 0 && starts_upper(words[i - 1])) {
                    flag |= 16;
                    if ((names_->flags(normalise_token(words[i - 1])) & kGivenName) != 0) flag |= 4;
                }
                if (i > 0 && is_person_title(words[i - 1])) flag |= 8;
            }
            if (flag != 0) doc.word_flags_[lower_hash_of(w)] |= flag;
        }
    }
}

WordFacts FeatureExtractor::word_facts(std::string_view raw_word) const {
    return facts_of(normalise_token(raw_word), *names_, *clusters_);
}

void FeatureExtractor::word_features(std::string_view raw_word, const WordFacts& facts,
                                     std::vector<std::uint64_t>& out) const {
    const std::string word = normalise_token(raw_word);
    add_word_head(word, facts, out);
    add_cluster_features(facts, out);
}

void FeatureExtractor::extract(std::span<const std::string_view> raw_words,
                               const DocumentContext& doc, SentenceFeatures& out) const {
    const std::size_t n = raw_words.size();
    std::vector<std::string> words(n);
    std::vector<WordFacts> facts(n);
    std::vector<const WordFacts*> facts_of_token(n);
    for (std::size_t i = 0; i < n; ++i) {
        words[i] = normalise_token(raw_words[i]);
        facts[i] = facts_of(words[i], *names_, *clusters_);
        facts_of_token[i] = &facts[i];
    }
    extract_static(raw_words, facts_of_token, words, doc, out);
}

void FeatureExtractor::extract_context(std::span<const std::string_view> words,
                                       std::span<const WordFacts* const> facts,
                                       const DocumentContext& doc, SentenceFeatures& out) const {
    extract_static(words, facts, {}, doc, out);
}

void FeatureExtractor::extract_static(std::span<const std::string_view> raw_words,
                                      std::span<const WordFacts* const> facts,
                                      std::span<const std::string> words,
                                      const DocumentContext& doc, SentenceFeatures& out) const {
    const std::size_t n = raw_words.size();
    const bool with_word_features = !words.empty();
    out.hashes.clear();
    out.offsets.assign(1, 0);
    out.tokens.assign(n, TokenInfo{});
    if (n == 0) return;

    for (std::size_t i = 0; i < n; ++i) {
        out.tokens[i].lower_hash = facts[i]->lower_hash;
        out.tokens[i].shape_hash = facts[i]->shape_hash;
        out.tokens[i].capitalised = facts[i]->capitalised;
    }
    const bool caps = all_caps_sentence(raw_words);

    // Gazetteer: longest match from each capitalised token, left to right.
    // The key of words joined by spaces is the words' own keys joined by
    // '-', empty ones left out (canonical_key() makes each run of other
    // characters one dash, and none at the ends), so each word's key is
    // made once, with its facts.
    std::vector<std::uint8_t> gaz_words(n, 0);
    const std::size_t max_len = std::min<std::size_t>(gazetteer_->max_words(), 5);
    std::string joined;
    for (std::size_t i = 0; i < n;) {
        std::size_t matched = 0;
        if (out.tokens[i].capitalised) {
            for (std::size_t len = std::min(max_len, n - i); len >= 1; --len) {
                joined.clear();
                for (std::size_t k = i; k < i + len; ++k) {
                    const std::string& key = facts[k]->gazetteer_key;
                    if (key.empty()) continue;
                    if (!joined.empty()) joined += '-';
                    joined += key;
                }
                if (const auto place = gazetteer_->find_key(joined)) {
                    for (std::size_t k = i; k < i + len; ++k) {
                        out.tokens[k].gazetteer = static_cast<std::uint8_t>(
                            2 * static_cast<unsigned>(place->kind) + (k > i ? 1U : 0U));
                        gaz_words[k] = static_cast<std::uint8_t>(std::min<std::size_t>(len, 3));
                    }
                    matched = len;
                    break;
                }
            }
        }
        i += matched == 0 ? 1 : matched;
    }

    static const std::uint64_t kStart = hash_bytes("<s>", 1);
    static const std::uint64_t kEnd = hash_bytes("</s>", 1);
    auto lower_at = [&](std::ptrdiff_t j) {
        if (j < 0) return kStart;
        if (static_cast<std::size_t>(j) >= n) return kEnd;
        return facts[static_cast<std::size_t>(j)]->lower_hash;
    };
    auto shape_at = [&](std::ptrdiff_t j) {
        if (j < 0) return kStart;
        if (static_cast<std::size_t>(j) >= n) return kEnd;
        return facts[static_cast<std::size_t>(j)]->shape_hash;
    };
    auto gaz_at = [&](std::ptrdiff_t j) -> std::uint64_t {
        if (j < 0 || static_cast<std::size_t>(j) >= n) return 99;
        return out.tokens[static_cast<std::size_t>(j)].gazetteer;
    };
    auto cluster_at = [&](std::ptrdiff_t j, std::size_t level) -> std::uint64_t {
        if (j < 0 || static_cast<std::size_t>(j) >= n) return 0xFFFF;
        return facts[static_cast<std::size_t>(j)]->cluster[level];
    };
    auto name_at = [&](std::ptrdiff_t j) -> std::uint64_t {
        if (j < 0 || static_cast<std::size_t>(j) >= n) return 99;
        return facts[static_cast<std::size_t>(j)]->name_flags;
    };

    out.hashes.reserve(n * 44);
    for (std::size_t i = 0; i < n; ++i) {
        const auto si = static_cast<std::ptrdiff_t>(i);
        const std::uint64_t shape_hash = facts[i]->shape_hash;
        auto add = [&](std::uint64_t feature) { out.hashes.push_back(feature); };
        // The order of extract() (the trainer's float sums depend on it):
        // the word's first features, the contextual ones, the word's
        // clusters, those of the neighbours.
        if (with_word_features) add_word_head(words[i], *facts[i], out.hashes);
        add(feature_hash(kLowerM1, lower_at(si - 1)));
        add(feature_hash(kLowerP1, lower_at(si + 1)));
        add(feature_hash(kLowerM2, lower_at(si - 2)));
        add(feature_hash(kLowerP2, lower_at(si + 2)));
        add(feature_hash(kShapeM1, shape_at(si - 1)));
        add(feature_hash(kShapeP1, shape_at(si + 1)));
        add(feature_hash(kShapeM2, shape_at(si - 2)));
        add(feature_hash(kShapeP2, shape_at(si + 2)));
        add(feature_hash(kBigramLeft, lower_at(si - 1), facts[i]->lower_hash));
        add(feature_hash(kBigramRight, facts[i]->lower_hash, lower_at(si + 1)));
        add(feature_hash(kShapeTrigram, shape_at(si - 1), shape_hash, shape_at(si + 1)));
        const std::uint64_t position = i == 0 ? 0U : i == 1 ? 1U : i + 1 == n ? 3U : 2U;
        add(feature_hash(kPosition, position, shape_hash));
        add(feature_hash(kAllCaps, caps ? 1U : 0U, shape_hash));
        add(feature_hash(kGaz0, gaz_at(si)));
        add(feature_hash(kGazM1, gaz_at(si - 1)));
        add(feature_hash(kGazP1, gaz_at(si + 1)));
        add(feature_hash(kGazShape, gaz_at(si), shape_hash));
        add(feature_hash(kGazWords, gaz_at(si), gaz_words[i]));
        add(feature_hash(kName0, name_at(si)));
        add(feature_hash(kNameM1, name_at(si - 1)));
        add(feature_hash(kNameP1, name_at(si + 1)));
        add(feature_hash(kNamePair, name_at(si - 1), name_at(si), name_at(si + 1)));
        if (facts[i]->has_letter) {
            const std::uint64_t context = (i == 0 ? 1U : 0U) + (caps ? 2U : 0U);
            const std::uint8_t flags = doc.word_flags(facts[i]->lower_hash);
            add(feature_hash(kDocFlags, flags & 3U, context, out.tokens[i].capitalised ? 1U : 0U));
            if (out.tokens[i].capitalised)
                add(feature_hash(kDocNameContext, flags >> 2U, shape_hash));
        }
        add(feature_hash(kLowerM1Shape0, lower_at(si - 1), shape_hash));
        add(feature_hash(kShape0LowerP1, shape_hash, lower_at(si + 1)));
        add(feature_hash(kLowerM1LowerP1, lower_at(si - 1), lower_at(si + 1)));
        if (with_word_features) add_cluster_features(*facts[i], out.hashes);
        for (const std::size_t level : {std::size_t{1}, kClusterLevels - 1}) {
            add(feature_hash(kClusterM1, level, cluster_at(si - 1, level)));
            add(feature_hash(kClusterP1, level, cluster_at(si + 1, level)));
        }
        out.offsets.push_back(static_cast<std::uint32_t>(out.hashes.size()));
    }
}

std::size_t FeatureExtractor::history_features(const SentenceFeatures& sentence, std::size_t i,
                                               const DocumentContext& doc,
                                               std::uint64_t* out) noexcept {
    const TokenInfo& t = sentence.tokens[i];
    if (!t.capitalised) return 0;
    const std::uint8_t history = doc.history(t.lower_hash);
    out[0] = feature_hash(kHistory, history);
    out[1] = feature_hash(kHistoryShape, history, t.shape_hash);
    return 2;
}

void FeatureExtractor::transition_features(const SentenceFeatures& sentence, std::size_t i,
                                           Tag prev, std::uint64_t* out) noexcept {
    const TokenInfo& t = sentence.tokens[i];
    out[kWordTransition] = word_transition_feature(prev, t.lower_hash);
    out[kShapeTransition] = feature_hash(kPrevTagShape, prev, t.shape_hash);
    out[kGazetteerTransition] = feature_hash(kPrevTagGaz, prev, t.gazetteer);
}

std::uint64_t FeatureExtractor::word_transition_feature(Tag prev,
                                                        std::uint64_t lower_hash) noexcept {
    return feature_hash(kPrevTagLower, prev, lower_hash);
}

std::uint64_t FeatureExtractor::tag_pair_feature(Tag prev) noexcept {
    return feature_hash(kPrevTag, prev);
}

}  // namespace dateline::extractor
