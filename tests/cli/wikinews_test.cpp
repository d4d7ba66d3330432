// The Wikinews sample from ../shared (two CSV files, url,date,title,text):
// indexed with the real binary, it must give one article per row, each with
// its date and title.
//
// Skips (exit 77) with a message when ../shared is absent.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <iostream>

#include "dateline/schema/fields.hpp"
#include "dateline/schema/stored_article.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;
namespace sc = dateline::schema;

fs::path wikinews_dir() { return fs::path(shared_dir()) / "data" / "wikinews-sample"; }

Xapian::Document document_with_id(const Xapian::Database& db, const std::string& id) {
    const std::string term = std::string(sc::prefix::kId) + id;
    const auto it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) throw std::runtime_error("no article " + id);
    return db.get_document(*it);
}

TEST(Wikinews, EveryRowIsAnArticleWithItsDateAndTitle) {
    TempDir dir;
    const auto index = (dir / "index").string();
    const auto run =
        run_process({index_binary(), "--no-extract", "--index", index, wikinews_dir().string()});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.err.find("added 295,"), std::string::npos) << run.err;

    const Xapian::Database db(index);
    // 171 rows in wikinews_2019.csv, 124 in wikinews_2020.csv (2020-01-01 to
    // 2021-03-15), as the data's README says and Python's csv module counts.
    EXPECT_EQ(db.get_doccount(), 295u);
    EXPECT_EQ(db.get_value_freq(sc::slot::kDate), 295u) << "every row has a date";
    EXPECT_EQ(db.get_termfreq(std::string(sc::prefix::kYear) + "2019"), 171u);
    EXPECT_EQ(db.get_termfreq(std::string(sc::prefix::kYear) + "2020") +
                  db.get_termfreq(std::string(sc::prefix::kYear) + "2021"),
              124u);
    EXPECT_EQ(db.get_value_lower_bound(sc::slot::kDate), "20190104");
    EXPECT_EQ(db.get_value_upper_bound(sc::slot::kDate), "20210315");

    // The first row of each file: a quoted title with a comma, a multi-line body.
    const auto first = document_with_id(db, "wikinews_2019.csv:2");
    EXPECT_EQ(first.get_value(sc::slot::kDate), "20190104");
    const auto stored = sc::decode_stored_article(first.get_data());
    EXPECT_EQ(stored.title,
              "Magnitogorsk apartment building collapses after explosion, dozens dead");
    EXPECT_EQ(stored.url,
              "https://en.wikinews.org//wiki/"
              "Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead");
    EXPECT_EQ(stored.source, "wikinews_2019.csv:2");
    EXPECT_NE(stored.body.find("\n"), std::string::npos);
    EXPECT_NE(stored.body.find("Search and rescue was suspended"), std::string::npos);

    const auto samoa =
        sc::decode_stored_article(document_with_id(db, "wikinews_2020.csv:2").get_data());
    EXPECT_EQ(samoa.title.rfind("Samoan government ends state of emergenc", 0), 0u) << samoa.title;

    // And the searcher finds them by title.
    const auto search =
        run_process({search_binary(), "--index", index, "--count", "title:magnitogorsk"});
    EXPECT_EQ(search.exit_code, 0) << search.err;
    EXPECT_EQ(search.out, "1\n");
}

}  // namespace
}  // namespace dateline::test

int main(int argc, char** argv) {
    if (!std::filesystem::exists(dateline::test::wikinews_dir() / "wikinews_2019.csv")) {
        std::cerr << "skipped: the Wikinews sample not found at " << dateline::test::wikinews_dir()
                  << " (the shared data folder beside the project)\n";
        return 77;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
