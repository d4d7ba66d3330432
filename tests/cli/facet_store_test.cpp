// The facet store as dateline-index keeps it, on real news: part of
// Reuters-21578 with extraction on, in two shards, built and then updated in
// place (a file removed, one added). After each run, facets counted from the
// store must equal facets counted from the value slots, and the update must
// have read only the new articles.
//
// Skips (exit 77) with a message when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/facet_agreement.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_main.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

fs::path reuters_dir() { return fs::path(shared_dir()) / "data" / "reuters21578"; }

// Queries whose matches and facets differ in kind: words, a phrase, entity
// and date filters, negation, and one that matches nothing.
const std::vector<std::string> kQueries = {"oil",           "yen OR dollar",   "\"interest rates\"",
                                           "person:reagan", "place:japan",     "org:opec",
                                           "date:1987-03",  "trade NOT japan", "platypus"};

nlohmann::json report_of(const TempDir& dir) {
    std::ifstream in(dir / "report.json");
    return nlohmann::json::parse(in);
}

ProcessResult index(const TempDir& dir, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {index_binary(), "--quiet",
                                     "--index",      (dir / "index").string(),
                                     "--report",     (dir / "report.json").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back((dir / "archive").string());
    return run_process(args);
}

void link_file(const TempDir& dir, const std::string& name) {
    fs::create_symlink(reuters_dir() / name, dir / "archive" / name);
}

TEST(FacetStoreOnReuters, ShardsBuiltThenUpdatedInPlace) {
    TempDir dir;
    fs::create_directories(dir / "archive");
    for (const char* name : {"reut2-000.sgm", "reut2-001.sgm", "reut2-002.sgm"}) {
        link_file(dir, name);
    }
    const auto built = index(dir, {"--shards", "2"});
    ASSERT_EQ(built.exit_code, 0) << built.err;
    EXPECT_EQ(report_of(dir).at("facet_store").at("update"), "full");
    expect_store_facets_equal_slot_facets({(dir / "index").string()}, kQueries);

    // A night's changes: a file gone (its 1,000 articles removed), a file
    // new (1,000 articles added). Only the new ones are read for the store.
    fs::remove(dir / "archive" / "reut2-001.sgm");
    link_file(dir, "reut2-003.sgm");
    const auto updated = index(dir);
    ASSERT_EQ(updated.exit_code, 0) << updated.err;
    const auto report = report_of(dir);
    EXPECT_EQ(report.at("rebuilt"), false);
    EXPECT_EQ(report.at("added"), 1000);
    EXPECT_EQ(report.at("removed"), 1000);
    EXPECT_EQ(report.at("facet_store").at("update"), "incremental");
    EXPECT_EQ(report.at("facet_store").at("documents_read"), 1000);
    expect_store_facets_equal_slot_facets({(dir / "index").string()}, kQueries);

    // Nothing changed: the store is left as it is.
    ASSERT_EQ(index(dir).exit_code, 0);
    EXPECT_EQ(report_of(dir).at("facet_store").at("update"), "up-to-date");
}

}  // namespace
}  // namespace dateline::test

int main(int argc, char** argv) {
    const auto dir = dateline::test::reuters_dir();
    const bool present = std::filesystem::exists(dir / "reut2-000.sgm");
    return dateline::test::run_tests_unless_missing(
        argc, argv,
        present ? ""
                : "Reuters-21578 not found at " + dir.string() +
                      " (the shared data folder beside the project)");
}
