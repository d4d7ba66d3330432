#pragma once
// Training of the averaged-perceptron tagger on CoNLL data.
//
// Each epoch visits the training documents in an order shuffled by a
// std::mt19937_64 seeded with TrainingOptions::seed (libstdc++'s
// std::shuffle, so results are reproducible on the same toolchain), tags each
// sentence greedily with the current weights (as the Tagger does, document
// history included) and, on a wrong tag, moves the weights of that token's
// features towards the gold tag and away from the predicted one. Weights are
// averaged over all steps. After each epoch the averaged model is scored on
// the development documents (reported through on_epoch); the model of the
// last epoch is returned, or with keep_best_dev_epoch the best one on the
// development data (mean of PER and LOC F1, the types the extractor reports).
// Development data is never trained on. The number of epochs is chosen by
// cross-validation (cross_validation.hpp), not on the development data.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "dateline/extractor/tagger.hpp"
#include "dateline/extractor/word_clusters.hpp"

namespace dateline::extractor {

struct TrainingOptions {
    /// Passes over the training data. Default: 14 (chosen by cross-validation).
    std::size_t epochs = 14;
    /// Seed of the document shuffle. Default: 20030601.
    std::uint64_t seed = 20030601;
    /// log2 of the weight-table rows (feature hashing). Default: 22.
    unsigned row_bits = 22;
    /// Return the epoch with the best development score instead of the last.
    /// Default: false.
    bool keep_best_dev_epoch = false;
    /// The decoder to train for (structured perceptron for Viterbi).
    /// Default: Viterbi.
    Decoder decoder = Decoder::Viterbi;
    /// How the development data is tagged (the person repairs).
    TaggerOptions tagger;
    /// Called after each epoch with its averaged model, its development score
    /// and the seconds taken.
    std::function<void(std::size_t epoch, const std::shared_ptr<const NerModel>& model,
                       const ConllScore& dev, double seconds)>
        on_epoch;
};

struct TrainingResult {
    std::optional<NerModel> model;  ///< the chosen epoch's model (always set on return)
    std::size_t best_epoch = 0;
    ConllScore dev_score;
};

/// Trains a tagger. Throws InputError if the training data has no sentences.
[[nodiscard]] TrainingResult train_tagger(const std::vector<ConllDocument>& train,
                                          const std::vector<ConllDocument>& dev,
                                          std::shared_ptr<const Gazetteer> gazetteer,
                                          const NameList& names, const WordClusters& clusters,
                                          const TrainingOptions& options);

}  // namespace dateline::extractor
