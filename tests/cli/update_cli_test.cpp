// Incremental updates and rebuilds of dateline-index, end to end: files are
// added, changed, touched, renamed and deleted between runs, and each run's
// summary and the index's contents are checked.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "dateline/schema/collections.hpp"
#include "dateline/schema/fields.hpp"
#include "support/index_contents.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

struct Counts {
    int added = -1, updated = -1, removed = -1, unchanged = -1, skipped = -1, failed = -1;
    friend bool operator==(const Counts&, const Counts&) = default;
};

std::ostream& operator<<(std::ostream& out, const Counts& c) {
    return out << "added " << c.added << ", updated " << c.updated << ", removed " << c.removed
               << ", unchanged " << c.unchanged << ", skipped " << c.skipped << ", failed "
               << c.failed;
}

class Update : public ::testing::Test {
  protected:
    void SetUp() override { fs::create_directories(archive()); }

    fs::path archive() const { return dir_ / "archive"; }
    std::string index_path() const { return (dir_ / "index").string(); }

    void write(const std::string& name, const std::string& title, const std::string& body,
               const std::string& date = "2021-05-01") {
        fs::create_directories((archive() / name).parent_path());
        std::ofstream(archive() / name) << "date: " << date << "\ntitle: " << title << "\n\n"
                                        << body << "\n";
    }

    ProcessResult run(std::vector<std::string> extra = {}) {
        std::vector<std::string> argv{index_binary(), "--no-extract", "--index", index_path()};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.push_back(archive().string());
        return run_process(argv);
    }

    // The figures of the summary line "added A, updated U, removed R,
    // unchanged N, skipped S, failed F".
    static Counts counts_of(const ProcessResult& result) {
        Counts c;
        const auto figure = [&](const std::string& label) {
            const auto at = result.err.find(label + " ");
            return at == std::string::npos ? -1
                                           : std::atoi(result.err.c_str() + at + label.size() + 1);
        };
        c.added = figure("added");
        c.updated = figure("updated");
        c.removed = figure("removed");
        c.unchanged = figure("unchanged");
        c.skipped = figure("skipped");
        c.failed = figure("failed");
        return c;
    }

    // id -> title, as the index holds them now.
    std::map<std::string, std::string> contents() const { return index_titles(index_path()); }

    std::size_t hits(const std::string& word) const {
        Xapian::Database db(index_path());
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(word));
        return enquire.get_mset(0, 100).size();
    }

    TempDir dir_;
};

TEST_F(Update, AddModifyTouchRenameDelete) {
    write("a.txt", "Alpha", "apples and pears");
    write("b.txt", "Bravo", "boats in the harbour");
    write("sub/c.txt", "Charlie", "cargo of copper");
    auto first = run();
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(counts_of(first), (Counts{3, 0, 0, 0, 0, 0}));
    EXPECT_NE(first.err.find("rebuilt: "), std::string::npos)
        << "the first run builds a generation";

    // Nothing changed: nothing indexed, and the run says so.
    auto idle = run();
    EXPECT_EQ(idle.exit_code, 0);
    EXPECT_EQ(counts_of(idle), (Counts{0, 0, 0, 3, 0, 0}));
    EXPECT_NE(idle.err.find("index is up to date: 3 files unchanged"), std::string::npos)
        << idle.err;

    // Touched (new mtime, same bytes): still nothing to index.
    const auto later = fs::last_write_time(archive() / "a.txt") + std::chrono::seconds(5);
    fs::last_write_time(archive() / "a.txt", later);
    EXPECT_EQ(counts_of(run()), (Counts{0, 0, 0, 3, 0, 0}));

    // Modify b, add d, rename c, delete a.
    write("b.txt", "Bravo two", "boats left the harbour for the open sea");
    write("d.txt", "Delta", "drought in the delta");
    fs::rename(archive() / "sub/c.txt", archive() / "sub/c2.txt");
    fs::remove(archive() / "a.txt");
    auto changed = run();
    ASSERT_EQ(changed.exit_code, 0) << changed.err;
    // b updated; d and c2 added; a and c removed.
    EXPECT_EQ(counts_of(changed), (Counts{2, 1, 2, 0, 0, 0})) << changed.err;
    EXPECT_EQ(contents(),
              (std::map<std::string, std::string>{
                  {"b.txt", "Bravo two"}, {"d.txt", "Delta"}, {"sub/c2.txt", "Charlie"}}));
    EXPECT_EQ(hits("apples"), 0U);
    EXPECT_EQ(hits("sea"), 1U);
    EXPECT_EQ(hits("drought"), 1U);

    // The next run is idle again.
    EXPECT_EQ(counts_of(run()), (Counts{0, 0, 0, 3, 0, 0}));
}

// Who a lone surname is, is a fact about the whole archive: each run
// recomputes it (in the commit that publishes its articles, also when
// updating in place), and the facet and the person: filter follow.
TEST_F(Update, ALoneSurnameFollowsTheArchiveAsItGrows) {
    const auto people = [this](const std::string& name, const std::string& who) {
        fs::create_directories(archive());
        std::ofstream(archive() / name) << "date: 2021-05-01\ntitle: Budget\npeople: " << who
                                        << "\n\nThe budget was discussed.\n";
    };
    const auto person_rows = [this] {
        const auto result = run_process({search_binary(), "--index", index_path(), "--json",
                                         "--limit", "0", "--facet", "person"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        std::map<std::string, int> rows;
        // Parsed into a variable: a range-for keeps only the last temporary
        // of its range expression alive.
        const auto parsed = nlohmann::json::parse(result.out);
        for (const auto& row : parsed.at("facets").at("person"))
            rows[row.at("name")] = row.at("count");
        return rows;
    };
    const auto count = [this](const std::string& query) {
        return run_process({search_binary(), "--index", index_path(), "--count", query}).out;
    };
    people("a.txt", "Ronald Reagan");
    people("b.txt", "Reagan");
    people("c.txt", "Reagan; Paul Volcker");
    ASSERT_EQ(run().exit_code, 0);
    EXPECT_EQ(person_rows(),
              (std::map<std::string, int>{{"Ronald Reagan", 3}, {"Paul Volcker", 1}}));
    EXPECT_EQ(count("person:\"ronald reagan\""), "3\n");

    // Nancy Reagan arrives as often as Ronald: a lone "Reagan" is nobody's
    // for sure any more.
    people("d.txt", "Nancy Reagan");
    ASSERT_EQ(run().exit_code, 0);
    EXPECT_EQ(person_rows(),
              (std::map<std::string, int>{
                  {"Reagan", 2}, {"Ronald Reagan", 1}, {"Nancy Reagan", 1}, {"Paul Volcker", 1}}));
    EXPECT_EQ(count("person:\"ronald reagan\""), "1\n");
    // The word still finds every Reagan.
    EXPECT_EQ(count("person:reagan"), "4\n");
}

TEST_F(Update, RecordsRemovedFromAMultiArticleFileAreRemoved) {
    std::ofstream(archive() / "feed.jsonl")
        << R"({"id":"x1","title":"one","body":"first story"})" << '\n'
        << R"({"id":"x2","title":"two","body":"second story"})" << '\n'
        << R"({"id":"x3","title":"three","body":"third story"})" << '\n';
    ASSERT_EQ(run().exit_code, 0);
    std::ofstream(archive() / "feed.jsonl")
        << R"({"id":"x1","title":"one","body":"first story"})" << '\n'
        << R"({"id":"x3","title":"three, revised","body":"third story"})" << '\n'
        << R"({"id":"x4","title":"four","body":"fourth story"})" << '\n';
    auto result = run();
    EXPECT_EQ(counts_of(result), (Counts{1, 2, 1, 0, 0, 0})) << result.err;
    EXPECT_EQ(contents(), (std::map<std::string, std::string>{
                              {"x1", "one"}, {"x3", "three, revised"}, {"x4", "four"}}));
}

TEST_F(Update, AnArticleMovingBetweenFilesIsNotADuplicate) {
    std::ofstream(archive() / "a.jsonl") << R"({"id":"m","title":"moving","body":"story"})" << '\n';
    std::ofstream(archive() / "b.jsonl")
        << R"({"id":"n","title":"staying","body":"story"})" << '\n';
    ASSERT_EQ(run().exit_code, 0);
    std::ofstream(archive() / "a.jsonl") << "";
    std::ofstream(archive() / "b.jsonl") << R"({"id":"n","title":"staying","body":"story"})" << '\n'
                                         << R"({"id":"m","title":"moved","body":"story"})" << '\n';
    auto result = run();
    EXPECT_EQ(contents(), (std::map<std::string, std::string>{{"m", "moved"}, {"n", "staying"}}))
        << result.err;
}

TEST_F(Update, RebuildSwapsInACompactedGenerationAndCleansUp) {
    const auto folders = [&] {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(index_path())) {
            if (entry.is_directory()) names.insert(entry.path().filename().string());
        }
        return names;
    };
    const auto stub = [&] {
        std::ifstream in(fs::path(index_path()) / "XAPIANDB");
        std::string line;
        std::getline(in, line);
        return line;
    };
    write("a.txt", "Alpha", "apples");
    ASSERT_EQ(run().exit_code, 0);
    EXPECT_EQ(stub(), "auto gen-000001");
    // Leftovers of a killed rebuild are cleared by the next run.
    fs::create_directories(fs::path(index_path()) / "gen-000005.new");
    write("b.txt", "Bravo", "boats");
    auto rebuilt = run({"--rebuild"});
    ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
    EXPECT_EQ(counts_of(rebuilt), (Counts{1, 1, 0, 0, 0, 0})) << rebuilt.err;
    EXPECT_EQ(stub(), "auto gen-000002");
    EXPECT_EQ(folders(), (std::set<std::string>{"gen-000001", "gen-000002"}));
    ASSERT_EQ(run({"--rebuild"}).exit_code, 0);
    EXPECT_EQ(stub(), "auto gen-000003");
    EXPECT_EQ(folders(), (std::set<std::string>{"gen-000002", "gen-000003"}));
    EXPECT_EQ(contents().size(), 2U);
    // A compacted database has no free blocks left to reuse: it is smaller
    // than the uncompacted build would be. Check it opens and is consistent.
    Xapian::Database db(index_path());
    EXPECT_EQ(db.get_doccount(), 2U);
}

TEST_F(Update, ReportFileHoldsTheSummaryAndEveryProblem) {
    write("good.txt", "Good", "a good article");
    write("undated.txt", "Undated", "a date nobody can read", "soon");
    std::ofstream(archive() / "empty.txt") << "";
    const auto report = (dir_ / "report.json").string();
    auto result = run({"--report", report});
    EXPECT_EQ(result.exit_code, 1) << result.err;  // the empty file was skipped
    std::ifstream in(report);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // The version comes first, so a reader can tell the format before the rest.
    EXPECT_TRUE(text.starts_with("{\n  \"format_version\": 1,")) << text;
    const auto json = nlohmann::json::parse(text);
    EXPECT_EQ(json.at("status"), 1);
    EXPECT_EQ(json.at("added"), 2);
    EXPECT_EQ(json.at("skipped"), 1);
    EXPECT_EQ(json.at("warnings"), 1);
    ASSERT_EQ(json.at("problems").size(), 2U);
    const auto& empty = json.at("problems")[0];
    EXPECT_NE(empty.at("file").get<std::string>().find("empty.txt"), std::string::npos);
    EXPECT_EQ(empty.at("severity"), "error");
    const auto& undated = json.at("problems")[1];
    EXPECT_NE(undated.at("file").get<std::string>().find("undated.txt"), std::string::npos);
    EXPECT_EQ(undated.at("line"), 1);
    EXPECT_EQ(undated.at("reason"), "date 'soon' not understood; indexed without a date");
    EXPECT_EQ(undated.at("severity"), "warning");
}

TEST_F(Update, ChangingTheFormatReadsTheFilesAgain) {
    write("a.txt", "Alpha", "apples");
    write("b.txt", "Bravo", "bananas");
    // A wrong --format finds no article in either file...
    const auto wrong = run({"--format", "jsonl"});
    EXPECT_EQ(wrong.exit_code, 1) << wrong.err;
    EXPECT_TRUE(contents().empty());
    // ...and the next run without it reads them again, as text.
    const auto fixed = run();
    EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
    EXPECT_EQ(counts_of(fixed).added, 2) << fixed.err;
    EXPECT_EQ(contents().size(), 2U);
    EXPECT_NE(run().err.find("index is up to date"), std::string::npos);
    // Forcing the format they already have changes nothing but the record
    // of how they were read; then the articles are the same.
    const auto forced = run({"--format", "text"});
    EXPECT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(counts_of(forced).updated, 2) << forced.err;
    EXPECT_EQ(contents().size(), 2U);
}

TEST_F(Update, ForcingReutersOnAFileWithoutReutersElementsFails) {
    write("a.txt", "Alpha", "apples");
    const auto result = run({"--format", "reuters"});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("a.txt: no <REUTERS> element, so no Reuters-21578 article; skipped"),
              std::string::npos)
        << result.err;
}

TEST_F(Update, TheSummaryCountsInGoodEnglish) {
    write("a.txt", "Alpha", "apples");
    const auto first = run();
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.err.find("(0 articles/s)"), std::string::npos) << first.err;
    EXPECT_NE(first.err.find(" articles/s); index holds 1 article\n"), std::string::npos)
        << first.err;
    const auto again = run();
    EXPECT_NE(again.err.find("index is up to date: 1 file unchanged, "), std::string::npos)
        << again.err;
    // Nothing written: no rate at all.
    EXPECT_EQ(again.err.find("articles/s"), std::string::npos) << again.err;
}

TEST_F(Update, AnUnreadableDateCostsOnlyTheDate) {
    write("a.txt", "Alpha", "apples", "Jan 2021");
    write("b.txt", "Bravo", "bananas", "2021-02-30");
    write("c.txt", "Charlie", "cherries", "the day after");
    auto result = run();
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("b.txt:1: date '2021-02-30' is not a real date; indexed without a "
                              "date"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("c.txt:1: date 'the day after' not understood; indexed without a "
                              "date"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("added 3, "), std::string::npos) << result.err;
    EXPECT_NE(result.err.find(", 2 warnings in "), std::string::npos) << result.err;
    EXPECT_EQ(contents().size(), 3U);
    // "Jan 2021" is a month: found by the month and the year, not by a day.
    Xapian::Database db(index_path());
    EXPECT_EQ(db.get_termfreq(std::string(schema::prefix::kMonth) + "202101"), 1U);
    EXPECT_EQ(db.get_termfreq(std::string(schema::prefix::kYear) + "2021"), 1U);
    EXPECT_EQ(db.get_value_freq(schema::slot::kDate), 1U);
}

TEST_F(Update, FilesPassedOverAreCountedAndListed) {
    write("a.txt", "Alpha", "apples");
    std::ofstream(archive() / "README.md") << "# About this archive\n";
    std::ofstream(archive() / "LICENSE") << "Do what you like.\n";
    std::ofstream(archive() / ".notes.txt") << "date: 2021-05-01\ntitle: Hidden\n\nhidden\n";
    fs::create_directories(archive() / "drafts");
    std::ofstream(archive() / "drafts" / "d.txt") << "date: 2021-05-01\ntitle: Draft\n\ndraft\n";
    const auto report = (dir_ / "report.json").string();
    const auto result = run({"--exclude", "drafts", "--report", report});
    // Nothing was lost: they are not articles, so the status stays 0.
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find(", ignored 4 files (2 documentation, 1 excluded, 1 hidden)"),
              std::string::npos)
        << result.err;
    std::ifstream in(report);
    const auto json = nlohmann::json::parse(in);
    std::map<std::string, std::string> ignored;
    for (const auto& file : json.at("ignored")) {
        ignored[fs::path(file.at("file").get<std::string>()).filename().string()] =
            file.at("reason").get<std::string>();
    }
    EXPECT_EQ(ignored, (std::map<std::string, std::string>{{".notes.txt", "hidden"},
                                                           {"LICENSE", "documentation"},
                                                           {"README.md", "documentation"},
                                                           {"drafts", "excluded"}}));
    // Every run says it again: they are still there, still not read.
    const auto again = run({"--exclude", "drafts"});
    EXPECT_NE(again.err.find(", ignored 4 files ("), std::string::npos) << again.err;
}

TEST_F(Update, AFileWithProblemsFailsEveryRunUntilItIndexesCleanly) {
    write("good.txt", "Good", "a good article");
    std::ofstream(archive() / "bad.jsonl") << R"({"id":"one","title":"One","body":"fine"})" << '\n'
                                           << "{not json\n";
    const auto first = run();
    EXPECT_EQ(first.exit_code, 1) << first.err;
    // Unchanged, the file is not read again, but it is not forgotten either:
    // the run names it and still ends with status 1.
    const auto second = run();
    EXPECT_EQ(second.exit_code, 1) << second.err;
    EXPECT_NE(second.err.find("bad.jsonl: not indexed cleanly (line 2: "), std::string::npos)
        << second.err;
    EXPECT_NE(second.err.find("1 file still failing"), std::string::npos) << second.err;
    // Fixed, it is read again, and then all is well.
    std::ofstream(archive() / "bad.jsonl") << R"({"id":"one","title":"One","body":"fine"})" << '\n'
                                           << R"({"id":"two","title":"Two","body":"now"})" << '\n';
    const auto fixed = run();
    EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
    const auto after = run();
    EXPECT_EQ(after.exit_code, 0) << after.err;
    EXPECT_EQ(after.err.find("still failing"), std::string::npos) << after.err;
    EXPECT_EQ(contents().size(), 3U);
}

TEST_F(Update, TheIndexRemembersItsCollections) {
    write("story.txt", "Archive story", "apples");
    write("2019/a.txt", "Alpha", "apples");
    const fs::path other = dir_ / "other";
    fs::create_directories(other);
    std::ofstream(other / "story.txt") << "date: 2021-05-01\ntitle: Other story\n\npears\n";
    ASSERT_EQ(run().exit_code, 0);
    // A second folder adds a collection: nothing of the first is removed,
    // and the same relative path in both is two articles.
    const auto added =
        run_process({index_binary(), "--no-extract", "--index", index_path(), other.string()});
    EXPECT_EQ(added.exit_code, 0) << added.err;
    EXPECT_EQ(counts_of(added).removed, 0) << added.err;
    EXPECT_EQ(contents(), (std::map<std::string, std::string>{{"story.txt", "Archive story"},
                                                              {"2019/a.txt", "Alpha"},
                                                              {"other:story.txt", "Other story"}}));
    // A run without a path updates every collection; they do not flip.
    const auto all = run_process({index_binary(), "--no-extract", "--index", index_path()});
    EXPECT_EQ(all.exit_code, 0) << all.err;
    EXPECT_NE(all.err.find("index is up to date: 3 files unchanged"), std::string::npos) << all.err;
    std::ofstream(other / "new.txt") << "date: 2021-05-02\ntitle: New\n\nplums\n";
    const auto grown = run_process({index_binary(), "--no-extract", "--index", index_path()});
    EXPECT_EQ(counts_of(grown), (Counts{1, 0, 0, 3, 0, 0})) << grown.err;
    // Another spelling of a folder inside a collection is that collection:
    // same ids, and only files under it can be removed.
    fs::remove(archive() / "story.txt");
    const auto part = run_process({index_binary(), "--no-extract", "--index", index_path(),
                                   (archive() / "." / "2019").string()});
    EXPECT_EQ(counts_of(part), (Counts{0, 0, 0, 1, 0, 0})) << part.err;
    EXPECT_EQ(contents().size(), 4U);
    // --status lists them, with their roots and article counts.
    const auto status = run_process({index_binary(), "--index", index_path(), "--status"});
    EXPECT_EQ(status.exit_code, 0) << status.err;
    EXPECT_NE(status.out.find("archive  " + fs::canonical(archive()).string() + "  2 articles"),
              std::string::npos)
        << status.out;
    EXPECT_NE(status.out.find("other  " + fs::canonical(other).string() + "  2 articles"),
              std::string::npos)
        << status.out;
}

TEST_F(Update, ForgetRemovesOneCollectionAndItsArticles) {
    write("story.txt", "Archive story", "apples");
    const fs::path other = dir_ / "other";
    fs::create_directories(other / "2019");
    std::ofstream(other / "story.txt") << "date: 2021-05-01\ntitle: Other story\n\npears\n";
    std::ofstream(other / "2019" / "b.txt") << "date: 2019-05-01\ntitle: Older\n\nplums\n";
    ASSERT_EQ(run().exit_code, 0);
    ASSERT_EQ(run_process({index_binary(), "--no-extract", "--index", index_path(), other.string()})
                  .exit_code,
              0);
    ASSERT_EQ(contents().size(), 3U);
    // A folder inside a collection is no collection: the message says which
    // holds it, and nothing changes.
    const auto inside = run_process(
        {index_binary(), "--index", index_path(), "--forget", (other / "2019").string()});
    EXPECT_EQ(inside.exit_code, 2) << inside.err;
    EXPECT_NE(inside.err.find("is inside the collection 'other'"), std::string::npos) << inside.err;
    // Neither is a folder the index never saw; the message lists those it knows.
    const auto unknown = run_process(
        {index_binary(), "--index", index_path(), "--forget", (dir_ / "nope").string()});
    EXPECT_EQ(unknown.exit_code, 2) << unknown.err;
    EXPECT_NE(unknown.err.find("is not a collection of this index; it remembers archive (" +
                               fs::canonical(archive()).string() + "), other (" +
                               fs::canonical(other).string() + ")"),
              std::string::npos)
        << unknown.err;
    EXPECT_EQ(contents().size(), 3U);
    // The collection, spelled another way, goes with its articles only.
    const auto report = (dir_ / "report.json").string();
    const auto forgot = run_process({index_binary(), "--index", index_path(), "--forget",
                                     (dir_ / "." / "other" / "").string(), "--report", report});
    EXPECT_EQ(forgot.exit_code, 0) << forgot.err;
    EXPECT_NE(forgot.err.find("forgot the collection 'other': removed 2 articles in "),
              std::string::npos)
        << forgot.err;
    EXPECT_EQ(contents(), (std::map<std::string, std::string>{{"story.txt", "Archive story"}}));
    EXPECT_EQ(hits("pears"), 0U);
    std::ifstream in(report);
    const auto json = nlohmann::json::parse(in);
    EXPECT_EQ(json.at("forgotten"), "other");
    EXPECT_EQ(json.at("removed"), 2);
    ASSERT_EQ(json.at("collections").size(), 1U);
    EXPECT_EQ(json.at("collections")[0].at("name"), "archive");
    // Forgotten, it is updated no more, and can be added again (by its key too).
    const auto all = run_process({index_binary(), "--no-extract", "--index", index_path()});
    EXPECT_EQ(counts_of(all), (Counts{0, 0, 0, 1, 0, 0})) << all.err;
    const auto status = run_process({index_binary(), "--index", index_path(), "--status"});
    EXPECT_EQ(status.out.find("other"), std::string::npos) << status.out;
    const auto again =
        run_process({index_binary(), "--no-extract", "--index", index_path(), other.string()});
    EXPECT_EQ(counts_of(again).added, 2) << again.err;
    const auto by_key = run_process({index_binary(), "--index", index_path(), "--forget", "other"});
    EXPECT_EQ(by_key.exit_code, 0) << by_key.err;
    EXPECT_EQ(contents().size(), 1U);
}

TEST_F(Update, AFolderHoldingACollectionIsRefused) {
    write("a.txt", "Alpha", "apples");
    ASSERT_EQ(run().exit_code, 0);
    // The parent would give the archive's articles other ids: the user decides.
    const auto parent = run_process(
        {index_binary(), "--no-extract", "--index", index_path(), dir_.path().string()});
    EXPECT_EQ(parent.exit_code, 2) << parent.err;
    EXPECT_NE(parent.err.find("holds the collection 'archive' (" +
                              fs::canonical(archive()).string() + ")"),
              std::string::npos)
        << parent.err;
    EXPECT_NE(parent.err.find("--forget " + fs::canonical(archive()).string()), std::string::npos)
        << parent.err;
    EXPECT_EQ(contents(), (std::map<std::string, std::string>{{"a.txt", "Alpha"}}));
}

TEST_F(Update, StatusAndReportSayWhenEachCollectionWasLastRun) {
    write("a.txt", "Alpha", "apples");
    ASSERT_EQ(run().exit_code, 0);
    {
        // As if the collection had last changed long ago.
        Xapian::WritableDatabase db(index_path(), Xapian::DB_OPEN);
        const std::string key = std::string(schema::kCollectionKeyPrefix) + "archive";
        auto collection = schema::decode_collection("archive", db.get_metadata(key));
        ASSERT_TRUE(collection);
        collection->last_run = 86400;
        db.set_metadata(key, schema::encode_collection(*collection));
        db.commit();
    }
    // A run that finds nothing to change still looked at the collection.
    const auto report = (dir_ / "report.json").string();
    const auto idle = run({"--report", report});
    ASSERT_NE(idle.err.find("index is up to date"), std::string::npos) << idle.err;
    std::ifstream in(report);
    const auto json = nlohmann::json::parse(in);
    ASSERT_EQ(json.at("collections").size(), 1U);
    const auto& entry = json.at("collections")[0];
    EXPECT_EQ(entry.at("name"), "archive");
    EXPECT_EQ(entry.at("root"), fs::canonical(archive()).string());
    EXPECT_EQ(entry.at("articles"), 1);
    EXPECT_EQ(entry.at("files"), 1);
    EXPECT_EQ(entry.at("last_change"), "1970-01-02T00:00:00Z");
    EXPECT_FALSE(entry.at("last_run").get<std::string>().starts_with("1970")) << entry;
    const auto status = run_process({index_binary(), "--index", index_path(), "--status"});
    EXPECT_NE(status.out.find("1 article in 1 file, last run 2"), std::string::npos) << status.out;
    EXPECT_EQ(status.out.find("1970"), std::string::npos) << status.out;
}

TEST_F(Update, AMissingInputFolderRemovesNothing) {
    write("a.txt", "Alpha", "apples");
    ASSERT_EQ(run().exit_code, 0);
    auto result = run_process(
        {index_binary(), "--no-extract", "--index", index_path(), (dir_ / "not-mounted").string()});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("nothing was removed"), std::string::npos) << result.err;
    EXPECT_EQ(contents().size(), 1U);
}

}  // namespace
}  // namespace dateline::test
