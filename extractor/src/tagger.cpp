#include "dateline/extractor/tagger.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <unordered_set>

#include "dateline/extractor/name_normalisation.hpp"
#include "line_ups.hpp"
#include "sentence_scorer.hpp"
#include "sequence_decoder.hpp"
#include "utf8.hpp"
#include "word_score_cache.hpp"

namespace dateline::extractor {

Tagger::Tagger(std::shared_ptr<const NerModel> model, std::shared_ptr<const Gazetteer> gazetteer,
               TaggerOptions options)
    : model_(std::move(model)), gazetteer_(std::move(gazetteer)), options_(options) {
    if (options_.word_cache_words > 0 && model_->decoder() == Decoder::Viterbi) {
        word_caches_ = std::make_shared<detail::WordScoreCachePool>(*model_, *gazetteer_,
                                                                    options_.word_cache_words);
    }
}

namespace {

bool has_letter(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) {
        return detail::is_ascii_lower(c) || detail::is_ascii_upper(c) ||
               static_cast<unsigned char>(c) >= 0x80;
    });
}

// A title that starts a name in CoNLL-2003 ("Director Ljubomir Acimovic" is
// O + PER): is_title_word() or "Director". The titles eng.train does include
// in a name are kept.
bool is_leading_title(std::string_view w) {
    static constexpr std::array<std::string_view, 5> kPartOfName = {"prince", "king", "pope",
                                                                    "mayor", "justice"};
    std::string lower = detail::ascii_lower(w);
    if (!lower.empty() && lower.back() == '.') lower.pop_back();
    if (lower != "director" && !is_title_word(w)) return false;
    return std::find(kPartOfName.begin(), kPartOfName.end(), lower) == kPartOfName.end();
}

bool is_weekday(std::string_view w) {
    static constexpr std::array<std::string_view, 7> kDays = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return std::find(kDays.begin(), kDays.end(), w) != kDays.end();
}

// The boundary rules of repair_person_tags() on one person span.
EntitySpan trim_person(std::span<const std::string_view> words, EntitySpan span) {
    while (span.last - span.first >= 2 && is_leading_title(words[span.first])) ++span.first;
    for (std::size_t i = span.first + 1; i < span.last; ++i) {
        if (!has_letter(words[i]) || detail::is_ascii_digit(words[i][0])) {
            span.last = i;
            break;
        }
    }
    while (span.last - span.first >= 2 && is_weekday(words[span.last - 1])) --span.last;
    return span;
}

}  // namespace

void repair_person_tags(std::span<const std::vector<std::string_view>> sentences,
                        const NameList& names, std::vector<std::vector<Tag>>& tags) {
    std::vector<std::vector<EntitySpan>> spans(sentences.size());
    std::unordered_set<std::string_view> surnames;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const std::span<const std::string_view> words = sentences[s];
        spans[s] = spans_from_tags(tags[s]);
        for (EntitySpan& span : spans[s]) {
            if (span.type != EntityType::Person) continue;
            span = trim_person(words, span);
            if (span.last - span.first >= 2 && (names.flags(words[span.first]) & kGivenName) != 0 &&
                // A surname worth propagating: no headline word.
                detail::is_capitalised_word(words[span.last - 1]) &&
                (names.flags(words[span.last - 1]) & (kSurname | kOtherName)) != 0) {
                surnames.insert(words[span.last - 1]);
            }
        }
    }
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const std::span<const std::string_view> words = sentences[s];
        for (std::size_t k = 0; k < spans[s].size(); ++k) {
            EntitySpan& span = spans[s][k];
            if ((span.type != EntityType::Location && span.type != EntityType::Organisation) ||
                span.last - span.first != 1 || !surnames.contains(words[span.first])) {
                continue;
            }
            // "Washington , D.C.": a place followed by the place it is in
            // (whatever that was tagged).
            const bool place_in_place = span.type == EntityType::Location &&
                                        k + 1 < spans[s].size() && words[span.last] == "," &&
                                        spans[s][k + 1].first == span.last + 1;
            if (!place_in_place) span.type = EntityType::Person;
        }
        tags[s] = tags_from_spans(tags[s].size(), spans[s]);
    }
}

std::vector<std::vector<Tag>> Tagger::tag_document(
    std::span<const std::vector<std::string_view>> sentences) const {
    const FeatureExtractor extractor(*gazetteer_, model_->names(), model_->clusters());
    DocumentContext doc;
    extractor.prepare_document(sentences, doc);
    std::vector<std::vector<Tag>> result(sentences.size());
    SentenceFeatures features;
    if (word_caches_ != nullptr) {
        // Viterbi, the word features from the cache (word_score_cache.hpp).
        const auto cache = word_caches_->lease();
        cache->start_document();
        detail::SentenceScorer scorer(*model_);
        std::vector<std::array<Tag, kTagCount>> back;
        std::vector<const detail::WordScoreCache::Entry*> words;
        std::vector<const WordFacts*> facts;
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            cache->find(sentences[s], words);
            facts.clear();
            for (const auto* word : words) facts.push_back(&word->facts);
            extractor.extract_context(sentences[s], facts, doc, features);
            scorer.score(features, doc, words);
            detail::viterbi<std::int32_t, std::int64_t>(
                features.size(),
                [&](std::size_t i, Tag prev, std::int32_t* step) {
                    scorer.step_scores(i, prev, step);
                },
                back, result[s]);
            doc.record(features, result[s]);
        }
    } else {
        const auto transitions = detail::transition_matrix<NerModel, std::int32_t>(*model_);
        detail::SentenceScorer scorer(*model_);
        std::vector<std::array<Tag, kTagCount>> back;
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            extractor.extract(sentences[s], doc, features);
            if (model_->decoder() == Decoder::Viterbi) {
                scorer.score(features, doc);
                detail::viterbi<std::int32_t, std::int64_t>(
                    features.size(),
                    [&](std::size_t i, Tag prev, std::int32_t* step) {
                        scorer.step_scores(i, prev, step);
                    },
                    back, result[s]);
            } else {
                detail::greedy_decode<NerModel, std::int32_t>(*model_, transitions, features, doc,
                                                              result[s]);
            }
            doc.record(features, result[s]);
        }
    }
    if (options_.repair_person_spans) {
        repair_person_tags(sentences, model_->names(), result);
        detail::retype_line_ups(sentences, result);
    }
    return result;
}

ConllScore evaluate(const Tagger& tagger, const std::vector<ConllDocument>& documents,
                    std::vector<std::vector<Tag>>* output) {
    ConllScore score;
    for (const ConllDocument& document : documents) {
        std::vector<std::vector<std::string_view>> sentences;
        sentences.reserve(document.sentences.size());
        for (const ConllSentence& s : document.sentences) {
            sentences.emplace_back(s.words.begin(), s.words.end());
        }
        const auto tags = tagger.tag_document(sentences);
        for (std::size_t i = 0; i < tags.size(); ++i) {
            std::vector<std::string> predicted;
            predicted.reserve(tags[i].size());
            for (const Tag t : tags[i]) predicted.push_back(tag_name(t));
            score.add_labels(document.sentences[i].gold, predicted);
            if (output != nullptr) output->push_back(tags[i]);
        }
    }
    return score;
}

}  // namespace dateline::extractor
