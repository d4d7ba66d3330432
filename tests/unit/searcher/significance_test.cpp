// Significant people, places and words on small indexes built in a temp dir,
// and the JLH score as a table.

#include "dateline/searcher/significance.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/searcher/searcher.hpp"
#include "support/temp_dir.hpp"
#include "test_index.hpp"

namespace dateline::searcher {
namespace {

using test::make_article;

TEST(Jlh, AbsoluteTimesRelativeGain) {
    // 4 of 5 matches against 4 of 25 articles: (0.8 - 0.16) * (0.8 / 0.16).
    EXPECT_DOUBLE_EQ(jlh_score(4, 5, 4, 25), 3.2);
    // As common in the matches as everywhere, or less: not significant.
    EXPECT_DOUBLE_EQ(jlh_score(1, 5, 5, 25), 0.0);
    EXPECT_DOUBLE_EQ(jlh_score(1, 10, 5, 25), 0.0);
    // Rare everywhere but in every match scores highest.
    EXPECT_GT(jlh_score(5, 5, 5, 1000), jlh_score(5, 5, 50, 1000));
    EXPECT_DOUBLE_EQ(jlh_score(0, 0, 3, 10), 0.0);
    EXPECT_DOUBLE_EQ(jlh_score(1, 1, 0, 10), 0.0);
}

// 5 articles name Volcker: Greenspan is in 4 of them and nowhere else,
// Reagan in 3 of them and in 10 others, Baker in only 2 (too few to judge).
// 4 Japan articles about the yen in Tokyo and companies; every article
// speaks of exporters.
std::vector<indexer::Article> articles() {
    std::vector<indexer::Article> result;
    const std::vector<std::vector<std::string>> volcker_people = {
        {"Paul Volcker", "Alan Greenspan", "Ronald Reagan", "James Baker"},
        {"Paul Volcker", "Alan Greenspan", "Ronald Reagan", "James Baker"},
        {"Paul Volcker", "Alan Greenspan", "Ronald Reagan"},
        {"Paul Volcker", "Alan Greenspan"},
        {"Paul Volcker"},
    };
    for (std::size_t i = 0; i < volcker_people.size(); ++i) {
        result.push_back(make_article("v" + std::to_string(i), "1987-03-02", "Fed",
                                      "Exporters heard the Fed chairman.", volcker_people[i],
                                      {"USA"}));
    }
    for (int i = 0; i < 10; ++i) {
        result.push_back(make_article("r" + std::to_string(i), "1987-03-03", "White House",
                                      "Exporters met the president in Washington.",
                                      {"Ronald Reagan"}, {"USA"}));
    }
    for (int i = 0; i < 4; ++i) {
        result.push_back(make_article("j" + std::to_string(i), "1987-03-04", "Yen",
                                      "The yen rose in Tokyo. Exporters and companies worried; "
                                      "a company said 1987 was hard.",
                                      {}, {"Japan"}));
    }
    for (int i = 0; i < 6; ++i) {
        result.push_back(make_article("d" + std::to_string(i), "1987-03-05", "Dollar",
                                      "The dollar fell in New York. Exporters were calm.", {},
                                      {"USA"}));
    }
    return result;
}

class SignificanceTest : public testing::Test {
  protected:
    void SetUp() override { test::build_index(dir_.path() / "index", articles()); }

    // `what`: "term" or an entity field's query name.
    Significance significant(const std::string& query, std::string_view what,
                             std::size_t limit = 10) {
        Searcher searcher(open_index({(dir_.path() / "index").string()}));
        SearchRequest request;
        request.query = query;
        request.limit = 0;
        request.significant = parse_significant_request(what);
        request.significant_limit = limit;
        SearchResult result = searcher.search(request);
        EXPECT_TRUE(result.significant.has_value());
        return result.significant.value_or(Significance{});
    }

    static std::vector<std::string> names(const Significance& significance) {
        std::vector<std::string> result;
        for (const auto& value : significance.values) result.push_back(value.name);
        return result;
    }

    dateline::test::TempDir dir_;
};

TEST_F(SignificanceTest, PeopleWhoAppearWithTheQueriedPersonMoreThanChance) {
    const Significance people = significant("person:volcker", "person");
    EXPECT_EQ(people.request.field, schema::find_query_field("person"));
    EXPECT_EQ(people.matches, 5U);
    EXPECT_EQ(people.foreground_size, 5U);
    EXPECT_EQ(people.background_size, 25U);
    // Volcker himself is what the query names; Baker is in only 2 matches.
    EXPECT_EQ(names(people), (std::vector<std::string>{"Alan Greenspan", "Ronald Reagan"}));
    EXPECT_EQ(people.values[0].key, "alan-greenspan");
    EXPECT_EQ(people.values[0].foreground, 4U);
    EXPECT_EQ(people.values[0].background, 4U);
    EXPECT_DOUBLE_EQ(people.values[0].score, jlh_score(4, 5, 4, 25));
    EXPECT_EQ(people.values[1].background, 13U);
    EXPECT_DOUBLE_EQ(people.values[1].score, jlh_score(3, 5, 13, 25));
}

TEST_F(SignificanceTest, LimitKeepsTheHighestScores) {
    EXPECT_EQ(names(significant("person:volcker", "person", 1)),
              (std::vector<std::string>{"Alan Greenspan"}));
}

TEST_F(SignificanceTest, PlacesOfTheMatches) {
    // The 4 Japan articles: Japan is in all of them, the USA in none.
    EXPECT_EQ(names(significant("yen OR tokyo", "place")), (std::vector<std::string>{"Japan"}));
    // A place the query filters on is not listed.
    EXPECT_TRUE(significant("place:japan", "place").values.empty());
}

TEST_F(SignificanceTest, WordsOfTheMatchesAsWritten) {
    const Significance words = significant("place:japan", "term");
    EXPECT_TRUE(words.request.is_terms());
    EXPECT_EQ(words.foreground_size, 4U);
    const auto listed = names(words);
    // Words in every Japan story and nowhere else; "companies" and "company"
    // count as one word, shown as the archive writes it most often (both
    // in 4 articles: the first in byte order). Exporters are everywhere,
    // numbers and field terms are not words.
    for (const std::string word : {"yen", "tokyo", "companies", "rose", "worried", "hard"}) {
        EXPECT_NE(std::find(listed.begin(), listed.end(), word), listed.end()) << word;
    }
    for (const std::string word :
         {"exporters", "exporter", "1987", "japan", "compani", "company", "worri"}) {
        EXPECT_EQ(std::find(listed.begin(), listed.end(), word), listed.end()) << word;
    }
    // Words in every match and nowhere else come first; "in", in every
    // match but also in 16 other articles, after them.
    const auto in = std::find(listed.begin(), listed.end(), "in");
    ASSERT_NE(in, listed.end());
    for (auto it = words.values.begin(); it != words.values.begin() + (in - listed.begin()); ++it) {
        EXPECT_EQ(it->foreground, 4U) << it->name;
        EXPECT_EQ(it->background, 4U) << it->name;
    }
    const auto& in_value = words.values[static_cast<std::size_t>(in - listed.begin())];
    EXPECT_EQ(in_value.foreground, 4U);
    EXPECT_EQ(in_value.background, 20U);
}

TEST_F(SignificanceTest, TheQuerysOwnWordsAreLeftOut) {
    const auto listed = names(significant("yen", "term"));
    EXPECT_EQ(std::find(listed.begin(), listed.end(), "yen"), listed.end());
    EXPECT_NE(std::find(listed.begin(), listed.end(), "tokyo"), listed.end());
}

TEST_F(SignificanceTest, TooFewMatchesNothingIsSignificant) {
    EXPECT_TRUE(significant("id:j1", "term").values.empty());
    EXPECT_TRUE(significant("platypus", "person").values.empty());
}

}  // namespace
}  // namespace dateline::searcher
