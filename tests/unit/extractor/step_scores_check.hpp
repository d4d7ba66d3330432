#pragma once
// A check shared by the tests of the Tagger's fast scoring paths
// (sentence_scorer_test.cpp, word_score_cache_test.cpp): a scorer's scores
// of one token must be the trainer's feature-by-feature scores
// (sequence_decoder.hpp), integer for integer, after every previous tag the
// token can follow.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dateline/extractor/features.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "sequence_decoder.hpp"

namespace dateline::extractor::test {

/// A story of three sentences for those tests: long enough for several
/// blocks of tokens, and the second sentence has history from the first.
inline const std::vector<std::vector<std::string_view>> kBaghdadStory = {
    {"BAGHDAD",  ",",    "Jan",       "3",      "(",         "Reuters", ")",
     "-",        "U.S.", "President", "Donald", "Trump",     "said",    "on",
     "Saturday", "that", "Iran",      "would",  "be",        "held",    "responsible",
     "for",      "the",  "attack",    "on",     "the",       "embassy", "in",
     "Baghdad",  "and",  "that",      "Qasem",  "Soleimani", "had",     "planned",
     "it",       "."},
    {"Soleimani", "was", "killed", "near", "Baghdad", "airport", "."},
    {"."},
};

/// `matrix` is detail::transition_matrix<NerModel, std::int32_t>(model);
/// `scorer` has scored the sentence `features` belongs to.
template <typename Matrix, typename Scorer>
void expect_step_scores_as_feature_by_feature(const NerModel& model, const Matrix& matrix,
                                              const SentenceFeatures& features,
                                              const DocumentContext& doc, std::size_t i,
                                              const Scorer& scorer) {
    std::int32_t base[kTagCount];
    detail::token_scores(model, features, doc, i, base);
    for (Tag prev = 0; prev <= kTagCount; ++prev) {
        // The first token follows the sentence start only, the others any tag.
        if ((i == 0) != (prev == kSentenceStart)) continue;
        std::int32_t expected[kTagCount];
        std::copy(base, base + kTagCount, expected);
        detail::add_transition_scores(model, matrix, features, i, prev, expected);
        std::int32_t got[kTagCount];
        scorer.step_scores(i, prev, got);
        for (std::size_t t = 0; t < kTagCount; ++t)
            ASSERT_EQ(got[t], expected[t]) << "token " << i << " prev " << int{prev};
    }
}

}  // namespace dateline::extractor::test
