// Reading the archive beyond a list of hits, on a small index built in a
// temp dir: one whole article (Searcher::show), the articles like one
// (Searcher::like) and keyword in context (Searcher::kwic, lines_in_context).

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dateline/searcher/keyword_in_context.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/searcher.hpp"
#include "support/temp_dir.hpp"
#include "test_index.hpp"

namespace dateline::searcher {
namespace {

using test::make_article;

std::vector<indexer::Article> news() {
    return {
        make_article("rates-1", "1987-03-02", "Interest rates rise",
                     "Interest rates rose sharply.\n\nThe central bank's rates, analysts said, "
                     "were raised to curb inflation. Rating agencies rated the move.",
                     {"Paul Volcker"}, {"USA"}),
        make_article("rates-2", "1987-03-20", "Bank holds rates",
                     "The central bank kept interest rates unchanged and said inflation was low.",
                     {}, {"Japan"}),
        make_article("rates-3", "1987-04-02", "Rates fall in Europe",
                     "Interest rates fell as central banks eased; inflation eased too.", {},
                     {"West Germany"}),
        make_article("grain-1", "1987-03-05", "Record grain harvest",
                     "Farmers harvested record wheat and maize crops; grain exports rose.", {},
                     {"USA"}),
        make_article("grain-2", "1987-04-09", "Grain exports slow",
                     "Wheat and maize exports slowed as the harvest ended; grain prices fell.", {},
                     {"Canada"}),
        make_article("copper-1", "1987-03-09", "Copper output", "Mines produced more copper."),
        make_article("sport-1", "1987-05-01", "Martínez scores",
                     "Martínez scored twice for Atlético; Sørensen did not."),
    };
}

class ExploreTest : public testing::Test {
  protected:
    void SetUp() override { test::build_index(dir_.path() / "index", news()); }

    Searcher searcher() { return Searcher(open_index({(dir_.path() / "index").string()})); }

    dateline::test::TempDir dir_;
};

std::string marked(const Snippet& snippet) {
    std::string text;
    for (const auto& part : snippet.parts) {
        text += part.highlighted ? "[" + part.text + "]" : part.text;
    }
    return text;
}

TEST_F(ExploreTest, ShowGivesTheWholeArticle) {
    const auto article = searcher().show("rates-1", "");
    ASSERT_TRUE(article.has_value());
    EXPECT_EQ(article->title, "Interest rates rise");
    EXPECT_EQ(article->date->iso(), "1987-03-02");
    ASSERT_EQ(article->people.size(), 1U);
    EXPECT_EQ(article->people[0].name, "Paul Volcker");
    EXPECT_EQ(article->body.substr(0, 28), "Interest rates rose sharply.");
    EXPECT_NE(article->body.find("\n\nThe central bank"), std::string::npos);
    EXPECT_TRUE(article->marked_body.empty());
    EXPECT_FALSE(searcher().show("no-such-id", "").has_value());
    EXPECT_FALSE(searcher().show("RATES-1", "").has_value());  // ids are exact
}

TEST_F(ExploreTest, ShowMarksTheQueryAsWritten) {
    const auto article = searcher().show("rates-1", "\"interest rates\" OR rate");
    ASSERT_TRUE(article.has_value());
    EXPECT_EQ(marked(article->marked_title), "[Interest rates] rise");
    // The phrase as one match, stems (rate -> rates, rating, rated), the
    // text as written, paragraph breaks kept.
    EXPECT_EQ(marked(article->marked_body),
              "[Interest rates] rose sharply.\n\nThe central bank's [rates], analysts said, "
              "were raised to curb inflation. [Rating] agencies [rated] the move.");
    // The article need not match the query to be shown.
    const auto other = searcher().show("copper-1", "interest");
    ASSERT_TRUE(other.has_value());
    EXPECT_EQ(marked(other->marked_body), "Mines produced more copper.");
    EXPECT_THROW((void)searcher().show("rates-1", "\"unbalanced"), QueryError);
}

TEST_F(ExploreTest, LikeFindsTheArticlesSharingItsWordsAndNotItself) {
    SearchRequest request;
    request.limit = 10;
    const auto result = searcher().like("rates-2", request);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->like, "rates-2");
    ASSERT_GE(result->hits.size(), 2U);
    for (const auto& hit : result->hits) EXPECT_NE(hit.id, "rates-2");
    // The two other rate stories come before anything about grain or copper.
    std::vector<std::string> top{result->hits[0].id, result->hits[1].id};
    std::sort(top.begin(), top.end());
    EXPECT_EQ(top, (std::vector<std::string>{"rates-1", "rates-3"}));

    const auto grain = searcher().like("grain-1", request);
    ASSERT_TRUE(grain.has_value());
    ASSERT_FALSE(grain->hits.empty());
    EXPECT_EQ(grain->hits[0].id, "grain-2");

    EXPECT_FALSE(searcher().like("no-such-id", request).has_value());
}

TEST_F(ExploreTest, LikeTakesFiltersThatDoNotChangeTheOrder) {
    SearchRequest request;
    request.limit = 10;
    const auto all = searcher().like("rates-2", request);
    request.query = "date:1987-04";
    const auto april = searcher().like("rates-2", request);
    ASSERT_TRUE(all && april);
    ASSERT_FALSE(april->hits.empty());
    std::vector<std::string> expected;
    for (const auto& hit : all->hits) {
        if (hit.date && hit.date->iso().starts_with("1987-04")) expected.push_back(hit.id);
    }
    std::vector<std::string> got;
    for (const auto& hit : april->hits) got.push_back(hit.id);
    EXPECT_EQ(got, expected);
    for (const auto& hit : april->hits) {  // a filter does not change a score
        const auto same = std::find_if(all->hits.begin(), all->hits.end(),
                                       [&](const Hit& other) { return other.id == hit.id; });
        ASSERT_NE(same, all->hits.end());
        EXPECT_DOUBLE_EQ(hit.score, same->score);
    }
    request.query = "date:1987-04 \"unbalanced";
    EXPECT_THROW((void)searcher().like("rates-2", request), QueryError);
}

TEST(LinesInContext, OneLinePerMatchWithContextOnBothSides) {
    Snippet text;
    text.parts = {{"The central bank kept\ninterest  ", false},
                  {"rates", true},
                  {" unchanged; ", false},
                  {"Rates", true},
                  {"", false}};
    const auto lines = lines_in_context(text, 80);
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(lines[0].left, "The central bank kept interest");
    EXPECT_EQ(lines[0].match, "rates");
    EXPECT_EQ(lines[0].right, "unchanged; Rates");
    EXPECT_EQ(lines[1].left, "The central bank kept interest rates unchanged;");
    EXPECT_EQ(lines[1].match, "Rates");
    EXPECT_EQ(lines[1].right, "");

    // Contexts count characters, not bytes: "é" is one. Blanks at their
    // ends are dropped.
    const auto short_lines = lines_in_context(text, 9);  // " interest"
    EXPECT_EQ(short_lines[0].left, "interest");
    Snippet accents;
    accents.parts = {{"café crème ", false}, {"olé", true}, {" déjà vu", false}};
    const auto cut = lines_in_context(accents, 5);
    ASSERT_EQ(cut.size(), 1U);
    EXPECT_EQ(cut[0].left, "rème");
    EXPECT_EQ(cut[0].right, "déjà");
}

TEST_F(ExploreTest, KwicListsEveryMatchInResultOrder) {
    SearchRequest request;
    request.query = "rate";
    request.limit = 100;
    request.sort = SortOrder::Date;
    const auto result = searcher().kwic(request);
    EXPECT_EQ(result.total, 3U);
    EXPECT_EQ(result.articles, 3U);
    EXPECT_FALSE(result.truncated);
    std::vector<std::string> lines;
    for (const auto& line : result.lines) lines.push_back(line.id + " " + line.match);
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "rates-1 rates",   // title
                         "rates-1 rates",   // body
                         "rates-1 rates",   // "bank's rates"
                         "rates-1 Rating",  // stems match as the index matches them
                         "rates-1 rated",
                         "rates-2 rates",  // title
                         "rates-2 rates",
                         "rates-3 Rates",
                         "rates-3 rates",
                     }));
    EXPECT_EQ(result.lines[1].left, "Interest");
    EXPECT_EQ(result.lines[1].right.substr(0, 13), "rose sharply.");

    request.limit = 4;
    const auto limited = searcher().kwic(request);
    EXPECT_EQ(limited.lines.size(), 4U);
    EXPECT_TRUE(limited.truncated);
    EXPECT_EQ(limited.articles, 1U);
    request.offset = 4;
    const auto next = searcher().kwic(request);
    EXPECT_EQ(next.lines.front().match, "rated");
    EXPECT_EQ(next.lines.size(), 4U);
}

// The index holds accent-folded words (schema/text_folding.hpp): an unaccented
// query marks the text as written.
TEST_F(ExploreTest, MatchesIgnoreAccentsButShowTheTextAsWritten) {
    const auto article = searcher().show("sport-1", "martinez OR atletico OR sorensen");
    ASSERT_TRUE(article.has_value());
    EXPECT_EQ(marked(article->marked_title), "[Martínez] scores");
    EXPECT_EQ(marked(article->marked_body),
              "[Martínez] scored twice for [Atlético]; [Sørensen] did not.");
    SearchRequest request;
    request.query = "martinez";
    const auto kwic = searcher().kwic(request);
    ASSERT_EQ(kwic.lines.size(), 2U);
    EXPECT_EQ(kwic.lines[1].match, "Martínez");
    EXPECT_EQ(kwic.lines[1].right, "scored twice for Atlético; Sørensen did not.");
}

TEST_F(ExploreTest, KwicFindsPhrasesAndWildcards) {
    SearchRequest request;
    request.limit = 100;
    request.query = "\"interest rates\"";
    auto result = searcher().kwic(request);
    ASSERT_FALSE(result.lines.empty());
    for (const auto& line : result.lines) {
        EXPECT_EQ(line.match == "Interest rates" || line.match == "interest rates", true)
            << line.match;
    }
    request.query = "harvest*";
    result = searcher().kwic(request);
    std::vector<std::string> matches;
    for (const auto& line : result.lines) matches.push_back(line.match);
    std::sort(matches.begin(), matches.end());
    EXPECT_EQ(matches, (std::vector<std::string>{"harvest", "harvest", "harvested"}));
}

}  // namespace
}  // namespace dateline::searcher
