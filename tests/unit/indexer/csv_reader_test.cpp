#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_result.hpp"

namespace dateline::indexer {
namespace {

using test::keys;
using test::read_with;
using ::testing::ElementsAre;

test::ReadResult read_csv(std::string_view content) {
    return read_with(Format::Csv, content, "news.csv");
}

TEST(CsvReader, ReadsOneArticlePerRowAndReportsBadRows) {
    const auto result = read_csv(test::fixture("csv/mixed.csv"));
    EXPECT_THAT(
        result.messages(),
        ElementsAre(
            "in/news.csv:6: date '2021-02-30' is not a real date; indexed without a date",
            "in/news.csv:7: row has 3 fields, the header has 7; row skipped",
            "in/news.csv:8: text after the closing quote of a field on line 8 (a quote inside a "
            "quoted field is written \"\"); row skipped"));
    ASSERT_EQ(result.articles.size(), 4u);

    const Article& harbour = result.articles[0];
    EXPECT_EQ(harbour.id, "h1");
    EXPECT_EQ(harbour.date->iso(), "2021-01-03");
    EXPECT_EQ(harbour.title, "Harbour reopens");
    EXPECT_EQ(harbour.body,
              "The harbour reopened on Sunday, after the storm.\n\nFishermen said \"at last\".");
    EXPECT_THAT(keys(harbour.people), ElementsAre("anna-berg", "tom-lee"));
    EXPECT_THAT(keys(harbour.places), ElementsAre("rotterdam"));
    EXPECT_EQ(harbour.source.line, 2u);

    const Article& council = result.articles[1];
    EXPECT_EQ(council.id, "news.csv:5");
    EXPECT_EQ(council.source.line, 5u);
    EXPECT_EQ(council.date->iso(), "2021-01-04");
    EXPECT_EQ(council.title, "Council votes on the budget.");

    EXPECT_EQ(result.articles[2].id, "h3");
    EXPECT_FALSE(result.articles[2].date);

    const Article& undated = result.articles[3];
    EXPECT_EQ(undated.id, "h6");
    EXPECT_FALSE(undated.date);
    EXPECT_EQ(undated.body, "A 5\" screen was sold.");
}

TEST(CsvReader, AFileWithoutABodyColumnIsAnErrorNamingItsColumns) {
    const auto result = read_csv(test::fixture("csv/no_body.csv"));
    EXPECT_TRUE(result.articles.empty());
    EXPECT_THAT(result.messages(),
                ElementsAre("in/news.csv:1: no body column: the header row needs a column named "
                            "body, text, content, article, story or description (it has url, "
                            "date, title, category); file skipped"));
}

TEST(CsvReader, ReadsTabAndSemicolonSeparatedExports) {
    const auto tabs = read_csv("title\tdate\tbody\nRates, cut\t2021-01-03\tThe text; all of it.\n");
    ASSERT_EQ(tabs.articles.size(), 1u);
    EXPECT_TRUE(tabs.diagnostics.empty());
    EXPECT_EQ(tabs.articles[0].title, "Rates, cut");
    EXPECT_EQ(tabs.articles[0].body, "The text; all of it.");
    EXPECT_EQ(tabs.articles[0].date->iso(), "2021-01-03");
    const auto semicolons = read_csv("title;body\n\"A; B\";Text, here.\n");
    ASSERT_EQ(semicolons.articles.size(), 1u);
    EXPECT_EQ(semicolons.articles[0].title, "A; B");
    EXPECT_EQ(semicolons.articles[0].body, "Text, here.");
}

TEST(CsvReader, ReadsTheColumnNamesOtherArchivesUse) {
    // A news API's export: its own names, in its own order; the whole text
    // wins over the summary, which serves where the text is empty.
    const auto result = read_csv(
        "Headline,Description,Content,Published At,Link,GUID,Organizations\n"
        "Rates cut,Short.,The whole story.,2021-01-03T10:00:00Z,https://e.org/1,g1,Fed\n"
        "Rates held,Only a summary.,,1609718400,https://e.org/2,g2,\n");
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 2u);
    const Article& a = result.articles[0];
    EXPECT_EQ(a.id, "g1");
    EXPECT_EQ(a.title, "Rates cut");
    EXPECT_EQ(a.body, "The whole story.");
    EXPECT_EQ(a.url, "https://e.org/1");
    EXPECT_EQ(a.date->iso(), "2021-01-03");
    EXPECT_THAT(keys(a.orgs), ElementsAre("fed"));
    const Article& b = result.articles[1];
    EXPECT_EQ(b.body, "Only a summary.");
    EXPECT_EQ(b.date->iso(), "2021-01-04");  // Unix time, seconds
}

TEST(CsvReader, TextColumnServesAsBodyAndUrlIsKept) {
    const auto result =
        read_csv("url,date,title,text\n\"https://e.org/a\",2019-01-04,\"A, B\",\"Line one.\n\"\n");
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(result.articles[0].url, "https://e.org/a");
    EXPECT_EQ(result.articles[0].title, "A, B");
    EXPECT_EQ(result.articles[0].body, "Line one.");
    EXPECT_EQ(result.articles[0].id, "news.csv:2");
}

TEST(CsvReader, ReadsEveryEntityColumn) {
    const auto result =
        read_csv("Body,ORGS,places\nText.,\"Acme Corp; Globex\",\"Lyon, France\"\n");
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_THAT(keys(result.articles[0].orgs), ElementsAre("acme-corp", "globex"));
    EXPECT_THAT(keys(result.articles[0].places), ElementsAre("lyon", "france"));
    EXPECT_TRUE(result.articles[0].people.empty());
}

TEST(CsvReader, ReportsFilesItCannotRead) {
    EXPECT_THAT(read_csv("").messages(), ElementsAre("in/news.csv: empty file; skipped"));
    EXPECT_THAT(read_csv(std::string_view("id,body\n1,a\0b\n", 14)).messages(),
                ElementsAre("in/news.csv: binary file (contains NUL bytes); skipped"));
    const auto unclosed = read_csv("id,body\n1,\"never closed\n2,b\n");
    EXPECT_TRUE(unclosed.articles.empty());
    EXPECT_THAT(unclosed.messages(),
                ElementsAre("in/news.csv:2: quoted field opened on line 2 is not closed before "
                            "the end of the file; row skipped"));
    EXPECT_THAT(read_csv("id,title\n1,t\n").messages().front(),
                ::testing::HasSubstr("no body column"));
    // A blank row is no article and no problem; an empty body and title is.
    EXPECT_THAT(read_csv("id,body\n,\n2,\n").messages(),
                ElementsAre("in/news.csv:3: no title and no text; row skipped"));
}

}  // namespace
}  // namespace dateline::indexer
