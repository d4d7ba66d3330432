// The Tagger's batched scoring (sentence_scorer.hpp, private) against the
// trainer's feature-by-feature scoring (sequence_decoder.hpp): the same
// integers for every token and previous tag, so the same tags. Uses the
// committed model (extractor/model/); skipped when it is absent.

#include "sentence_scorer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string_view>
#include <vector>

#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "sequence_decoder.hpp"
#include "step_scores_check.hpp"

namespace dateline::extractor {
namespace {

namespace fs = std::filesystem;

const fs::path kModelDir = fs::path(DATELINE_SOURCE_DIR) / "extractor" / "model";

TEST(SentenceScorer, SameScoresAndTagsAsFeatureByFeature) {
    if (!fs::is_regular_file(kModelDir / kModelFileName) ||
        !fs::is_regular_file(kModelDir / kGazetteerFileName))
        GTEST_SKIP() << "no trained model in " << kModelDir;
    const NerModel model = NerModel::load(kModelDir / kModelFileName);
    const Gazetteer gazetteer = Gazetteer::load(kModelDir / kGazetteerFileName);
    const FeatureExtractor extractor(gazetteer, model.names(), model.clusters());
    const auto& sentences = test::kBaghdadStory;
    DocumentContext doc;
    extractor.prepare_document(sentences, doc);
    const auto matrix = detail::transition_matrix<NerModel, std::int32_t>(model);
    detail::SentenceScorer scorer(model);
    std::vector<std::array<Tag, kTagCount>> back;
    SentenceFeatures features;
    for (const auto& words : sentences) {
        extractor.extract(words, doc, features);
        scorer.score(features, doc);
        for (std::size_t i = 0; i < features.size(); ++i) {
            test::expect_step_scores_as_feature_by_feature(model, matrix, features, doc, i, scorer);
        }
        std::vector<Tag> expected;
        detail::viterbi_decode<NerModel, std::int32_t, std::int64_t>(model, matrix, features, doc,
                                                                     expected);
        std::vector<Tag> got;
        detail::viterbi<std::int32_t, std::int64_t>(
            features.size(),
            [&](std::size_t i, Tag prev, std::int32_t* step) { scorer.step_scores(i, prev, step); },
            back, got);
        EXPECT_EQ(got, expected);
        doc.record(features, got);
    }
}

}  // namespace
}  // namespace dateline::extractor
