// Bad input loses nothing: tests/data/broken/ plus items the test makes (a
// 50 MB file, an unreadable file, a symlink loop, very deep folders). Each
// bad item is reported with file, line and reason; every good article around
// it is indexed and searchable.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "support/index_contents.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

class BrokenInput : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::copy(test_data_dir() + "/broken", archive_, fs::copy_options::recursive);
        // A 50 MB "article": a runaway log saved as text.
        {
            std::ofstream big(archive_ / "huge.txt");
            big << "date: 2021-01-01\ntitle: Not really an article\n\n";
            const std::string line(99, 'x');
            for (int i = 0; i < 500'000; ++i) big << line << '\n';
        }
        // A loop of symbolic links, and a folder that links to its parent.
        fs::create_symlink("loop-b", archive_ / "loop-a");
        fs::create_symlink("loop-a", archive_ / "loop-b");
        fs::create_directory_symlink("..", archive_ / "deep" / "up");
        // 60 more nested folders with an article at the bottom.
        fs::path nested = archive_ / "nested";
        for (int i = 0; i < 60; ++i) nested /= "n" + std::to_string(i);
        fs::create_directories(nested);
        std::ofstream(nested / "bottom.txt")
            << "date: 2021-08-08\ntitle: Bottom of the well\n\nDeep.\n";
        // Unreadable to anyone but root.
        std::ofstream(archive_ / "secret.txt")
            << "date: 2021-09-09\ntitle: Locked away\n\nHidden.\n";
        fs::permissions(archive_ / "secret.txt", fs::perms::none);
    }

    TempDir dir_;
    fs::path archive_ = dir_ / "broken";
    std::string index_ = (dir_ / "index").string();
};

TEST_F(BrokenInput, EveryBadItemIsReportedAndEveryGoodArticleIndexed) {
    const auto result =
        run_process({index_binary(), "--no-extract", "--index", index_, archive_.string()});
    EXPECT_EQ(result.exit_code, 1) << result.err;  // finished, with problems
    EXPECT_EQ(result.out, "");

    std::map<std::string, std::string> want{
        {"latin1.txt", "Café owners protest in São Paulo"},
        {"no-date.txt", "Undated bulletin"},
        {"impossible-date.txt", "Leap of faith"},
        {"feed-1", "First good line"},
        {"feed-3", "Third good line"},
        {"reuters-7001", "CANADA WHEAT EXPORTS RISE"},
        {"deep/a/b/c/d/e/f/g/h/deep.txt", "Found deep down"},
    };
    std::string nested_id = "nested";
    for (int i = 0; i < 60; ++i) nested_id += "/n" + std::to_string(i);
    want[nested_id + "/bottom.txt"] = "Bottom of the well";
    const bool root = ::geteuid() == 0;
    if (root) want["secret.txt"] = "Locked away";  // root reads it anyway
    EXPECT_EQ(index_titles(index_), want);

    const auto reported = [&](const std::string& where) {
        return result.err.find(archive_.string() + "/" + where) != std::string::npos;
    };
    EXPECT_TRUE(reported("binary.txt")) << result.err;
    EXPECT_TRUE(reported("empty.txt")) << result.err;
    EXPECT_TRUE(reported("impossible-date.txt:1: ")) << result.err;
    EXPECT_TRUE(reported("feed.jsonl:2: ")) << result.err;
    EXPECT_TRUE(reported("feed.jsonl:4: duplicate id 'feed-1' (already indexed from feed.jsonl:1)"))
        << result.err;
    EXPECT_TRUE(reported("truncated.sgm:10: ")) << result.err;
    // A one-article file is its own source: no line number.
    EXPECT_TRUE(reported("huge.txt: article too large")) << result.err;
    EXPECT_TRUE(reported("loop-a")) << result.err;
    if (root) {
        std::cerr
            << "note: running as root, who can read the unreadable file: that case is skipped\n";
    } else {
        EXPECT_TRUE(reported("secret.txt")) << result.err;
    }
    // Every diagnostic line names a file.
    std::istringstream lines(result.err);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("dateline-index: ")) continue;  // the summary
        EXPECT_EQ(line.rfind(archive_.string(), 0), 0U) << line;
    }

    // Searchable: Latin-1 bytes became real letters.
    const auto search = run_process({search_binary(), "--index", index_, "--count", "café"});
    EXPECT_EQ(search.out, "1\n") << search.err;
}

}  // namespace
}  // namespace dateline::test
