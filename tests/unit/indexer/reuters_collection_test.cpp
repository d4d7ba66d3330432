// Readers on the real data in ../shared: the whole Reuters-21578 collection,
// its codebook and the seed article. Skipped (exit code 77) without the data.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "dateline/indexer/input_discovery.hpp"
#include "dateline/indexer/reader.hpp"
#include "support/process.hpp"
#include "support/test_main.hpp"

namespace dateline::indexer {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// The shared folder: $DATELINE_SHARED_DIR when set (so the skip can be
// tried without moving the data), else the one configured in CMake.
fs::path shared_root() {
    const char* override = std::getenv("DATELINE_SHARED_DIR");
    return override != nullptr && *override != '\0' ? fs::path(override)
                                                    : fs::path(dateline::test::shared_dir());
}
fs::path reuters_dir() { return shared_root() / "data/reuters21578"; }
fs::path seed_file() { return shared_root() / "seed/000_02faed74633e803f.txt"; }

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

// Counts the articles whose <PLACES> holds <D>usa</D>, with plain string
// search only, independently of the reader.
std::size_t count_usa_by_search(const std::string& content) {
    std::size_t count = 0;
    for (std::size_t pos = 0; (pos = content.find("<PLACES>", pos)) != std::string::npos;) {
        const auto end = content.find("</PLACES>", pos);
        if (content.substr(pos, end - pos).find("<D>usa</D>") != std::string::npos) ++count;
        pos = end;
    }
    return count;
}

TEST(ReutersCollection, ReadsEveryArticleOnce) {
    std::vector<Diagnostic> diagnostics;
    const auto files = discover_inputs({reuters_dir()}, {},
                                       [&](Diagnostic d) { diagnostics.push_back(std::move(d)); });
    ASSERT_EQ(files.size(), 22u);  // only reut2-*.sgm, not the README or category lists
    ASSERT_NE(files[0].codebook, nullptr);

    std::size_t articles = 0;
    std::size_t with_date = 0;
    std::size_t tagged_usa = 0;
    std::size_t expected_usa = 0;
    std::set<std::string> ids;
    std::vector<std::string> empty_ids;
    std::chrono::steady_clock::duration reading{};
    for (const auto& file : files) {
        const std::string content = slurp(file.path);
        expected_usa += count_usa_by_search(content);
        const ReadContext context{SourceLocation{file.path.string(), file.relative_path, 1},
                                  file.codebook.get()};
        const auto start = std::chrono::steady_clock::now();
        read_articles(
            detect_format(file.path, content.substr(0, 512)), content, context,
            [&](Article a) {
                ++articles;
                if (a.date) ++with_date;
                for (const auto& place : a.places) {
                    if (place.key == "usa") ++tagged_usa;
                }
                // Only an element without any text may lack a title.
                if (a.title.empty()) {
                    EXPECT_TRUE(a.body.empty()) << a.id;
                    empty_ids.push_back(a.id);
                }
                ids.insert(std::move(a.id));
            },
            [&](Diagnostic d) { diagnostics.push_back(std::move(d)); });
        reading += std::chrono::steady_clock::now() - start;
    }
    std::cerr << "read 22 files in "
              << std::chrono::duration_cast<std::chrono::milliseconds>(reading).count() << " ms\n";
    EXPECT_EQ(articles, 21578u);
    EXPECT_EQ(ids.size(), 21578u);
    EXPECT_TRUE(ids.contains("reuters-1"));
    EXPECT_TRUE(ids.contains("reuters-21578"));
    EXPECT_EQ(with_date, 21578u);
    EXPECT_THAT(empty_ids, ::testing::ElementsAre("reuters-12793"));  // an empty TEXT element
    EXPECT_GT(expected_usa, 10000u);
    EXPECT_EQ(tagged_usa, expected_usa);
    for (const auto& d : diagnostics) ADD_FAILURE() << d.to_string();
}

TEST(ReutersCollection, FirstArticleIsTheBahiaCocoaReview) {
    const auto book = ReutersCodebook::load(reuters_dir() / "cat-descriptions_120396.txt");
    ASSERT_TRUE(book);
    const std::string content = slurp(reuters_dir() / "reut2-000.sgm");
    std::vector<Article> articles;
    read_reuters_file(
        content, ReadContext{SourceLocation{"reut2-000.sgm", "reut2-000.sgm", 1}, &*book},
        [&](Article a) { articles.push_back(std::move(a)); },
        [](Diagnostic d) { ADD_FAILURE() << d.to_string(); });
    ASSERT_EQ(articles.size(), 1000u);
    const Article& a = articles[0];
    EXPECT_EQ(a.id, "reuters-1");
    EXPECT_EQ(a.source.line, 2u);
    EXPECT_EQ(a.date->iso(), "1987-02-26");
    EXPECT_EQ(a.title, "BAHIA COCOA REVIEW");
    EXPECT_THAT(a.body,
                ::testing::StartsWith("Showers continued throughout the week in\nthe Bahia"));
    ASSERT_EQ(a.places.size(), 3u);
    EXPECT_EQ(a.places[0].key, "el-salvador");
    EXPECT_EQ(a.places[0].name, "El Salvador");
}

TEST(ReutersCollection, CodebookNamesThePeople) {
    const auto book = ReutersCodebook::load(reuters_dir() / "cat-descriptions_120396.txt");
    ASSERT_TRUE(book);
    const std::pair<std::string_view, std::string_view> cases[] = {
        {"volcker", "Paul Volcker"},
        {"james-baker", "James Baker"},
        {"alfonsin", "Raul Alfonsin"},
        {"castro", "Fidel Castro"},
        {"reagan", "Ronald Reagan"},
        {"mustapha", "Youssri Mustapha"},
        {"bond", "Alan Bond"},
        {"honecker", "Erich Honecker"},
        {"de-larosiere", "Jacques de Larosiere"},
        {"mohammed-ahmed-al-razaz", "Mohammed Ahmed al-Razaz"},
        {"young", "Lord Young"},
        {"king-fahd", "King Fahd"},
        {"greenspan", "Alan Greenspan"},
        {"gorbachev", "Mikhail Gorbachev"},
    };
    for (const auto& [code, name] : cases) EXPECT_EQ(book->person_name(code), name) << code;

    // Every code used in the collection gets a name from the book.
    std::ifstream list(reuters_dir() / "all-people-strings.lc.txt");
    std::size_t codes = 0;
    for (std::string code; std::getline(list, code);) {
        if (code.empty()) continue;
        ++codes;
        const std::string name = book->person_name(code);
        EXPECT_FALSE(name.empty()) << code;
        for (const std::string_view title : {"Minister", "President", "Governor", "Chairman",
                                             "Secretary", "Mrs ", "Bank", "General"}) {
            EXPECT_THAT(name, ::testing::Not(HasSubstr(title))) << code;
        }
    }
    EXPECT_EQ(codes, 267u);
    EXPECT_GE(book->person_count(), 267u);
}

TEST(SeedArticle, IsReadWithItsDate) {
    const std::string content = slurp(seed_file());
    std::vector<Article> articles;
    const ReadContext context{SourceLocation{seed_file().string(), "000_02faed74633e803f.txt", 1}};
    read_articles(
        detect_format(seed_file(), content.substr(0, 512)), content, context,
        [&](Article a) { articles.push_back(std::move(a)); },
        [](Diagnostic d) { ADD_FAILURE() << d.to_string(); });
    ASSERT_EQ(articles.size(), 1u);
    const Article& a = articles[0];
    EXPECT_EQ(a.id, "000_02faed74633e803f.txt");
    ASSERT_TRUE(a.date);
    EXPECT_EQ(a.date->iso(), "2021-01-03");
    EXPECT_THAT(a.body, ::testing::StartsWith("January 3, 2021, marked completion of the"));
    EXPECT_THAT(a.body, HasSubstr("Soleimani"));
    EXPECT_THAT(a.title, ::testing::StartsWith("January 3, 2021, marked completion"));
    EXPECT_LE(a.title.size(), 103u);
}

}  // namespace
}  // namespace dateline::indexer

int main(int argc, char** argv) {
    using dateline::indexer::reuters_dir;
    using dateline::indexer::seed_file;
    std::string missing;
    for (const auto& needed : {reuters_dir() / "reut2-000.sgm", seed_file()}) {
        if (missing.empty() && !std::filesystem::exists(needed)) {
            missing = "shared data not found (" + needed.string() +
                      "); configure with -DDATELINE_SHARED_DIR=<dir> or set it in the environment";
        }
    }
    return dateline::test::run_tests_unless_missing(argc, argv, missing);
}
