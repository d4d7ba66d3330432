// Searching while the index is rebuilt and updated: every search must succeed
// and see either the old state or the new one, never a half-built index.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "generated_archive.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

// Articles whose title still says "version 0": this tells which state a
// search saw, since an update rewrites a third of the files with version N.
std::size_t version_zero(const std::map<std::string, std::string>& state) {
    std::size_t n = 0;
    for (const auto& [id, title] : state) n += title.ends_with("version 0") ? 1U : 0U;
    return n;
}

TEST(Concurrency, SearchesDuringRebuildsAndUpdatesAllSucceed) {
    TempDir dir;
    const fs::path archive = dir / "archive";
    const std::string index = (dir / "index").string();
    const GeneratedArchive generator;
    auto state = generator.write(archive, 0);
    const auto total = state.size();
    auto indexer = [&](bool rebuild) {
        return spawn_process(index_command(index, archive, rebuild));
    };
    ASSERT_EQ(wait_process(indexer(false)), 0);

    int searches = 0;
    for (int round = 1; round <= 4; ++round) {
        const bool rebuild = round % 2 == 1;
        const auto before = state;
        if (!rebuild) state = generator.write(archive, round);
        const std::set<std::size_t> plausible{version_zero(before), version_zero(state)};
        const int pid = indexer(rebuild);
        for (int i = 0; i < 60; ++i) {
            ++searches;
            const auto all = run_process({search_binary(), "--index", index, "--count", "archive"});
            EXPECT_EQ(all.exit_code, 0) << "search " << searches << ": " << all.err;
            EXPECT_EQ(all.out, std::to_string(total) + "\n") << "search " << searches;
            const auto old =
                run_process({search_binary(), "--index", index, "--count", "\"version 0\""});
            EXPECT_EQ(old.exit_code, 0) << "search " << searches << ": " << old.err;
            EXPECT_TRUE(!old.out.empty() && plausible.count(std::stoul(old.out)))
                << "search " << searches << " saw " << old.out;
        }
        ASSERT_EQ(wait_process(pid), 0);
    }
    EXPECT_GE(searches, 200);
}

}  // namespace
}  // namespace dateline::test
