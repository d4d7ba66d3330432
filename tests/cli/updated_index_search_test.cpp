// Searches of an index that dateline-index has updated in place. Xapian 1.4
// reads posting lists another way for a match that needs no within-document
// frequency (BoolWeight), and on such an index that way failed with
// DatabaseCorruptError ("Unexpected end of posting list") where the normal
// way reads the same lists: every --timeline and --significant search of an
// index after its nightly update failed so (match_only_weight.hpp). Each
// search here goes through one of the matches that only ask which documents
// match, and must succeed with the counts of the updated archive.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "generated_archive.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

class UpdatedIndex : public testing::TestWithParam<int> {
  protected:
    void SetUp() override {
        const GeneratedArchive generator;
        total_ = generator.write(archive_, 0).size();
        auto command = index_command(index_, archive_, false);
        // The parameter: 1 database, or shards (counted a database at a time).
        command.insert(command.end() - 1, {"--shards", std::to_string(GetParam())});
        ASSERT_EQ(run_process(command).exit_code, 0);
        generator.write(archive_, 1);  // a third of the files change
        const auto update = run_process(index_command(index_, archive_, false));
        ASSERT_EQ(update.exit_code, 0) << update.err;
    }

    ProcessResult search(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {search_binary(), "--index", index_});
        return run_process(arguments);
    }

    TempDir dir_;
    fs::path archive_ = dir_ / "archive";
    std::string index_ = (dir_ / "index").string();
    std::size_t total_ = 0;
};

TEST_P(UpdatedIndex, CountsFacetsAndHitsSeeEveryMatch) {
    const auto count = search({"--count", "archive"});
    ASSERT_EQ(count.exit_code, 0) << count.err;
    EXPECT_EQ(count.out, std::to_string(total_) + "\n");
    const auto hits = search({"--json", "--facet", "date:year", "archive"});
    ASSERT_EQ(hits.exit_code, 0) << hits.err;
    const auto result = nlohmann::json::parse(hits.out);
    EXPECT_EQ(result.at("total").get<std::size_t>(), total_);
    std::size_t dated = 0;
    for (const auto& value : result.at("facets").at("date")) {
        dated += value.at("count").get<std::size_t>();
    }
    EXPECT_GT(dated, 0U);
    EXPECT_LE(dated, total_);
}

TEST_P(UpdatedIndex, TimelinesCountEveryMatch) {
    const auto timeline = search({"--json", "--timeline", "year", "archive"});
    ASSERT_EQ(timeline.exit_code, 0) << timeline.err;
    EXPECT_NE(timeline.out.find("\"timeline\""), std::string::npos);
}

TEST_P(UpdatedIndex, SignificantTermsAreFound) {
    // A word every article has: its posting list is the one the update
    // rewrote most (a phrase here passed even with BoolWeight).
    const auto significant = search({"--significant", "term", "archive"});
    ASSERT_EQ(significant.exit_code, 0) << significant.err;
    EXPECT_NE(significant.out.find(std::to_string(total_) + " articles match"), std::string::npos)
        << significant.out;
}

INSTANTIATE_TEST_SUITE_P(Databases, UpdatedIndex, testing::Values(1, 2),
                         [](const testing::TestParamInfo<int>& param) {
                             return param.param == 1 ? std::string("OneDatabase")
                                                     : std::string("TwoShards");
                         });

}  // namespace
}  // namespace dateline::test
