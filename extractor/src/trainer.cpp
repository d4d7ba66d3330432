#include "dateline/extractor/trainer.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <numeric>
#include <random>
#include <string>

#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/features.hpp"
#include "dateline/extractor/tagger.hpp"
#include "sequence_decoder.hpp"

namespace dateline::extractor {

namespace {

struct PreparedDocument {
    DocumentContext context;
    std::vector<SentenceFeatures> sentences;
    std::vector<std::vector<Tag>> gold;
};

// Dense weights with lazy averaging: averaged = w - acc / steps, where acc
// sums step * delta over every update.
class AveragedWeights {
  public:
    explicit AveragedWeights(unsigned row_bits)
        : shift_(64 - row_bits),
          weights_((std::size_t{1} << row_bits) * kTagCount, 0.0F),
          acc_(weights_.size(), 0.0) {}

    void add_scores(std::uint64_t feature, float* scores) const noexcept {
        const float* w = weights_.data() + row(feature);
        for (std::size_t t = 0; t < kTagCount; ++t) scores[t] += w[t];
    }
    void update(std::uint64_t feature, Tag tag, float delta, double step) noexcept {
        const std::size_t i = row(feature) + tag;
        weights_[i] += delta;
        acc_[i] += step * delta;
    }
    [[nodiscard]] std::vector<float> averaged(double steps) const {
        std::vector<float> out(weights_.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = static_cast<float>(weights_[i] - acc_[i] / steps);
        }
        return out;
    }

  private:
    [[nodiscard]] std::size_t row(std::uint64_t feature) const noexcept {
        return static_cast<std::size_t>(feature >> shift_) * kTagCount;
    }
    unsigned shift_;
    std::vector<float> weights_;
    std::vector<double> acc_;
};

}  // namespace

TrainingResult train_tagger(const std::vector<ConllDocument>& train,
                            const std::vector<ConllDocument>& dev,
                            std::shared_ptr<const Gazetteer> gazetteer, const NameList& names,
                            const WordClusters& clusters, const TrainingOptions& options) {
    const FeatureExtractor extractor(*gazetteer, names, clusters);
    std::vector<PreparedDocument> docs;
    docs.reserve(train.size());
    std::size_t sentence_count = 0;
    for (const ConllDocument& document : train) {
        PreparedDocument& prepared = docs.emplace_back();
        std::vector<std::vector<std::string_view>> sentences;
        for (const ConllSentence& s : document.sentences)
            sentences.emplace_back(s.words.begin(), s.words.end());
        extractor.prepare_document(sentences, prepared.context);
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            extractor.extract(sentences[i], prepared.context, prepared.sentences.emplace_back());
            const auto spans = spans_from_labels(document.sentences[i].gold);
            prepared.gold.push_back(tags_from_spans(sentences[i].size(), spans));
            ++sentence_count;
        }
    }
    if (sentence_count == 0) throw InputError("no training sentences");

    AveragedWeights weights(options.row_bits);
    std::mt19937_64 rng(options.seed);
    std::vector<std::size_t> order(docs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    double step = 1;
    TrainingResult result;
    double best_f1 = -1;
    std::vector<Tag> predicted;
    std::uint64_t history[kMaxHistoryFeatures];
    std::uint64_t transition[kTransitionFeatures];
    // Moves the weights of token i's features towards tag `to` and away from
    // `from`: static and history features if the tags differ, transition
    // features if the tags or the previous tags differ.
    auto update_token = [&](const SentenceFeatures& features, const DocumentContext& context,
                            std::size_t i, Tag prev_to, Tag to, Tag prev_from, Tag from) {
        if (to != from) {
            for (const std::uint64_t f : features.of(i)) {
                weights.update(f, to, 1.0F, step);
                weights.update(f, from, -1.0F, step);
            }
            const std::size_t n = FeatureExtractor::history_features(features, i, context, history);
            for (std::size_t k = 0; k < n; ++k) {
                weights.update(history[k], to, 1.0F, step);
                weights.update(history[k], from, -1.0F, step);
            }
        }
        if (to != from || prev_to != prev_from) {
            weights.update(FeatureExtractor::tag_pair_feature(prev_to), to, 1.0F, step);
            FeatureExtractor::transition_features(features, i, prev_to, transition);
            for (const std::uint64_t f : transition) weights.update(f, to, 1.0F, step);
            weights.update(FeatureExtractor::tag_pair_feature(prev_from), from, -1.0F, step);
            FeatureExtractor::transition_features(features, i, prev_from, transition);
            for (const std::uint64_t f : transition) weights.update(f, from, -1.0F, step);
        }
    };
    // Structured perceptron (Collins 2002): Viterbi-decode the sentence with
    // the current weights, then move them from the predicted sequence to the
    // gold one.
    auto train_sentence_viterbi = [&](const SentenceFeatures& features,
                                      const std::vector<Tag>& gold, const DocumentContext& context,
                                      std::vector<Tag>& out) {
        const auto matrix = detail::transition_matrix<AveragedWeights, float>(weights);
        detail::viterbi_decode<AveragedWeights, float, double>(weights, matrix, features, context,
                                                               out);
        for (std::size_t i = 0; i < gold.size(); ++i) {
            const Tag prev_gold = i == 0 ? kSentenceStart : gold[i - 1];
            const Tag prev_out = i == 0 ? kSentenceStart : out[i - 1];
            update_token(features, context, i, prev_gold, gold[i], prev_out, out[i]);
        }
        step += static_cast<double>(gold.size());
    };
    // Greedy decoding with an update at every wrong tag.
    auto train_sentence_greedy = [&](const SentenceFeatures& features, const std::vector<Tag>& gold,
                                     const DocumentContext& context, std::vector<Tag>& out) {
        out.assign(gold.size(), kOutside);
        Tag prev = kSentenceStart;
        for (std::size_t i = 0; i < gold.size(); ++i) {
            float scores[kTagCount];
            detail::token_scores(weights, features, context, i, scores);
            const auto matrix = detail::transition_matrix<AveragedWeights, float>(weights);
            detail::add_transition_scores(weights, matrix, features, i, prev, scores);
            Tag best = kOutside;
            float best_score = -std::numeric_limits<float>::infinity();
            for (Tag t = 0; t < kTagCount; ++t) {
                if (allowed_transition(prev, t) && scores[t] > best_score) {
                    best = t;
                    best_score = scores[t];
                }
            }
            if (best != gold[i]) update_token(features, context, i, prev, gold[i], prev, best);
            step += 1;
            out[i] = best;
            prev = best;
        }
    };
    for (std::size_t epoch = 1; epoch <= options.epochs; ++epoch) {
        const auto start = std::chrono::steady_clock::now();
        std::shuffle(order.begin(), order.end(), rng);
        for (const std::size_t d : order) {
            PreparedDocument& doc = docs[d];
            doc.context.clear_history();
            for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
                if (options.decoder == Decoder::Viterbi) {
                    train_sentence_viterbi(doc.sentences[s], doc.gold[s], doc.context, predicted);
                } else {
                    train_sentence_greedy(doc.sentences[s], doc.gold[s], doc.context, predicted);
                }
                doc.context.record(doc.sentences[s], predicted);
            }
        }
        const std::string info =
            "{\"epoch\":" + std::to_string(epoch) + ",\"seed\":" + std::to_string(options.seed) +
            ",\"row_bits\":" + std::to_string(options.row_bits) + ",\"decoder\":\"" +
            std::string(decoder_name(options.decoder)) + "\"}";
        NerModel model = NerModel::from_dense(weights.averaged(step), options.row_bits,
                                              options.decoder, names, clusters, info);
        auto shared = std::make_shared<const NerModel>(model);
        const Tagger tagger(shared, gazetteer, options.tagger);
        const ConllScore score = evaluate(tagger, dev);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (options.on_epoch) options.on_epoch(epoch, shared, score, seconds);
        // The extractor reports people and places only: choose on their mean F1.
        const double f1 =
            (score.of(EntityType::Person).f1() + score.of(EntityType::Location).f1()) / 2;
        if (!options.keep_best_dev_epoch || f1 > best_f1) {
            best_f1 = f1;
            result.model.emplace(std::move(model));
            result.best_epoch = epoch;
            result.dev_score = score;
        }
    }
    return result;
}

}  // namespace dateline::extractor
