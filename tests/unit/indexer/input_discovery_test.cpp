#include "dateline/indexer/input_discovery.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "support/temp_dir.hpp"

namespace dateline::indexer {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

void write(const fs::path& path, std::string_view text = "text\n") {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

struct Found {
    std::vector<InputFile> files;
    std::vector<std::string> messages;

    [[nodiscard]] std::vector<std::string> relative_paths() const {
        std::vector<std::string> out;
        for (const auto& f : files) out.push_back(f.relative_path);
        return out;
    }
};

Found discover(const std::vector<fs::path>& roots, const DiscoveryOptions& options = {}) {
    Found found;
    found.files = discover_inputs(roots, options,
                                  [&](Diagnostic d) { found.messages.push_back(d.to_string()); });
    return found;
}

TEST(InputDiscovery, WalksFoldersSortedAndSkipsHiddenEntries) {
    dateline::test::TempDir dir;
    write(dir / "b.txt");
    write(dir / "a.txt");
    write(dir / "sub/z.jsonl");
    write(dir / "sub/deeper/c.txt");
    write(dir / ".hidden.txt");
    write(dir / ".git/config");
    const auto found = discover({dir.path()});
    EXPECT_THAT(found.messages, IsEmpty());
    EXPECT_THAT(found.relative_paths(),
                ElementsAre("a.txt", "b.txt", "sub/deeper/c.txt", "sub/z.jsonl"));
    EXPECT_EQ(found.files[2].path, dir.path() / "sub/deeper/c.txt");
    EXPECT_FALSE(found.files[0].format);
    EXPECT_EQ(found.files[0].codebook, nullptr);
}

TEST(InputDiscovery, AppliesExcludeGlobsToNamesAndRelativePaths) {
    dateline::test::TempDir dir;
    write(dir / "keep.txt");
    write(dir / "notes.md");
    write(dir / "drafts/x.txt");
    write(dir / "sub/drafts/y.txt");
    write(dir / "sub/keep.txt");
    DiscoveryOptions options;
    options.exclude_globs = {"*.md", "drafts"};
    EXPECT_THAT(discover({dir.path()}, options).relative_paths(),
                ElementsAre("keep.txt", "sub/keep.txt"));
    options.exclude_globs = {"sub/*"};
    EXPECT_THAT(discover({dir.path()}, options).relative_paths(),
                ElementsAre("drafts/x.txt", "keep.txt", "notes.md"));
}

TEST(InputDiscovery, DoesNotFollowFolderLinksAndReportsBrokenOnes) {
    dateline::test::TempDir dir;
    write(dir / "real/a.txt");
    write(dir / "target.txt");
    fs::create_directory_symlink(dir.path(), dir / "real/loop");  // a cycle
    fs::create_directory_symlink(dir / "real", dir / "alias");
    fs::create_symlink(dir / "target.txt", dir / "real/link.txt");
    fs::create_symlink(dir / "missing.txt", dir / "real/broken.txt");
    const auto found = discover({dir.path()});
    EXPECT_THAT(found.relative_paths(), ElementsAre("real/a.txt", "real/link.txt", "target.txt"));
    ASSERT_EQ(found.messages.size(), 1u);
    EXPECT_THAT(found.messages[0], HasSubstr("broken.txt: broken symbolic link"));
}

TEST(InputDiscovery, TakesFileRootsAsTheyAreAndReportsMissingRoots) {
    dateline::test::TempDir dir;
    write(dir / "x/story.txt");
    DiscoveryOptions options;
    options.forced_format = Format::Jsonl;
    const auto found = discover({dir / "x/story.txt", dir / "nope", dir / "x"}, options);
    EXPECT_THAT(found.relative_paths(), ElementsAre("story.txt", "story.txt"));
    EXPECT_EQ(found.files[0].path, dir / "x/story.txt");
    EXPECT_EQ(found.files[0].format, Format::Jsonl);
    EXPECT_EQ(found.files[1].format, Format::Jsonl);
    EXPECT_THAT(found.messages, ElementsAre((dir / "nope").string() + ": no such file or folder"));
}

TEST(InputDiscovery, ReutersFoldersGiveOnlyTheirSgmlFilesAndOneCodebook) {
    dateline::test::TempDir dir;
    write(dir / "notes.txt");
    write(dir / "reuters/reut2-000.sgm", "<REUTERS NEWID=\"1\"></REUTERS>\n");
    write(dir / "reuters/reut2-001.sgm", "<REUTERS NEWID=\"2\"></REUTERS>\n");
    write(dir / "reuters/README.txt");
    write(dir / "reuters/lewis.dtd");
    write(dir / "reuters/all-people-strings.lc.txt", "volcker\n");
    write(dir / "reuters/cat-descriptions_120396.txt",
          "@heading[People Codes (1)]\nPaul Volcker, economist  (VOLCKER)\n");
    const auto found = discover({dir.path()});
    EXPECT_THAT(found.messages, IsEmpty());
    EXPECT_THAT(found.relative_paths(),
                ElementsAre("notes.txt", "reuters/reut2-000.sgm", "reuters/reut2-001.sgm"));
    EXPECT_EQ(found.files[0].codebook, nullptr);
    ASSERT_NE(found.files[1].codebook, nullptr);
    EXPECT_EQ(found.files[1].codebook, found.files[2].codebook);  // loaded once
    EXPECT_EQ(found.files[1].codebook->person_name("volcker"), "Paul Volcker");

    // A single collection file named on the command line gets the codebook too.
    const auto single = discover({dir / "reuters/reut2-001.sgm"});
    ASSERT_EQ(single.files.size(), 1u);
    ASSERT_NE(single.files[0].codebook, nullptr);
}

TEST(InputDiscovery, ReportsUnreadableFolders) {
    if (geteuid() == 0) GTEST_SKIP() << "root can read any folder";
    dateline::test::TempDir dir;
    write(dir / "locked/a.txt");
    write(dir / "open.txt");
    fs::permissions(dir / "locked", fs::perms::none);
    const auto found = discover({dir.path()});
    fs::permissions(dir / "locked", fs::perms::owner_all);
    EXPECT_THAT(found.relative_paths(), ElementsAre("open.txt"));
    ASSERT_EQ(found.messages.size(), 1u);
    EXPECT_THAT(found.messages[0], HasSubstr("cannot read folder"));
}

}  // namespace
}  // namespace dateline::indexer
