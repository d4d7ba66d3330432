// The --eval scorer, checked exactly on a small CoNLL snippet with known counts.

#include "dateline/extractor/conll.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dateline/extractor/errors.hpp"

namespace dateline::extractor {
namespace {

// word POS gold predicted (conlleval input). Gold (IOB1): PER "Peter
// Blackburn", LOC "BRUSSELS", ORG "European Commission", PER "Werner Zwingmann",
// LOC "Germany", LOC "Britain" = 2 PER, 3 LOC, 1 ORG, 0 MISC.
// Predicted (IOB2): PER "Peter Blackburn" (correct), LOC "BRUSSELS" (correct),
// ORG "European" (wrong boundary), PER "Werner" (wrong boundary), MISC
// "German" (spurious), LOC "Germany" (correct), Britain missed.
constexpr const char* kSnippet = R"(-DOCSTART- -X- O O O

Peter NNP I-PER B-PER
Blackburn NNP I-PER I-PER

BRUSSELS NNP I-LOC B-LOC
1996-08-22 CD O O

The DT O O
European NNP I-ORG B-ORG
Commission NNP I-ORG O
said VBD O O
Werner NNP I-PER B-PER
Zwingmann NNP I-PER O
of IN O O
German JJ O B-MISC
origin NN O O
. . O O

-DOCSTART- -X- O O O

Germany NNP I-LOC B-LOC
and CC O O
Britain NNP I-LOC O
)";

TEST(ConllScore, SnippetWithKnownCounts) {
    std::istringstream in(kSnippet);
    const auto docs = read_conll(in, "snippet", ConllReadOptions{true});
    ASSERT_EQ(docs.size(), 2U);
    EXPECT_EQ(docs[0].sentences.size(), 3U);
    ConllScore score;
    for (const auto& d : docs)
        for (const auto& s : d.sentences) score.add_labels(s.gold, s.predicted);
    EXPECT_EQ(score.tokens(), 17U);
    const EntityCounts& per = score.of(EntityType::Person);
    EXPECT_EQ(per.gold, 2U);
    EXPECT_EQ(per.predicted, 2U);
    EXPECT_EQ(per.correct, 1U);
    EXPECT_DOUBLE_EQ(per.f1(), 50.0);
    const EntityCounts& loc = score.of(EntityType::Location);
    EXPECT_EQ(loc.gold, 3U);
    EXPECT_EQ(loc.predicted, 2U);
    EXPECT_EQ(loc.correct, 2U);
    EXPECT_DOUBLE_EQ(loc.precision(), 100.0);
    EXPECT_NEAR(loc.recall(), 66.6667, 1e-3);
    EXPECT_NEAR(loc.f1(), 80.0, 1e-9);
    EXPECT_EQ(score.of(EntityType::Organisation).correct, 0U);
    EXPECT_DOUBLE_EQ(score.of(EntityType::Organisation).f1(), 0.0);
    EXPECT_EQ(score.of(EntityType::Misc).gold, 0U);
    EXPECT_EQ(score.of(EntityType::Misc).predicted, 1U);
    EXPECT_EQ(score.overall().gold, 6U);
    EXPECT_EQ(score.overall().predicted, 6U);
    EXPECT_EQ(score.overall().correct, 3U);
    EXPECT_DOUBLE_EQ(score.overall().f1(), 50.0);

    const auto json = nlohmann::json::parse(score.to_json());
    for (const char* key : {"PER", "LOC", "ORG", "MISC", "overall"}) {
        ASSERT_TRUE(json.contains(key)) << key;
        EXPECT_TRUE(json[key].contains("precision") && json[key].contains("recall") &&
                    json[key].contains("f1"));
    }
    EXPECT_DOUBLE_EQ(json["LOC"]["f1"].get<double>(), loc.f1());
}

TEST(ConllScore, Iob1AndIob2ReadAlike) {
    const std::vector<std::string> iob1 = {"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"};
    const std::vector<std::string> iob2 = {"B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"};
    EXPECT_EQ(spans_from_labels(iob1), spans_from_labels(iob2));
    EXPECT_EQ(spans_from_labels(iob1).size(), 4U);
}

TEST(ConllRead, FourColumnsGoldIsLast) {
    std::istringstream in("EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n");
    const auto docs = read_conll(in, "x");
    ASSERT_EQ(docs.size(), 1U);
    ASSERT_EQ(docs[0].sentences.size(), 2U);
    EXPECT_EQ(docs[0].sentences[0].gold, (std::vector<std::string>{"I-ORG", "O"}));
}

TEST(ConllRead, BadLabelNamesTheLine) {
    std::istringstream in("EU NNP I-NP I-ORG\nrejects VBZ I-VP X-FOO\n");
    try {
        (void)read_conll(in, "bad.conll");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.conll:2"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace dateline::extractor
