#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_result.hpp"

namespace dateline::indexer {
namespace {

using test::keys;
using test::read_with;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

test::ReadResult read_jsonl(std::string_view content) {
    return read_with(Format::Jsonl, content, "feed.jsonl");
}

TEST(JsonlReader, ReadsGoodLinesAndReportsBadOnes) {
    const auto result = read_jsonl(test::fixture("jsonl/mixed.jsonl"));
    ASSERT_EQ(result.articles.size(), 4u);
    EXPECT_THAT(result.messages(),
                ElementsAre("in/feed.jsonl:3: invalid JSON; line skipped",
                            "in/feed.jsonl:5: date '2021-02-30' is not a real date; indexed "
                            "without a date"));

    const Article& a = result.articles[0];
    EXPECT_EQ(a.id, "a1");
    EXPECT_EQ(a.date->iso(), "2021-01-03");
    EXPECT_EQ(a.title, "First");
    EXPECT_EQ(a.body, "Body one.");
    EXPECT_THAT(keys(a.people), ElementsAre("paul-volcker"));
    EXPECT_THAT(keys(a.places), ElementsAre("west-germany"));
    EXPECT_EQ(a.url, "https://example.com/1");
    EXPECT_EQ(a.source.line, 1u);

    const Article& b = result.articles[1];
    EXPECT_EQ(b.id, "42");
    EXPECT_EQ(b.body, "Only text here. Second sentence.");
    EXPECT_EQ(b.title, "Only text here.");
    EXPECT_FALSE(b.date);

    EXPECT_EQ(result.articles[2].id, "feed.jsonl:5");
    EXPECT_FALSE(result.articles[2].date);

    const Article& c = result.articles[3];
    EXPECT_EQ(c.id, "feed.jsonl:6");
    EXPECT_EQ(c.date->iso(), "2021-01-04");
    EXPECT_EQ(c.source.line, 6u);
}

TEST(JsonlReader, ReportsRecordsOfTheWrongShape) {
    struct Case {
        std::string line;
        std::string reason;
    };
    const Case cases[] = {
        {"\"a string\"", "not a JSON object"},
        {"[1]", "not a JSON object; element skipped"},
        {"{\"id\": 1.5, \"body\": \"x\"}", "field 'id'"},
        {"{\"id\": \"\", \"body\": \"x\"}", "empty id"},
        {"{\"title\": 7, \"body\": \"x\"}", "field 'title' is not a string"},
        {"{\"body\": \"x\", \"people\": [1]}", "field 'people' must hold strings"},
        {"{\"body\": \"x\", \"orgs\": {\"a\": 1}}", "field 'orgs' must hold strings"},
        {"{\"id\": \"x\"}", "no title and no text"},
        {"{\"id\": \"x\", \"date\": \"soon\"}", "no title and no text"},  // and no date warning
        {"{\"id\": \"x\", \"body\": \"x\"} trailing", "invalid JSON"},
    };
    for (const auto& c : cases) {
        const auto result = read_jsonl(c.line + "\n");
        EXPECT_TRUE(result.articles.empty()) << c.line;
        ASSERT_EQ(result.diagnostics.size(), 1u) << c.line;
        EXPECT_EQ(result.diagnostics[0].line, 1u);
        EXPECT_THAT(result.diagnostics[0].reason, HasSubstr(c.reason)) << c.line;
    }
}

TEST(JsonlReader, ReadsOrganisationsLikePeopleAndPlaces) {
    const auto result = read_jsonl(
        "{\"id\": \"o1\", \"body\": \"x\", \"orgs\": [\"OPEC\", \"Bank  of Japan\", \"opec\"]}\n"
        "{\"id\": \"o2\", \"body\": \"x\", \"orgs\": \"General Motors\", \"people\": null}\n");
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 2u);
    EXPECT_THAT(keys(result.articles[0].orgs), ElementsAre("opec", "bank-of-japan"));
    EXPECT_THAT(test::names(result.articles[0].orgs), ElementsAre("OPEC", "Bank of Japan"));
    EXPECT_TRUE(result.articles[0].people.empty());
    EXPECT_THAT(keys(result.articles[1].orgs), ElementsAre("general-motors"));
}

TEST(JsonlReader, ReadsTheKeyNamesOtherArchivesUse) {
    const auto result = read_jsonl(
        // A news API's dump: the text wins over the description, a date in
        // milliseconds.
        "{\"guid\": 7, \"headline\": \"Rates cut\", \"description\": \"Short.\", "
        "\"content\": \"The whole story.\", \"publishedAt\": 1609668000000, "
        "\"link\": \"https://e.org/1\", \"persons\": [\"Jerome Powell\"]}\n"
        // Dateline's own name first; another name's value of the wrong type is
        // some other field ("published": a flag), not an error.
        "{\"id\": \"r2\", \"text\": \"Body.\", \"article\": \"Not this.\", "
        "\"published\": true, \"pubDate\": \"Mon, 04 Jan 2021 09:00:00 GMT\"}\n");
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 2u);
    const Article& a = result.articles[0];
    EXPECT_EQ(a.id, "7");
    EXPECT_EQ(a.title, "Rates cut");
    EXPECT_EQ(a.body, "The whole story.");
    EXPECT_EQ(a.url, "https://e.org/1");
    EXPECT_EQ(a.date->iso(), "2021-01-03");
    EXPECT_THAT(keys(a.people), ElementsAre("jerome-powell"));
    const Article& b = result.articles[1];
    EXPECT_EQ(b.body, "Body.");
    EXPECT_EQ(b.date->iso(), "2021-01-04");
}

TEST(JsonlReader, ADateNumberIsReadAsItsDigitsAre) {
    const auto result = read_jsonl(
        "{\"body\": \"x\", \"date\": 20210103}\n"      // YYYYMMDD
        "{\"body\": \"x\", \"date\": 545097600}\n"     // 1987, in seconds: 9 digits
        "{\"body\": \"x\", \"date\": 1609632000.5}\n"  // seconds with a fraction
        "{\"body\": \"x\", \"guid\": \"\"}\n");        // a blank other name: no id given
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 4u);
    EXPECT_EQ(result.articles[0].date->iso(), "2021-01-03");
    EXPECT_EQ(result.articles[1].date->iso(), "1987-04-11");
    EXPECT_EQ(result.articles[2].date->iso(), "2021-01-03");
    EXPECT_EQ(result.articles[3].id, "feed.jsonl:4");
}

TEST(JsonlReader, ADateNumberOutsideUnixTimeIsWarnedAbout) {
    const auto result = read_jsonl("{\"body\": \"x\", \"date\": -5}\n");
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_FALSE(result.articles[0].date);
    EXPECT_THAT(result.messages(),
                ElementsAre("in/feed.jsonl:1: date '-5' not understood; indexed without a date"));
}

TEST(JsonlReader, ReadsAJsonArrayElementByElement) {
    // Elements start on lines 2, 3 and 6; the second is malformed and
    // reported alone; brackets and commas inside strings are text.
    const auto result = read_jsonl(
        "\xEF\xBB\xBF[\n"
        "  {\"title\": \"One [1], {a}\", \"body\": \"Text \\\"quoted, ] \\\" here.\"},\n"
        "  {\"title\": \"Two\", \"body\": },\n"
        "  {\"id\": \"t3\",\n"
        "   \"body\": \"Three.\", \"people\": [\"Ann Lee\"]},\n"
        "  {\"body\": \"Four.\"}\n"
        "]\n");
    ASSERT_EQ(result.articles.size(), 3u);
    EXPECT_EQ(result.articles[0].title, "One [1], {a}");
    EXPECT_EQ(result.articles[0].body, "Text \"quoted, ] \" here.");
    EXPECT_EQ(result.articles[0].id, "feed.jsonl:2");
    EXPECT_EQ(result.articles[1].id, "t3");
    EXPECT_THAT(keys(result.articles[1].people), ElementsAre("ann-lee"));
    EXPECT_EQ(result.articles[2].id, "feed.jsonl:6");
    EXPECT_THAT(result.messages(), ElementsAre("in/feed.jsonl:3: invalid JSON; element skipped"));
}

TEST(JsonlReader, AnArrayCutShortKeepsTheElementsBeforeTheCut) {
    const auto result = read_jsonl("[{\"body\": \"One.\"}, {\"body\": \"Tw");
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_THAT(result.messages(),
                ElementsAre("in/feed.jsonl:1: invalid JSON; element skipped",
                            "in/feed.jsonl:1: the JSON array is not closed (file cut short?); the "
                            "elements before the end were read"));
}

TEST(JsonlReader, ReadsOneObjectWrittenOverSeveralLines) {
    const auto result =
        read_jsonl("\n{\n  \"title\": \"Rates cut\",\n  \"content\": \"The whole story.\"\n}\n");
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_EQ(result.articles[0].body, "The whole story.");
    EXPECT_EQ(result.articles[0].id, "feed.jsonl");  // the file is the article
    EXPECT_EQ(result.articles[0].source.line, 2u);
    // Broken over lines and broken: each line is reported, as JSON Lines.
    EXPECT_EQ(read_jsonl("{\n\"body\": \"x\"\n").diagnostics.size(), 2u);
}

TEST(JsonlReader, CleansStrings) {
    // Invalid UTF-8 (a Latin-1 byte) and a control character escaped in JSON.
    const auto result = read_jsonl(
        "{\"id\": \"x\", \"title\": \"Caf\xE9\", \"body\": \"a\\u0007b\\r\\nc\"}\r\n"
        "\n   \n");
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_EQ(result.articles[0].title, "Caf\xC3\xA9");
    EXPECT_EQ(result.articles[0].body, "ab\nc");
}

TEST(JsonlReader, EmptyInputYieldsNothing) {
    const auto result = read_jsonl("");
    EXPECT_TRUE(result.articles.empty());
    EXPECT_TRUE(result.diagnostics.empty());
}

}  // namespace
}  // namespace dateline::indexer
