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
    std::uint64_t dynamic[kMaxDynamicFeatures];
    std::vector<Tag> predicted;
    // Greedy decoding of one sentence with the current weights, updating
    // them at every wrong tag.
    auto train_sentence = [&](const SentenceFeatures& features, const std::vector<Tag>& gold,
                              const DocumentContext& context, std::vector<Tag>& out) {
        out.assign(gold.size(), kOutside);
        Tag prev = kSentenceStart;
        Tag prev2 = kSentenceStart;
        for (std::size_t i = 0; i < gold.size(); ++i) {
            float scores[kTagCount] = {};
            const auto statics = features.of(i);
            for (const std::uint64_t f : statics) weights.add_scores(f, scores);
            const std::size_t n =
                FeatureExtractor::dynamic_features(features, i, prev, prev2, context, dynamic);
            for (std::size_t k = 0; k < n; ++k) weights.add_scores(dynamic[k], scores);
            Tag best = kOutside;
            float best_score = -std::numeric_limits<float>::infinity();
            for (Tag t = 0; t < kTagCount; ++t) {
                if (allowed_transition(prev, t) && scores[t] > best_score) {
                    best = t;
                    best_score = scores[t];
                }
            }
            if (best != gold[i]) {
                for (const std::uint64_t f : statics) {
                    weights.update(f, gold[i], 1.0F, step);
                    weights.update(f, best, -1.0F, step);
                }
                for (std::size_t k = 0; k < n; ++k) {
                    weights.update(dynamic[k], gold[i], 1.0F, step);
                    weights.update(dynamic[k], best, -1.0F, step);
                }
            }
            step += 1;
            out[i] = best;
            prev2 = prev;
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
                train_sentence(doc.sentences[s], doc.gold[s], doc.context, predicted);
                doc.context.record(doc.sentences[s], predicted);
            }
        }
        const std::string info = "{\"epoch\":" + std::to_string(epoch) +
                                 ",\"seed\":" + std::to_string(options.seed) +
                                 ",\"row_bits\":" + std::to_string(options.row_bits) + "}";
        NerModel model =
            NerModel::from_dense(weights.averaged(step), options.row_bits, names, clusters, info);
        auto shared = std::make_shared<const NerModel>(model);
        const Tagger tagger(shared, gazetteer);
        const ConllScore score = evaluate(tagger, dev);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (options.on_epoch) options.on_epoch(epoch, score, seconds);
        // The extractor reports people and places only: choose on their mean F1.
        const double f1 =
            (score.of(EntityType::Person).f1() + score.of(EntityType::Location).f1()) / 2;
        if (f1 > best_f1) {
            best_f1 = f1;
            result.model.emplace(std::move(model));
            result.best_epoch = epoch;
            result.dev_score = score;
        }
    }
    return result;
}

}  // namespace dateline::extractor
