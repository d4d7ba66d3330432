#include "dateline/extractor/tagger.hpp"

#include <algorithm>
#include <limits>

namespace dateline::extractor {

Tagger::Tagger(std::shared_ptr<const NerModel> model, std::shared_ptr<const Gazetteer> gazetteer)
    : model_(std::move(model)), gazetteer_(std::move(gazetteer)) {}

namespace {

// Greedy left-to-right decoding of one sentence.
void tag_sentence(const NerModel& model, const SentenceFeatures& features, const DocumentContext& doc,
                  std::vector<Tag>& tags) {
    tags.assign(features.size(), kOutside);
    std::uint64_t dynamic[kMaxDynamicFeatures];
    Tag prev = kSentenceStart;
    Tag prev2 = kSentenceStart;
    for (std::size_t i = 0; i < features.size(); ++i) {
        std::int32_t scores[kTagCount] = {};
        for (const std::uint64_t f : features.of(i)) model.add_scores(f, scores);
        const std::size_t n = FeatureExtractor::dynamic_features(features, i, prev, prev2, doc, dynamic);
        for (std::size_t k = 0; k < n; ++k) model.add_scores(dynamic[k], scores);
        Tag best = kOutside;
        std::int32_t best_score = std::numeric_limits<std::int32_t>::min();
        for (Tag t = 0; t < kTagCount; ++t) {
            if (allowed_transition(prev, t) && scores[t] > best_score) {
                best = t;
                best_score = scores[t];
            }
        }
        tags[i] = best;
        prev2 = prev;
        prev = best;
    }
}

}  // namespace

std::vector<std::vector<Tag>> Tagger::tag_document(std::span<const std::vector<std::string_view>> sentences) const {
    const FeatureExtractor extractor(*gazetteer_, model_->names(), model_->clusters());
    DocumentContext doc;
    extractor.prepare_document(sentences, doc);
    std::vector<std::vector<Tag>> result(sentences.size());
    SentenceFeatures features;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        extractor.extract(sentences[s], doc, features);
        tag_sentence(*model_, features, doc, result[s]);
        doc.record(features, result[s]);
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
