// The Tagger's word score cache (word_score_cache.hpp, private): the scores a
// sentence gets through cached words are the integers the trainer's
// feature-by-feature scoring gives (sequence_decoder.hpp), and a Tagger tags
// the same with the cache, without it, and with one so small that it is
// emptied between documents. Uses the committed model (extractor/model/);
// skipped when it is absent.

#include "word_score_cache.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>
#include <vector>

#include "dateline/extractor/conll.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "dateline/extractor/tagger.hpp"
#include "sentence_scorer.hpp"
#include "sequence_decoder.hpp"
#include "step_scores_check.hpp"

namespace dateline::extractor {
namespace {

namespace fs = std::filesystem;

const fs::path kModelDir = fs::path(DATELINE_SOURCE_DIR) / "extractor" / "model";
const fs::path kTesta = fs::path(DATELINE_SHARED_DIR) / "data" / "conll2003" / "eng.testa";

using Document = std::vector<std::vector<std::string_view>>;

// A headline, then `story`.
Document with_headline(std::vector<std::string_view> headline, const Document& story) {
    Document document{std::move(headline)};
    document.insert(document.end(), story.begin(), story.end());
    return document;
}

// Two documents sharing words (so the second meets cached ones), with
// history, an all-caps headline, non-ASCII punctuation and a gazetteer match
// of several words. The first is the scorer test's story under a headline.
const std::vector<Document> kDocuments = {
    with_headline({"IRAQ", "SAYS", "U.S.", "STRIKE", "KILLED", "SOLEIMANI"}, test::kBaghdadStory),
    {{"\u201cWe",  "will", "respond", ",",     "\u201d", "Trump",  "told",
      "reporters", "in",   "New",     "York",  "City",   "on",     "Saturday",
      "\u2014",    "a",    "day",     "after", "the",    "attack", "."},
     {"Mr.", "Trump", "and", "Iran", "'s", "leaders", "spoke", "of", "Baghdad", "."}},
};

class WordScoreCacheTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fs::is_regular_file(kModelDir / kModelFileName) ||
            !fs::is_regular_file(kModelDir / kGazetteerFileName))
            GTEST_SKIP() << "no trained model in " << kModelDir;
        model_ = std::make_shared<const NerModel>(NerModel::load(kModelDir / kModelFileName));
        gazetteer_ =
            std::make_shared<const Gazetteer>(Gazetteer::load(kModelDir / kGazetteerFileName));
    }

    std::shared_ptr<const NerModel> model_;
    std::shared_ptr<const Gazetteer> gazetteer_;
};

TEST_F(WordScoreCacheTest, SameScoresAsFeatureByFeature) {
    const NerModel& model = *model_;
    const FeatureExtractor extractor(*gazetteer_, model.names(), model.clusters());
    const auto matrix = detail::transition_matrix<NerModel, std::int32_t>(model);
    detail::WordScoreCache cache(model, *gazetteer_, 1000);
    detail::SentenceScorer scorer(model);
    for (const Document& sentences : kDocuments) {
        cache.start_document();
        DocumentContext doc;
        extractor.prepare_document(sentences, doc);
        for (const auto& words : sentences) {
            std::vector<const detail::WordScoreCache::Entry*> entries;
            cache.find(words, entries);
            ASSERT_EQ(entries.size(), words.size());
            std::vector<const WordFacts*> facts;
            for (std::size_t i = 0; i < words.size(); ++i) {
                EXPECT_EQ(entries[i]->word, words[i]);
                facts.push_back(&entries[i]->facts);
            }
            SentenceFeatures all;
            extractor.extract(words, doc, all);
            SentenceFeatures context;
            extractor.extract_context(words, facts, doc, context);
            ASSERT_EQ(context.size(), all.size());
            scorer.score(context, doc, entries);
            for (std::size_t i = 0; i < all.size(); ++i) {
                EXPECT_EQ(context.tokens[i].lower_hash, all.tokens[i].lower_hash);
                EXPECT_EQ(context.tokens[i].shape_hash, all.tokens[i].shape_hash);
                EXPECT_EQ(context.tokens[i].gazetteer, all.tokens[i].gazetteer);
                EXPECT_EQ(context.tokens[i].capitalised, all.tokens[i].capitalised);
                // The word's features and the contextual ones are extract()'s.
                std::vector<std::uint64_t> split;
                extractor.word_features(words[i], *facts[i], split);
                const auto rest = context.of(i);
                split.insert(split.end(), rest.begin(), rest.end());
                std::vector<std::uint64_t> whole(all.of(i).begin(), all.of(i).end());
                std::sort(split.begin(), split.end());
                std::sort(whole.begin(), whole.end());
                EXPECT_EQ(split, whole) << "token " << i << " " << words[i];

                test::expect_step_scores_as_feature_by_feature(model, matrix, all, doc, i, scorer);
            }
            std::vector<Tag> tags;
            detail::viterbi_decode<NerModel, std::int32_t, std::int64_t>(model, matrix, all, doc,
                                                                         tags);
            doc.record(all, tags);
        }
    }
}

TEST_F(WordScoreCacheTest, EmptiedWhenFullerThanCapacityAtADocument) {
    detail::WordScoreCache cache(*model_, *gazetteer_, 2);
    std::vector<const detail::WordScoreCache::Entry*> entries;
    const std::vector<std::string_view> sentence = {"Trump", "said", "Trump"};
    cache.find(sentence, entries);
    EXPECT_EQ(cache.size(), 2U);  // a word met twice has one entry
    EXPECT_EQ(entries[0], entries[2]);
    cache.start_document();
    EXPECT_EQ(cache.size(), 2U);  // not fuller than its capacity
    const std::vector<std::string_view> more = {"Iran", "said"};
    cache.find(more, entries);
    EXPECT_EQ(cache.size(), 3U);  // may exceed it within a document
    cache.start_document();
    EXPECT_EQ(cache.size(), 0U);
    cache.find(sentence, entries);
    EXPECT_TRUE(entries[0]->facts.capitalised);
    EXPECT_EQ(entries[1]->word, "said");
}

TEST_F(WordScoreCacheTest, SameTagsWithAndWithoutTheCache) {
    std::vector<Document> documents = kDocuments;
    std::vector<ConllDocument> testa;
    if (std::ifstream in(kTesta); in) {
        // Enough documents for the small cache to be emptied many times.
        testa = read_conll(in, "eng.testa");
        testa.resize(std::min<std::size_t>(testa.size(), 60));
        for (const ConllDocument& d : testa) {
            Document& doc = documents.emplace_back();
            for (const ConllSentence& s : d.sentences)
                doc.emplace_back(s.words.begin(), s.words.end());
        }
    }
    TaggerOptions uncached;
    uncached.word_cache_words = 0;
    TaggerOptions tiny;
    tiny.word_cache_words = 3;
    const Tagger plain(model_, gazetteer_, uncached);
    const Tagger cached(model_, gazetteer_);
    const Tagger small(model_, gazetteer_, tiny);
    // Twice over: the second time every word of the default cache is warm.
    for (int round = 0; round < 2; ++round) {
        for (std::size_t d = 0; d < documents.size(); ++d) {
            const auto expected = plain.tag_document(documents[d]);
            EXPECT_EQ(cached.tag_document(documents[d]), expected) << "document " << d;
            EXPECT_EQ(small.tag_document(documents[d]), expected) << "document " << d;
        }
    }
}

}  // namespace
}  // namespace dateline::extractor
