// Near-duplicate collapse end to end: the sample corpus's two wire copies of
// the Baltic storm story are one hit with "+1 similar" (JSON `similar`),
// --all-copies lists both, counts and facets count articles; and an update
// that removes a group's first article hands the group to the next copy.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kFirstCopy = "2023/2023-10-21-baltic-storm-surge-denmark.txt";
const std::string kSecondCopy = "2023/2023-10-21-baltic-flooding-denmark-update.txt";

class CorpusCopies : public testing::Test {
  protected:
    static void SetUpTestSuite() {
        if (!fs::exists(corpus())) return;
        dir_ = std::make_unique<TempDir>();
        built_ = run_process(
            {index_binary(), "--index", index_path(), "--quiet", "--no-extract", corpus()});
    }
    static void TearDownTestSuite() { dir_.reset(); }
    void SetUp() override {
        if (dir_ == nullptr) GTEST_SKIP() << "no sample corpus at " << corpus();
        ASSERT_EQ(built_.exit_code, 0) << built_.err;
    }

    static std::string corpus() { return source_dir() + "/corpus"; }
    static std::string index_path() { return (dir_->path() / "index").string(); }
    static ProcessResult search(std::vector<std::string> args) {
        args.insert(args.begin(), {search_binary(), "--index", index_path(), "--color", "never"});
        return run_process(args);
    }
    static json search_json(std::vector<std::string> args) {
        args.push_back("--json");
        const auto result = search(std::move(args));
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    }

    static inline std::unique_ptr<TempDir> dir_;
    static inline ProcessResult built_;
};

TEST_F(CorpusCopies, TwoCopiesAreOneHitWithTheOtherAsSimilar) {
    const json out = search_json({"baltic", "denmark"});
    EXPECT_EQ(out.at("total"), 2);  // articles
    EXPECT_EQ(out.at("groups"), 1);
    ASSERT_EQ(out.at("hits").size(), 1U);
    const json& hit = out.at("hits").at(0);
    ASSERT_EQ(hit.at("similar").size(), 1U);
    EXPECT_EQ((std::set<std::string>{hit.at("id"), hit.at("similar").at(0)}),
              (std::set<std::string>{kFirstCopy, kSecondCopy}));

    const auto text = search({"baltic", "denmark"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("    +1 similar: " + hit.at("similar").at(0).get<std::string>() + "\n"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("2 articles match (1 hit without near-duplicate copies); showing 1-1."),
              std::string::npos)
        << text.out;
}

TEST_F(CorpusCopies, AllCopiesListsBoth) {
    const json out = search_json({"--all-copies", "baltic", "denmark"});
    EXPECT_EQ(out.at("total"), 2);
    EXPECT_FALSE(out.contains("groups"));
    ASSERT_EQ(out.at("hits").size(), 2U);
    for (const json& hit : out.at("hits")) EXPECT_FALSE(hit.contains("similar"));
    const auto ids = search({"--all-copies", "--format", "ids", "baltic", "denmark"});
    EXPECT_EQ(ids.out, out.at("hits").at(0).at("id").get<std::string>() + "\n" +
                           out.at("hits").at(1).at("id").get<std::string>() + "\n");
    EXPECT_EQ(
        search({"--format", "ids", "baltic", "denmark"}).out,
        search_json({"baltic", "denmark"}).at("hits").at(0).at("id").get<std::string>() + "\n");
}

TEST_F(CorpusCopies, CountsAndFacetsCountArticles) {
    EXPECT_EQ(search({"--count", "baltic", "denmark"}).out, "2\n");
    for (const bool all : {false, true}) {
        std::vector<std::string> args{"--facet", "date:month", "baltic", "denmark"};
        if (all) args.push_back("--all-copies");
        const json facet = search_json(args).at("facets").at("date");
        ASSERT_EQ(facet.size(), 1U) << facet;
        EXPECT_EQ(facet.at(0).at("key"), "2023-10");
        EXPECT_EQ(facet.at(0).at("count"), 2);
    }
}

// Without hits to list there are no groups to count (Xapian's estimate of
// them is then no count: it once said 30 groups of 24 articles).
TEST_F(CorpusCopies, NoGroupsWithoutHits) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--limit", "0", "date:2020..2024"}, {"--timeline", "year", "date:2020..2024"}}) {
        const json out = search_json(args);
        EXPECT_FALSE(out.contains("groups")) << out.dump();
    }
}

TEST_F(CorpusCopies, NoOtherArticlesOfTheCorpusAreCopies) {
    const json out = search_json({"--limit", "100", "date:2000..2030"});
    EXPECT_EQ(out.at("groups").get<int>(), out.at("total").get<int>() - 1);
    int with_similar = 0;
    for (const json& hit : out.at("hits")) with_similar += hit.contains("similar") ? 1 : 0;
    EXPECT_EQ(with_similar, 1);
}

// Three copies of a story, filed a day apart; the first is then deleted.
TEST(CopiesAfterAnUpdate, RemovingTheFirstCopyLeavesTheOthersGroupedUnderTheNext) {
    TempDir dir;
    const fs::path archive = dir / "archive";
    fs::create_directories(archive);
    const std::string body =
        "Dockworkers at the port of Rotterdam voted on Monday to extend their strike by another "
        "week, union leaders said, as talks with the terminal operators over automation and "
        "pay broke down again late on Sunday night.";
    std::ofstream(archive / "a.txt") << "date: 2024-02-01\ntitle: Dockers extend strike\n\n"
                                     << body << "\n";
    std::ofstream(archive / "b.txt")
        << "date: 2024-02-02\ntitle: UPDATE 1-Dockers extend strike\n\n"
        << body << " Shipping lines diverted vessels.\n";
    std::ofstream(archive / "c.txt") << "date: 2024-02-03\ntitle: Dockers extend strike\n\n"
                                     << body << "\n";
    const std::string index = (dir / "index").string();
    const auto hits = [&] {
        const auto result =
            run_process({search_binary(), "--index", index, "--json", "dockworkers"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return json::parse(result.out);
    };
    ASSERT_EQ(
        run_process({index_binary(), "--index", index, "--quiet", archive.string()}).exit_code, 0);
    json out = hits();
    EXPECT_EQ(out.at("total"), 3);
    ASSERT_EQ(out.at("hits").size(), 1U);
    EXPECT_EQ(out.at("hits").at(0).at("similar").size(), 2U);

    fs::remove(archive / "a.txt");
    const auto update = run_process({index_binary(), "--index", index, "--quiet"});
    ASSERT_EQ(update.exit_code, 0) << update.err;
    out = hits();
    EXPECT_EQ(out.at("total"), 2);
    ASSERT_EQ(out.at("hits").size(), 1U);
    EXPECT_EQ(out.at("hits").at(0).at("similar").size(), 1U);

    // The last copy alone is a hit of its own.
    fs::remove(archive / "b.txt");
    ASSERT_EQ(run_process({index_binary(), "--index", index, "--quiet"}).exit_code, 0);
    out = hits();
    ASSERT_EQ(out.at("hits").size(), 1U);
    EXPECT_EQ(out.at("hits").at(0).at("id"), "c.txt");
    EXPECT_FALSE(out.at("hits").at(0).contains("similar"));
    EXPECT_EQ(out.at("groups"), 1);
}

}  // namespace
}  // namespace dateline::test
