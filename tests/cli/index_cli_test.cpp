// End-to-end tests of dateline-index: the real binary on fixture corpora,
// with the resulting index inspected through Xapian.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/stored_article.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;
namespace sc = dateline::schema;

ProcessResult index(const std::vector<std::string>& args) {
    std::vector<std::string> argv{index_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv);
}

std::string mixed_corpus() { return test_data_dir() + "/mixed"; }

std::set<std::string> ids_in(const fs::path& index_path) {
    Xapian::Database db(index_path.string());
    std::set<std::string> ids;
    const std::string id_prefix(sc::prefix::kId);
    for (auto it = db.allterms_begin(id_prefix); it != db.allterms_end(id_prefix); ++it) {
        ids.insert((*it).substr(id_prefix.size()));
    }
    return ids;
}

Xapian::Document document_for(const Xapian::Database& db, const std::string& id) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(std::string(sc::prefix::kId) + id));
    const auto mset = enquire.get_mset(0, 2);
    EXPECT_EQ(mset.size(), 1U) << id;
    return mset.begin().get_document();
}

TEST(IndexCli, IndexesGoodArticlesAndReportsEachBadOne) {
    TempDir dir;
    const auto result = index({"--index", (dir / "idx").string(), mixed_corpus()});
    EXPECT_EQ(result.exit_code, 1) << result.err;  // finished, with skipped records
    EXPECT_EQ(result.out, "");                     // stdout stays clean for scripts
    EXPECT_EQ(ids_in(dir / "idx"), (std::set<std::string>{"text/harbour.txt", "text/no-date.txt",
                                                          "text/impossible-date.txt", "j-1", "j-2",
                                                          "4", "reuters-901", "reuters-903"}));
    // Each problem as file:line: reason.
    EXPECT_NE(result.err.find("text/impossible-date.txt:1: date '2021-02-30' is not a real date; "
                              "indexed without a date"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("feeds/items.jsonl:3: "), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("wire/sample.sgm:13: "), std::string::npos) << result.err;
    EXPECT_NE(
        result.err.find("rebuilt: added 8, updated 0, removed 0, unchanged 0, skipped 2, failed 0, "
                        "1 warning, ignored 1 file (1 documentation) in"),
        std::string::npos)
        << result.err;
}

TEST(IndexCli, StoresFieldsAsTheSchemaSays) {
    TempDir dir;
    ASSERT_EQ(index({"--index", (dir / "idx").string(), "--quiet", mixed_corpus()}).exit_code, 1);
    Xapian::Database db((dir / "idx").string());
    EXPECT_EQ(db.get_metadata(std::string(sc::kSchemaVersionKey)),
              std::to_string(sc::kSchemaVersion));
    EXPECT_EQ(db.get_metadata(std::string(sc::kLanguageKey)), "english");

    const auto harbour = document_for(db, "text/harbour.txt");
    EXPECT_EQ(harbour.get_value(sc::slot::kDate), "20200612");
    EXPECT_EQ(
        sc::decode_entities(harbour.get_value(sc::slot::kPeople)),
        (std::vector<sc::Entity>{{"anna-kowalski", "Anna Kowalski"}, {"tom-reyes", "Tom Reyes"}}));
    EXPECT_EQ(sc::decode_entities(harbour.get_value(sc::slot::kOrgs)),
              (std::vector<sc::Entity>{{"gdansk-port-authority", "Gdansk Port Authority"}}));
    const auto stored = sc::decode_stored_article(harbour.get_data());
    EXPECT_EQ(stored.title, "Harbour cranes idle as dockers walk out");
    EXPECT_EQ(stored.source, "text/harbour.txt");
    std::set<std::string> terms(harbour.termlist_begin(), harbour.termlist_end());
    for (const char* expected :
         {"D20200612", "M202006", "Y2020", "XPERanna-kowalski", "XPERkowalski", "XLOCgdansk",
          "XLOCpl", "XORGgdansk-port-authority", "Sharbour", "harbour", "Zharbour",
          "XSRCtext/harbour.txt"}) {
        EXPECT_TRUE(terms.count(expected)) << expected;
    }
    // Organisations match by whole name, as places do.
    EXPECT_FALSE(terms.count("XORGport")) << "no word terms for organisations";

    const auto undated = document_for(db, "text/no-date.txt");
    EXPECT_EQ(undated.get_value(sc::slot::kDate), "");

    const auto wire = document_for(db, "reuters-901");
    EXPECT_EQ(wire.get_value(sc::slot::kDate), "19870303");
    const auto wire_stored = sc::decode_stored_article(wire.get_data());
    EXPECT_EQ(wire_stored.title, "GRAIN SHIPMENTS <UP> IN MARCH");
    EXPECT_EQ(wire_stored.source, "wire/sample.sgm:2");
    std::set<std::string> wire_terms(wire.termlist_begin(), wire.termlist_end());
    EXPECT_TRUE(wire_terms.count("XLOCwest-germany"));
    // A country is stored under its identity, whatever the code book says.
    EXPECT_TRUE(wire_terms.count("XLOCus"));
    EXPECT_FALSE(wire_terms.count("XLOCusa")) << "place:usa reaches XLOCus through the table";
    EXPECT_EQ(sc::decode_entities(wire.get_value(sc::slot::kPlaces)).front(),
              (sc::Entity{"us", "United States"}));
    EXPECT_TRUE(wire_terms.count("XPERvolcker"));
}

TEST(IndexCli, TitleWordsOutweighBodyWordsAndPhrasesStayInsideAField) {
    TempDir dir;
    ASSERT_EQ(index({"--index", (dir / "idx").string(), "--quiet", mixed_corpus()}).exit_code, 1);
    Xapian::Database db((dir / "idx").string());
    const auto harbour = document_for(db, "text/harbour.txt");
    Xapian::termcount title_wdf = 0, body_only_wdf = 0;
    for (auto it = harbour.termlist_begin(); it != harbour.termlist_end(); ++it) {
        if (*it == "cranes") title_wdf = it.get_wdf();       // title only
        if (*it == "dockers") body_only_wdf = it.get_wdf();  // title ("dockers") and body
    }
    EXPECT_EQ(title_wdf, sc::text::kTitleWeight);
    EXPECT_EQ(body_only_wdf, sc::text::kTitleWeight + 1);
    // "out Dockers": the last title word then the first body word.
    const auto phrase_hits = [&](std::vector<std::string> words) {
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end()));
        return enquire.get_mset(0, 10).size();
    };
    EXPECT_EQ(phrase_hits({"out", "dockers"}), 0U);
    EXPECT_EQ(phrase_hits({"dockers", "at"}), 1U);
}

TEST(IndexCli, ReindexingReplacesInsteadOfDuplicating) {
    TempDir dir;
    const auto idx = (dir / "idx").string();
    ASSERT_EQ(index({"--index", idx, "--quiet", mixed_corpus()}).exit_code, 1);
    // A second run finds nothing changed, but the files that had problems
    // still lack what was skipped: they are named again and the status stays 1.
    const auto again = index({"--index", idx, mixed_corpus()});
    EXPECT_EQ(again.exit_code, 1) << again.err;
    EXPECT_NE(again.err.find("index is up to date: 5 files unchanged"), std::string::npos)
        << again.err;
    EXPECT_NE(again.err.find("still failing"), std::string::npos) << again.err;
    // A forced rebuild reads everything again and replaces the index whole.
    const auto rebuilt = index({"--index", idx, "--rebuild", mixed_corpus()});
    EXPECT_EQ(rebuilt.exit_code, 1) << rebuilt.err;
    EXPECT_EQ(Xapian::Database(idx).get_doccount(), 8U);
}

TEST(IndexCli, DuplicateIdsInOneRunAreReportedAndTheFirstKept) {
    TempDir dir;
    fs::create_directories(dir / "in");
    std::ofstream(dir / "in" / "a.jsonl") << R"({"id":"x","title":"first","body":"one"})" << '\n'
                                          << R"({"id":"x","title":"second","body":"two"})" << '\n';
    const auto result = index({"--index", (dir / "idx").string(), (dir / "in").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("a.jsonl:2: duplicate id 'x'"), std::string::npos) << result.err;
    Xapian::Database db((dir / "idx").string());
    EXPECT_EQ(sc::decode_stored_article(document_for(db, "x").get_data()).title, "first");
}

TEST(IndexCli, UsageErrorsExitTwoWithAMessageOnStderr) {
    TempDir dir;
    const auto idx = (dir / "idx").string();
    const std::vector<std::vector<std::string>> bad_calls{
        {"--index", idx},                            // no path, no index to remember any
        {"--index", idx, "--format", "pdf", "x"},    // unknown format
        {"--index", idx, "--lang", "klingon", "x"},  // unknown language
        {"--index", idx, "--no-such-option", "x"},   // unknown option
        {"--index", idx, "--batch-size", "0", "x"},  // nonsense value
    };
    for (const auto& args : bad_calls) {
        const auto result = index(args);
        EXPECT_EQ(result.exit_code, 2) << args.back() << result.err;
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(result.err.rfind("dateline-index: error: ", 0), 0U) << result.err;
    }
    EXPECT_FALSE(fs::exists(idx)) << "a usage error must not create an index";
}

TEST(IndexCli, AnIndexFolderThatCannotBeCreatedIsAClearError) {
    TempDir dir;
    // A path under a regular file cannot be created, whoever runs the test.
    std::ofstream(dir / "plain-file") << "x";
    const auto result = index({"--index", (dir / "plain-file" / "idx").string(), mixed_corpus()});
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("dateline-index: error: cannot create index folder", 0), 0U)
        << result.err;
}

TEST(IndexCli, HelpAndVersionGoToStdout) {
    const auto help = index({"--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("--format"), std::string::npos);
    const auto version = index({"--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.out.rfind("dateline-index ", 0), 0U);
}

TEST(IndexCli, ASecondWriterIsRefusedWithItsOwnStatus) {
    TempDir dir;
    const auto idx = dir / "idx";
    // text/ holds only good articles (and a warning, which is not a failure).
    ASSERT_EQ(index({"--index", idx.string(), "--quiet", mixed_corpus() + "/text"}).exit_code, 0);
    {
        // Hold the writer lock as a running dateline-index would.
        const int fd = ::open((idx / "dateline.lock").c_str(), O_RDWR | O_CLOEXEC);
        ASSERT_GE(fd, 0);
        ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
        const auto result = index({"--index", idx.string(), mixed_corpus()});
        ::close(fd);
        EXPECT_EQ(result.exit_code, 3) << result.err;
        EXPECT_NE(result.err.find("locked"), std::string::npos) << result.err;
    }
    EXPECT_EQ(ids_in(idx).size(), 3U) << "the refused run must not touch the index";
}

TEST(IndexCli, IndexLocationComesFromTheEnvironment) {
    TempDir dir;
    const auto idx = (dir / "from-env").string();
    const auto result =
        run_process({index_binary(), "--quiet", mixed_corpus() + "/text/harbour.txt"}, "",
                    {"DATELINE_INDEX=" + idx});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ids_in(idx), (std::set<std::string>{"harbour.txt"}));
}

TEST(IndexCli, ReadsTheRealSeedArticle) {
    const fs::path seed = fs::path(shared_dir()) / "seed";
    if (!fs::exists(seed))
        GTEST_SKIP() << "../shared/seed is absent: skipping the seed article test";
    TempDir dir;
    const auto result = index({"--index", (dir / "idx").string(), seed.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    Xapian::Database db((dir / "idx").string());
    ASSERT_EQ(db.get_doccount(), 1U);
    const auto doc = document_for(db, "000_02faed74633e803f.txt");
    EXPECT_EQ(doc.get_value(sc::slot::kDate), "20210103");
    const auto stored = sc::decode_stored_article(doc.get_data());
    EXPECT_EQ(stored.body.rfind("January 3, 2021, marked completion", 0), 0U)
        << stored.body.substr(0, 80);
    EXPECT_FALSE(stored.title.empty());
    EXPECT_LE(stored.title.size(), 110U);
    EXPECT_GT(db.get_termfreq("soleimani"), 0U);
}

}  // namespace
}  // namespace dateline::test
