#pragma once
// K-fold cross-validation of the tagger on the training data, the yardstick
// for choices that must carry over to text nobody tuned on (the CoNLL-2003
// test split is held out; eng.testa alone chose rules that did not carry
// over, see docs/extraction.md).
//
// The documents ("-DOCSTART-" boundaries) are cut into `folds` contiguous
// blocks of about equal token counts, in file order. Contiguous blocks keep a
// story's follow-ups and the same week's names in one fold, so a held-out fold
// has many names the training folds never saw, as a later test split does; a
// random split by document would leak them and flatter lexical features.
// Each fold is tagged by a model trained on the other folds with the same
// options (and the shuffle seed of TrainingOptions), after every epoch; the
// scores of all folds are pooled (summed counts, as one evaluation over all of
// eng.train), so each epoch gets one score. Deterministic for a given seed.

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/trainer.hpp"
#include "dateline/extractor/word_clusters.hpp"

namespace dateline::extractor {

/// The fold (0-based) of each document: `folds` contiguous blocks of about
/// equal token counts. Throws InputError if folds < 2 or there are fewer
/// documents than folds.
[[nodiscard]] std::vector<std::size_t> assign_folds(const std::vector<ConllDocument>& documents,
                                                    std::size_t folds);

struct CrossValidationResult {
    /// Pooled score over all held-out folds after epoch e + 1.
    std::vector<ConllScore> per_epoch;
    /// As per_epoch, tagged without repair_person_tags() (the repairs'
    /// ablation; empty when the options turn the repairs off anyway).
    std::vector<ConllScore> without_repairs;
    /// per_fold[f][e]: fold f's held-out score after epoch e + 1.
    std::vector<std::vector<ConllScore>> per_fold;
};

/// Runs the cross-validation. options.epochs epochs per fold; the
/// TrainingOptions' epoch choice does not matter (every epoch is scored).
/// on_fold, if set, is called after each fold with its index and scores.
[[nodiscard]] CrossValidationResult cross_validate(
    const std::vector<ConllDocument>& documents, std::size_t folds,
    std::shared_ptr<const Gazetteer> gazetteer, const NameList& names, const WordClusters& clusters,
    const TrainingOptions& options,
    const std::function<void(std::size_t fold, const std::vector<ConllScore>&)>& on_fold = {});

}  // namespace dateline::extractor
