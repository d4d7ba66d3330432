#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_result.hpp"

namespace dateline::indexer {
namespace {

using test::keys;
using test::names;
using test::read_with;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

test::ReadResult read_text(std::string_view content, const std::string& path = "news/a.txt") {
    return read_with(Format::Text, content, path);
}

TEST(TextReader, ReadsColonHeadersThenBody) {
    const auto result = read_text(
        "Title:  Rates   rise\n"
        "Date: 3 January 2021\n"
        "People: Paul Volcker; Jacques de Larosi\xC3\xA8re, paul volcker\n"
        "PLACES: West Germany, USA\n"
        "Orgs: OPEC; Bank of Japan, opec\n"
        "url: https://example.com/a\n"
        "\n"
        "First paragraph.\n\nSecond paragraph.\n");
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 1u);
    const Article& a = result.articles[0];
    EXPECT_EQ(a.id, "news/a.txt");
    EXPECT_EQ(a.source.relative_path, "news/a.txt");
    EXPECT_EQ(a.source.line, 0u);  // one article per file: the file is its source
    EXPECT_EQ(a.title, "Rates rise");
    ASSERT_TRUE(a.date);
    EXPECT_EQ(a.date->iso(), "2021-01-03");
    EXPECT_THAT(keys(a.people), ElementsAre("paul-volcker", "jacques-de-larosiere"));
    EXPECT_THAT(names(a.people), ElementsAre("Paul Volcker", "Jacques de Larosi\xC3\xA8re"));
    EXPECT_THAT(keys(a.places), ElementsAre("west-germany", "usa"));
    EXPECT_THAT(keys(a.orgs), ElementsAre("opec", "bank-of-japan"));
    EXPECT_THAT(names(a.orgs), ElementsAre("OPEC", "Bank of Japan"));
    EXPECT_EQ(a.url, "https://example.com/a");
    EXPECT_EQ(a.body, "First paragraph.\n\nSecond paragraph.");
}

TEST(TextReader, ReadsTheSeedFormatWithBodyOnTheDateLine) {
    const auto result = read_text(
        " date 2021-01-03 January 3, 2021, marked the anniversary. It was cold.\n\nMore text.\n");
    ASSERT_EQ(result.articles.size(), 1u);
    const Article& a = result.articles[0];
    ASSERT_TRUE(a.date);
    EXPECT_EQ(a.date->iso(), "2021-01-03");
    EXPECT_EQ(a.body, "January 3, 2021, marked the anniversary. It was cold.\n\nMore text.");
    EXPECT_EQ(a.title, "January 3, 2021, marked the anniversary.");
}

TEST(TextReader, HeaderForms) {
    struct Case {
        std::string content;
        std::string title;
        std::string date;  // "" = none
        std::string body;
    };
    const Case cases[] = {
        // No header at all: everything is body, the title comes from it.
        {"Just a story. With two sentences.\n", "Just a story.", "",
         "Just a story. With two sentences."},
        // "key value" form with lower-case keys.
        {"title Hello world\ndate 2021-01-03\nBody.\n", "Hello world", "2021-01-03", "Body."},
        // Header ends at the first non-header line, no blank line needed.
        {"date: 2021-01-03\nThe body starts here.\n", "The body starts here.", "2021-01-03",
         "The body starts here."},
        // Capitalised words that start prose are not headers.
        {"Date palms grow tall. They do.\n", "Date palms grow tall.", "",
         "Date palms grow tall. They do."},
        {"People familiar with it spoke.\n", "People familiar with it spoke.", "",
         "People familiar with it spoke."},
        {"Title: T\nPlaces are nice.\n", "T", "", "Places are nice."},
        // Leading blank lines and white space before keys, CRLF line ends.
        {"\r\n  TITLE: Crlf\r\n  Date: 2021-01-03 10:00 UTC\r\n\r\nBody\r\nline\r\n", "Crlf",
         "2021-01-03", "Body\nline"},
        // A title without a body is still an article.
        {"title: Only a title\n", "Only a title", "", ""},
        // A long time stamp on the date line before body text.
        {"date Sat, 03 Jan 2021 10:00:00 +0000 Body text.\n", "Body text.", "2021-01-03",
         "Body text."},
    };
    for (const auto& c : cases) {
        const auto result = read_text(c.content);
        ASSERT_TRUE(result.diagnostics.empty()) << c.content << result.messages()[0];
        ASSERT_EQ(result.articles.size(), 1u) << c.content;
        const Article& a = result.articles[0];
        EXPECT_EQ(a.title, c.title) << c.content;
        EXPECT_EQ(a.date ? a.date->iso() : "", c.date) << c.content;
        EXPECT_EQ(a.body, c.body) << c.content;
    }
}

TEST(TextReader, IndexesArticlesWithBadDatesUndatedAndWarns) {
    struct Case {
        std::string content;
        std::string message;  // empty: no warning
        std::string body;
    };
    const Case cases[] = {
        {"date: 2021-02-30\n\nBody.\n",
         "in/news/a.txt:1: date '2021-02-30' is not a real date; indexed without a date", "Body."},
        {"title: T\n\ndate: 2021-01-03\n", "", "date: 2021-01-03"},  // after the header: body
        {"title: T\npeople: A\ndate: someday\n\nBody.\n",
         "in/news/a.txt:3: date 'someday' not understood; indexed without a date", "Body."},
        {"date 2021-02-30 Body on the same line.\n",
         "in/news/a.txt:1: date '2021-02-30' is not a real date; indexed without a date",
         "Body on the same line."},
    };
    for (const auto& c : cases) {
        const auto result = read_text(c.content);
        ASSERT_EQ(result.articles.size(), 1u) << c.content;
        EXPECT_FALSE(result.articles[0].date) << c.content;
        EXPECT_EQ(result.articles[0].body, c.body) << c.content;
        if (c.message.empty()) {
            EXPECT_TRUE(result.diagnostics.empty()) << c.content;
            continue;
        }
        EXPECT_THAT(result.messages(), ElementsAre(c.message));
        EXPECT_EQ(result.diagnostics[0].severity, Severity::Warning);
    }
    // No warning for a file that is skipped anyway.
    EXPECT_THAT(read_text("date: someday\n\n\n").messages(),
                ElementsAre("in/news/a.txt: no article text; skipped"));
}

TEST(TextReader, ReadsMonthsYearsAndBothDayOrders) {
    struct Case {
        std::string content;
        schema::DateOrder order;
        std::string date;
    };
    const Case cases[] = {
        {"date: Jan 2021\n\nBody.\n", schema::DateOrder::MonthFirst, "2021-01"},
        {"date: 2021\n\nBody.\n", schema::DateOrder::MonthFirst, "2021"},
        {"date: 2021-01\n\nBody.\n", schema::DateOrder::MonthFirst, "2021-01"},
        {"date: 1/3/2021\n\nBody.\n", schema::DateOrder::MonthFirst, "2021-01-03"},
        {"date: 1/3/2021\n\nBody.\n", schema::DateOrder::DayFirst, "2021-03-01"},
        {" date 1/3/2021 Body on the date line.\n", schema::DateOrder::DayFirst, "2021-03-01"},
    };
    for (const auto& c : cases) {
        ReadContext context{SourceLocation{"in/a.txt", "a.txt", 1}, nullptr, c.order};
        std::vector<Article> articles;
        read_text_article(
            c.content, context, [&](Article a) { articles.push_back(std::move(a)); },
            [&](Diagnostic d) { ADD_FAILURE() << d.to_string(); });
        ASSERT_EQ(articles.size(), 1u) << c.content;
        ASSERT_TRUE(articles[0].date) << c.content;
        EXPECT_EQ(articles[0].date->iso(), c.date) << c.content;
    }
}

TEST(TextReader, ReportsFilesWithoutText) {
    struct Case {
        std::string content;
        std::string reason;
    };
    const Case cases[] = {
        {"", "empty file"},
        {" \n\n\t\n", "no article text"},
        {"date: 2021-01-03\n\n\n", "no article text"},
        {std::string("text\0more", 9), "binary file"},
    };
    for (const auto& c : cases) {
        const auto result = read_text(c.content);
        EXPECT_TRUE(result.articles.empty());
        ASSERT_EQ(result.diagnostics.size(), 1u);
        EXPECT_EQ(result.diagnostics[0].path, "in/news/a.txt");
        EXPECT_EQ(result.diagnostics[0].line, 0u);
        EXPECT_THAT(result.diagnostics[0].reason, HasSubstr(c.reason));
    }
}

TEST(TextReader, CleansTheText) {
    const auto result = read_text("title: Caf\xE9\n\nM\xFCnchen\x07 news.\n");
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_EQ(result.articles[0].title, "Caf\xC3\xA9");
    EXPECT_EQ(result.articles[0].body, "M\xC3\xBCnchen news.");
}

TEST(TextReader, ReadsFixtureFiles) {
    const auto with_header =
        read_text(test::fixture("text/with_header.txt"), "text/with_header.txt");
    ASSERT_EQ(with_header.articles.size(), 1u);
    const Article& a = with_header.articles[0];
    EXPECT_EQ(a.id, "text/with_header.txt");
    EXPECT_EQ(a.title, "Bundesbank leaves rates unchanged");
    EXPECT_EQ(a.date->iso(), "1987-03-05");
    EXPECT_THAT(keys(a.people), ElementsAre("karl-otto-poehl"));
    EXPECT_THAT(keys(a.places), ElementsAre("west-germany", "frankfurt"));
    EXPECT_THAT(a.body, HasSubstr("discount rate"));

    const auto seed_like = read_text(test::fixture("text/seed_style.txt"), "text/seed_style.txt");
    ASSERT_EQ(seed_like.articles.size(), 1u);
    EXPECT_EQ(seed_like.articles[0].date->iso(), "2020-11-24");
    EXPECT_EQ(seed_like.articles[0].title, "Markets rallied on Tuesday after the announcement.");

    const auto impossible =
        read_text(test::fixture("text/impossible_date.txt"), "text/impossible_date.txt");
    ASSERT_EQ(impossible.articles.size(), 1u);
    EXPECT_FALSE(impossible.articles[0].date);
    ASSERT_EQ(impossible.diagnostics.size(), 1u);
    EXPECT_EQ(impossible.diagnostics[0].line, 2u);
    EXPECT_EQ(impossible.diagnostics[0].severity, Severity::Warning);

    const auto binary = read_text(test::fixture("text/binary.txt"), "text/binary.txt");
    EXPECT_TRUE(binary.articles.empty());
    ASSERT_EQ(binary.diagnostics.size(), 1u);
    EXPECT_THAT(binary.diagnostics[0].reason, HasSubstr("binary file"));

    const auto empty = read_text(test::fixture("text/empty.txt"), "text/empty.txt");
    EXPECT_TRUE(empty.articles.empty());
    EXPECT_EQ(empty.diagnostics.size(), 1u);
}

}  // namespace
}  // namespace dateline::indexer
