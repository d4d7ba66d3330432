// End-to-end tests of dateline-ner: the real binary with the committed model
// (extractor/model). Text on stdin -> PER/ORG/LOC lines (with the implied
// country); files and folders read as dateline-index reads them, in text and
// JSON; --eval scoring as JSON with exact figures; and errors (exit 2,
// "dateline-ner: error:" on stderr, nothing on stdout).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// dateline-ner is built beside dateline-index: <build>/extractor/dateline-ner.
std::string ner_binary() {
    return (fs::path(index_binary()).parent_path().parent_path() / "extractor" / "dateline-ner")
        .string();
}

std::string model_dir() { return (fs::path(source_dir()) / "extractor" / "model").string(); }

class NerCli : public testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(fs::is_regular_file(ner_binary())) << ner_binary();
        ASSERT_TRUE(fs::is_regular_file(fs::path(model_dir()) / "ner.model")) << model_dir();
    }

    ProcessResult ner(std::vector<std::string> args, const std::string& input = {}) const {
        args.insert(args.begin(), {ner_binary(), "--model", model_dir()});
        return run_process(args, input);
    }

    fs::path write(const std::string& name, const std::string& content) const {
        const fs::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

    static void expect_counts(const json& scores, const char* type, double precision, double recall,
                              double f1, int gold, int predicted, int correct) {
        SCOPED_TRACE(type);
        ASSERT_TRUE(scores.contains(type)) << scores.dump();
        const json& c = scores.at(type);
        EXPECT_NEAR(c.at("precision").get<double>(), precision, 1e-9);
        EXPECT_NEAR(c.at("recall").get<double>(), recall, 1e-9);
        EXPECT_NEAR(c.at("f1").get<double>(), f1, 1e-9);
        EXPECT_EQ(c.at("gold").get<int>(), gold);
        EXPECT_EQ(c.at("predicted").get<int>(), predicted);
        EXPECT_EQ(c.at("correct").get<int>(), correct);
    }

    TempDir dir_;
};

constexpr const char* kText = "President Donald Trump met Angela Merkel in Berlin.\n";
constexpr const char* kTextRows =
    "PER\tdonald-trump\tDonald Trump\ttext\n"
    "PER\tangela-merkel\tAngela Merkel\ttext\n"
    "LOC\tgn-2950159\tBerlin\ttext\n"
    "LOC\tde\tGermany\timplied\n";

TEST_F(NerCli, TextOnStdinPrintsPeopleThenPlacesThenImpliedCountry) {
    const auto r = ner({}, kText);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, kTextRows);
    EXPECT_EQ(r.err, "");
}

TEST_F(NerCli, DashReadsStdin) {
    const auto r = ner({"-"}, kText);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, kTextRows);
}

TEST_F(NerCli, NoImpliedDropsTheCountry) {
    const auto r = ner({"--no-implied"}, kText);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "PER\tdonald-trump\tDonald Trump\ttext\nPER\tangela-merkel\tAngela "
              "Merkel\ttext\nLOC\tgn-2950159\tBerlin\ttext\n");
}

TEST_F(NerCli, EmptyInputPrintsNothing) {
    const auto r = ner({}, "");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "");
}

// A file is read as dateline-index reads it: the text format's headers are
// metadata, and the text adds only what the metadata does not name.
TEST_F(NerCli, FileArticlesShowMetadataAndWhatTheTextAdds) {
    write("story.txt",
          "title: Fed chairman speaks\n"
          "places: United States\n"
          "\n"
          "WASHINGTON, March 3 - Paul Volcker said U.S. rates would stay low, officials in "
          "Baghdad said.\n");
    const auto r = ner({(dir_ / "story.txt").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "# story.txt\tstory.txt\n"
              "PER\tpaul-volcker\tPaul Volcker\ttext\n"
              "LOC\tus\tUnited States\tmetadata\n"
              "LOC\tgn-4138106\tWashington, D.C.\tdateline\n"
              "LOC\tgn-98182\tBaghdad\ttext\n"
              "LOC\tiq\tIraq\timplied\n");
}

// Organisations are printed as the indexer adds them: the metadata's, then
// what the text adds (a company by its name without the company form), never
// the metadata's organisation again under its full name.
TEST_F(NerCli, OrganisationsFromMetadataAndText) {
    write("orgs.txt",
          "title: Car sales\n"
          "orgs: European Community\n"
          "\n"
          "Officials of General Motors Corp said the European Community would meet.\n");
    const auto r = ner({(dir_ / "orgs.txt").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "# orgs.txt\torgs.txt\n"
              "ORG\teuropean-community\tEuropean Community\tmetadata\n"
              "ORG\tgeneral-motors\tGeneral Motors\ttext\n");
    const auto j = ner({"--json", (dir_ / "orgs.txt").string()});
    ASSERT_EQ(j.exit_code, 0) << j.err;
    EXPECT_EQ(json::parse(j.out).at("orgs"),
              json::parse(R"([{"key": "european-community", "name": "European Community",
                               "origin": "metadata"},
                              {"key": "general-motors", "name": "General Motors",
                               "origin": "text"}])"));
}

TEST_F(NerCli, FoldersAndJsonGiveOneObjectPerArticle) {
    fs::create_directories(dir_ / "news");
    write("news/a.txt", kText);
    write("news/b.jsonl",
          "{\"id\": \"j1\", \"title\": \"Talks\", \"body\": \"Talks in Baghdad.\", "
          "\"places\": [\"Iraq\"]}\n");
    const auto r = ner({"--json", (dir_ / "news").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<json> objects;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) objects.push_back(json::parse(line));
    ASSERT_EQ(objects.size(), 2u) << r.out;
    EXPECT_EQ(objects[0].at("id"), "a.txt");
    EXPECT_EQ(objects[0].at("people").size(), 2u) << objects[0].dump();
    EXPECT_EQ(objects[0].at("people")[0].at("key"), "donald-trump");
    EXPECT_EQ(objects[1].at("id"), "j1");
    EXPECT_EQ(objects[1].at("source"), "b.jsonl:1");
    EXPECT_EQ(objects[1].at("places"),
              json::parse(R"([{"key": "iq", "name": "Iraq", "origin": "metadata"},
                              {"key": "gn-98182", "name": "Baghdad", "origin": "text"}])"));
}

// The contract of bench/places: per article, "place_mentions" lists every
// place mention of the body resolved to a place, with byte offsets into the
// body (not the title), the identity, the GeoNames id and the country.
TEST_F(NerCli, JsonPlaceMentionsHaveBodyOffsetsAndIdentities) {
    const std::string body = "The tornado struck Paris, Texas, on Tuesday; talks in Paris went on.";
    write("mentions.jsonl",
          json{{"id", "m1"}, {"date", "2020-01-02"}, {"title", "Storm in Texas"}, {"body", body}}
                  .dump() +
              "\n");
    const auto r = ner({"--json", "--format", "jsonl", (dir_ / "mentions.jsonl").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json mentions = json::parse(r.out).at("place_mentions");
    ASSERT_EQ(mentions.size(), 3u) << mentions.dump(2);
    const auto expect = [&](std::size_t i, const std::string& text, const std::string& key,
                            const std::string& name, int geonameid, const std::string& country) {
        SCOPED_TRACE(i);
        const json& m = mentions.at(i);
        EXPECT_EQ(m.at("text"), text);
        const auto offset = m.at("offset").get<std::size_t>();
        EXPECT_EQ(body.substr(offset, text.size()), text);
        EXPECT_EQ(m.at("key"), key);
        EXPECT_EQ(m.at("name"), name);
        EXPECT_EQ(m.at("geonameid"), geonameid);
        EXPECT_EQ(m.at("country"), country);
    };
    expect(0, "Paris", "gn-4717560", "Paris", 4717560, "us");  // by its qualifier
    expect(1, "Texas", "gn-4736286", "Texas", 4736286, "us");  // the qualifier itself
    expect(2, "Paris", "gn-4717560", "Paris", 4717560, "us");  // one place per article
}

// conlleval input (word gold predicted), so the figures do not depend on the
// model: PER 1 of 2 right ("John" for "John Smith"), LOC 2 right + 1 wrong
// ("Acme"), ORG 1 missed, no MISC.
constexpr const char* kPredictions =
    "-DOCSTART- O O\n"
    "\n"
    "Angela B-PER B-PER\n"
    "Merkel I-PER I-PER\n"
    "visited O O\n"
    "Paris B-LOC B-LOC\n"
    ". O O\n"
    "\n"
    "John B-PER B-PER\n"
    "Smith I-PER O\n"
    "joined O O\n"
    "Acme B-ORG B-LOC\n"
    "in O O\n"
    "London B-LOC B-LOC\n"
    ". O O\n"
    "\n";

TEST_F(NerCli, EvalPredictionsJsonHasExactScores) {
    const auto r =
        ner({"--eval", write("pred.conll", kPredictions).string(), "--predictions", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const json scores = json::parse(r.out);
    expect_counts(scores, "PER", 50.0, 50.0, 50.0, 2, 2, 1);
    expect_counts(scores, "LOC", 200.0 / 3.0, 100.0, 80.0, 2, 3, 2);
    expect_counts(scores, "ORG", 0.0, 0.0, 0.0, 1, 0, 0);
    expect_counts(scores, "MISC", 0.0, 0.0, 0.0, 0, 0, 0);
    expect_counts(scores, "overall", 60.0, 60.0, 60.0, 5, 5, 3);
}

TEST_F(NerCli, EvalPredictionsTextTable) {
    const auto r = ner({"--eval", write("pred.conll", kPredictions).string(), "--predictions"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("processed 12 tokens with 5 phrases; found: 5 phrases; correct: 3."),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("precision:  66.67%; recall: 100.00%; F1:  80.00  (2 gold, 3 found)"),
              std::string::npos)
        << r.out;
}

// 4-column CoNLL-2003 (IOB1) tagged by the model: gold counts are exact, and
// these plain sentences are tagged exactly right by the committed model.
TEST_F(NerCli, EvalWithModelScoresAnEasyFile) {
    const std::string conll =
        "-DOCSTART- -X- -X- O\n"
        "\n"
        "Angela NNP B-NP I-PER\n"
        "Merkel NNP I-NP I-PER\n"
        "visited VBD B-VP O\n"
        "Paris NNP B-NP I-LOC\n"
        "on IN B-PP O\n"
        "Monday NNP B-NP O\n"
        ". . O O\n"
        "\n"
        "Prime NNP B-NP O\n"
        "Minister NNP I-NP O\n"
        "Tony NNP I-NP I-PER\n"
        "Blair NNP I-NP I-PER\n"
        "flew VBD B-VP O\n"
        "to TO B-PP O\n"
        "London NNP B-NP I-LOC\n"
        ". . O O\n"
        "\n";
    const auto r = ner({"--eval", write("easy.conll", conll).string(), "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json scores = json::parse(r.out);
    expect_counts(scores, "PER", 100.0, 100.0, 100.0, 2, 2, 2);
    expect_counts(scores, "LOC", 100.0, 100.0, 100.0, 2, 2, 2);
    expect_counts(scores, "overall", 100.0, 100.0, 100.0, 4, 4, 4);
}

// As dateline-index: a path that cannot be read is reported, the others are
// read, and the exit status is 1.
TEST_F(NerCli, MissingFileIsReportedAndTheRestRead) {
    write("story.txt", kText);
    const auto r = ner({(dir_ / "no-such-story.txt").string(), (dir_ / "story.txt").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.err.rfind("dateline-ner: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("no-such-story.txt"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("PER\tdonald-trump\tDonald Trump\ttext\n"), std::string::npos) << r.out;
}

TEST_F(NerCli, MissingEvalFileIsAnError) {
    const auto r = ner({"--eval", (dir_ / "no-such.conll").string(), "--json"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.rfind("dateline-ner: error:", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("no-such.conll"), std::string::npos) << r.err;
}

TEST_F(NerCli, MissingModelIsAnError) {
    const auto r = run_process({ner_binary(), "--model", (dir_ / "no-model").string()}, kText);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.rfind("dateline-ner: error:", 0), 0u) << r.err;
}

}  // namespace
}  // namespace dateline::test
