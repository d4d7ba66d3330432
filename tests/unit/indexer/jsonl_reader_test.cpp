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
        {"[1, 2]", "not a JSON object"},
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
