// dateline-index when writes fail: a full file system (a small tmpfs, when
// the test may mount one) and a file size limit (RLIMIT_FSIZE, always).
//
// The promise under test (docs/operations.md, "Exit statuses"): an update or
// a rebuild that cannot write ends with status 2 and a message naming the
// problem; the previous index still opens and answers exactly as before;
// failed runs do not pile up unfinished generations (each would eat the
// space the next run needs); and once there is room, the next run does the
// whole job.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <xapian.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "dateline/schema/stored_article.hpp"
#include "support/index_contents.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBaseArticles = 60;
// Enough distinct words that the index grows by megabytes.
constexpr std::size_t kExtraArticles = 300;
constexpr std::size_t kExtraWordsPerArticle = 400;

void write_text_article(const fs::path& path, const std::string& title, const std::string& body) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "date: 2022-06-0" << (title.size() % 9 + 1) << "\ntitle: " << title
                        << "\n\n"
                        << body << "\n";
}

// A small archive that fits anywhere: "harbour" in every article, "grain" in
// every third.
void write_base_archive(const fs::path& root) {
    for (std::size_t i = 0; i < kBaseArticles; ++i) {
        std::string body = "Dockers at the harbour met on day " + std::to_string(i) + ".";
        if (i % 3 == 0) body += " The grain ships waited outside.";
        write_text_article(root / "base" / ("story-" + std::to_string(i) + ".txt"),
                           "Base story " + std::to_string(i), body);
    }
}

// Many articles of made-up words: far more than the small file system or
// the file size limit leaves room for.
void write_extra_archive(const fs::path& root) {
    std::uint32_t state = 12345;
    for (std::size_t i = 0; i < kExtraArticles; ++i) {
        std::string body = "More news. ";
        for (std::size_t w = 0; w < kExtraWordsPerArticle; ++w) {
            state = state * 1103515245U + 12345U;
            body += "w" + std::to_string((state >> 8) % 200000) + (w % 15 == 14 ? ". " : " ");
        }
        write_text_article(root / "extra" / ("extra-" + std::to_string(i) + ".txt"),
                           "Extra story " + std::to_string(i), body);
    }
}

// What a reader sees: every id -> title, and the ranked ids for a few queries.
struct IndexView {
    std::map<std::string, std::string> titles;
    std::map<std::string, std::vector<std::string>> results;
    friend bool operator==(const IndexView&, const IndexView&) = default;
};

IndexView view_of(const fs::path& index) {
    IndexView view;
    view.titles = index_titles(index.string());
    Xapian::Database db(index.string());
    Xapian::Enquire enquire(db);
    for (const std::string word : {"harbour", "grain", "dockers", "w42"}) {
        enquire.set_query(Xapian::Query(word));
        auto& ids = view.results[word];
        const auto matches = enquire.get_mset(0, 1000);
        for (auto it = matches.begin(); it != matches.end(); ++it) {
            ids.push_back(schema::decode_stored_article(it.get_document().get_data()).id);
        }
    }
    return view;
}

std::vector<std::string> unfinished_generations(const fs::path& index) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(index)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("gen-") && name.find('.') != std::string::npos) names.push_back(name);
    }
    return names;
}

std::uintmax_t bytes_under(const fs::path& dir) {
    std::uintmax_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file()) total += entry.file_size();
    }
    return total;
}

std::string read_stub(const fs::path& index) {
    std::ifstream in(index / "XAPIANDB");
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> index_command(const fs::path& index, const fs::path& archive,
                                       bool rebuild) {
    std::vector<std::string> argv{index_binary(), "--quiet", "--no-extract", "--index",
                                  index.string()};
    if (rebuild) argv.emplace_back("--rebuild");
    argv.push_back(archive.string());
    return argv;
}

// A run that could not write: status 2, one clear error line naming the
// cause (`reason`, e.g. strerror(ENOSPC)), nothing on stdout.
void expect_write_failure(const ProcessResult& result, const std::string& reason) {
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("dateline-index: error: ", 0), 0U) << result.err;
    EXPECT_NE(result.err.find(reason), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("previous index is unchanged"), std::string::npos) << result.err;
}

// The previous index is what readers still get, and the failed run left at
// most one unfinished generation behind (the next run deletes it before it
// starts its own, so failures cannot pile up).
void expect_intact(const fs::path& index, const IndexView& before, const std::string& stub) {
    EXPECT_EQ(read_stub(index), stub);
    EXPECT_TRUE(view_of(index) == before) << "the index changed under a failed run";
    EXPECT_LE(unfinished_generations(index).size(), 1U)
        << testing::PrintToString(unfinished_generations(index));
}

// A tmpfs mounted on a folder for the lifetime of the object.
class SmallDisk {
  public:
    SmallDisk(const fs::path& where, const std::string& size) : where_(where) {
        fs::create_directories(where_);
        const std::string options = "size=" + size + ",mode=0700";
        if (::mount("dateline-test", where_.c_str(), "tmpfs", 0, options.c_str()) != 0) {
            error_ = std::strerror(errno);
        }
    }
    ~SmallDisk() {
        if (error_.empty()) ::umount2(where_.c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    /// Empty when mounted, else why not.
    [[nodiscard]] const std::string& error() const { return error_; }
    /// Gives the file system a new size; false if the kernel refused.
    bool resize(const std::string& size) {
        const std::string options = "size=" + size + ",mode=0700";
        return ::mount("dateline-test", where_.c_str(), "tmpfs", MS_REMOUNT, options.c_str()) == 0;
    }
    [[nodiscard]] std::uintmax_t free_bytes() const {
        struct statvfs info {};
        if (::statvfs(where_.c_str(), &info) != 0) return 0;
        return static_cast<std::uintmax_t>(info.f_bavail) * info.f_frsize;
    }

  private:
    fs::path where_;
    std::string error_;
};

TEST(FullDisk, AFullFileSystemLeavesThePreviousIndexAndTheNextRunFinishes) {
    TempDir dir;
    const fs::path archive = dir / "archive";
    write_base_archive(archive);
    SmallDisk disk(dir / "disk", "2m");
    if (!disk.error().empty()) {
        GTEST_SKIP() << "cannot mount a small tmpfs here (" << disk.error()
                     << "); the file size limit test covers the same paths";
    }
    const fs::path index = dir / "disk" / "index";
    ASSERT_EQ(run_process(index_command(index, archive, false)).exit_code, 0);
    const IndexView before = view_of(index);
    ASSERT_EQ(before.titles.size(), kBaseArticles);
    const std::string stub = read_stub(index);

    write_extra_archive(archive);
    const std::string no_space = std::strerror(ENOSPC);
    {
        // The new generation is created, and fills the disk as it grows.
        SCOPED_TRACE("rebuild on a disk with some room");
        expect_write_failure(run_process(index_command(index, archive, true)), no_space);
        expect_intact(index, before, stub);
    }
    {
        SCOPED_TRACE("update");
        expect_write_failure(run_process(index_command(index, archive, false)), no_space);
        expect_intact(index, before, stub);
    }
    // The failed update leaves the disk full (its blocks are free only inside
    // the live generation's files), so now even creating a new generation
    // fails, say every night until someone frees space: each failure must
    // give back what it took.
    std::uintmax_t free_after_first = 0;
    for (int night = 1; night <= 2; ++night) {
        SCOPED_TRACE("rebuild on a full disk, night " + std::to_string(night));
        expect_write_failure(run_process(index_command(index, archive, true)), no_space);
        expect_intact(index, before, stub);
        if (night == 1) free_after_first = disk.free_bytes();
        EXPECT_GE(disk.free_bytes() + 64 * 1024, free_after_first);
    }

    ASSERT_TRUE(disk.resize("512m"));
    const auto update = run_process(index_command(index, archive, false));
    EXPECT_EQ(update.exit_code, 0) << update.err;
    EXPECT_EQ(index_titles(index.string()).size(), kBaseArticles + kExtraArticles);
    const auto rebuild = run_process(index_command(index, archive, true));
    EXPECT_EQ(rebuild.exit_code, 0) << rebuild.err;
    const IndexView after = view_of(index);
    EXPECT_EQ(after.titles.size(), kBaseArticles + kExtraArticles);
    // The same articles match (their ranking depends on the collection).
    auto harbour_after = after.results.at("harbour");
    auto harbour_before = before.results.at("harbour");
    std::sort(harbour_after.begin(), harbour_after.end());
    std::sort(harbour_before.begin(), harbour_before.end());
    EXPECT_EQ(harbour_after, harbour_before);
}

TEST(FullDisk, AFileSizeLimitLeavesThePreviousIndexAndTheNextRunFinishes) {
    TempDir dir;
    const fs::path archive = dir / "archive";
    const fs::path index = dir / "index";
    write_base_archive(archive);
    ASSERT_EQ(run_process(index_command(index, archive, false)).exit_code, 0);
    const IndexView before = view_of(index);
    ASSERT_EQ(before.titles.size(), kBaseArticles);
    const std::string stub = read_stub(index);

    // Every file of the live generation may still be rewritten in place, but
    // none may grow much: the first big flush fails with EFBIG.
    std::uintmax_t largest = 0;
    for (const auto& entry : fs::recursive_directory_iterator(index)) {
        if (entry.is_regular_file()) largest = std::max(largest, entry.file_size());
    }
    ProcessLimits limits;
    limits.max_file_size = largest + 256 * 1024;

    write_extra_archive(archive);
    const std::string too_large = std::strerror(EFBIG);
    {
        SCOPED_TRACE("update");
        expect_write_failure(run_process_with_limits(index_command(index, archive, false), limits),
                             too_large);
        expect_intact(index, before, stub);
    }
    const std::uintmax_t size_before_rebuilds = bytes_under(index);
    for (int night = 1; night <= 2; ++night) {
        SCOPED_TRACE("rebuild " + std::to_string(night));
        expect_write_failure(run_process_with_limits(index_command(index, archive, true), limits),
                             too_large);
        expect_intact(index, before, stub);
        EXPECT_LE(bytes_under(index), size_before_rebuilds + 64 * 1024);
    }

    const auto update = run_process(index_command(index, archive, false));
    EXPECT_EQ(update.exit_code, 0) << update.err;
    EXPECT_EQ(index_titles(index.string()).size(), kBaseArticles + kExtraArticles);
    const auto rebuild = run_process(index_command(index, archive, true));
    EXPECT_EQ(rebuild.exit_code, 0) << rebuild.err;
    EXPECT_EQ(index_titles(index.string()).size(), kBaseArticles + kExtraArticles);
}

}  // namespace
}  // namespace dateline::test
