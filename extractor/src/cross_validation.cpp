#include "dateline/extractor/cross_validation.hpp"

#include <algorithm>
#include <string>

#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/tagger.hpp"

namespace dateline::extractor {

std::vector<std::size_t> assign_folds(const std::vector<ConllDocument>& documents,
                                      std::size_t folds) {
    if (folds < 2) throw InputError("cross-validation needs at least 2 folds");
    if (documents.size() < folds) {
        throw InputError("cross-validation: " + std::to_string(documents.size()) +
                         " documents cannot make " + std::to_string(folds) + " folds");
    }
    std::vector<std::size_t> tokens(documents.size(), 0);
    std::size_t total = 0;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        for (const ConllSentence& s : documents[d].sentences) tokens[d] += s.words.size();
        total += tokens[d];
    }
    // Document d goes to the block its middle token falls in, so each block
    // holds about total / folds tokens. Should a block stay empty (a few very
    // long documents), blocks of equal document counts are used instead.
    std::vector<std::size_t> fold_of(documents.size(), 0);
    std::vector<std::size_t> fold_size(folds, 0);
    std::size_t before = 0;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const std::size_t middle = before + tokens[d] / 2;
        fold_of[d] = total == 0 ? 0 : std::min(folds - 1, middle * folds / total);
        ++fold_size[fold_of[d]];
        before += tokens[d];
    }
    if (std::find(fold_size.begin(), fold_size.end(), 0) != fold_size.end()) {
        for (std::size_t d = 0; d < documents.size(); ++d)
            fold_of[d] = d * folds / documents.size();
    }
    return fold_of;
}

CrossValidationResult cross_validate(
    const std::vector<ConllDocument>& documents, std::size_t folds,
    std::shared_ptr<const Gazetteer> gazetteer, const NameList& names, const WordClusters& clusters,
    const TrainingOptions& options,
    const std::function<void(std::size_t fold, const std::vector<ConllScore>&)>& on_fold) {
    const std::vector<std::size_t> fold_of = assign_folds(documents, folds);
    CrossValidationResult result;
    result.per_epoch.assign(options.epochs, ConllScore{});
    if (options.tagger.repair_person_spans)
        result.without_repairs.assign(options.epochs, ConllScore{});
    for (std::size_t fold = 0; fold < folds; ++fold) {
        std::vector<ConllDocument> train;
        std::vector<ConllDocument> held_out;
        for (std::size_t d = 0; d < documents.size(); ++d)
            (fold_of[d] == fold ? held_out : train).push_back(documents[d]);
        std::vector<ConllScore> scores;
        TrainingOptions fold_options = options;
        fold_options.on_epoch = [&](std::size_t epoch, const std::shared_ptr<const NerModel>& model,
                                    const ConllScore& score, double) {
            scores.push_back(score);
            if (epoch <= result.per_epoch.size()) result.per_epoch[epoch - 1] += score;
            if (options.tagger.repair_person_spans && epoch <= result.without_repairs.size()) {
                TaggerOptions plain = options.tagger;
                plain.repair_person_spans = false;
                result.without_repairs[epoch - 1] +=
                    evaluate(Tagger(model, gazetteer, plain), held_out);
            }
        };
        (void)train_tagger(train, held_out, gazetteer, names, clusters, fold_options);
        if (on_fold) on_fold(fold, scores);
        result.per_fold.push_back(std::move(scores));
    }
    return result;
}

}  // namespace dateline::extractor
