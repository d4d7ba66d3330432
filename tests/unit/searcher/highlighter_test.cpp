// The highlighter as tables: query and text -> the parts, marked or not.

#include "dateline/searcher/highlighter.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/entity_lists.hpp"
#include "dateline/searcher/query_front_end.hpp"

namespace dateline::searcher {
namespace {

// The parts as one string, marked parts in [brackets].
std::string marked(const Snippet& snippet) {
    std::string text;
    for (const auto& part : snippet.parts) {
        text += part.highlighted ? "[" + part.text + "]" : part.text;
    }
    return text;
}

Highlighter highlighter_for(const std::string& query) {
    QueryFrontEnd front_end;
    return Highlighter(front_end.parse(query).query, front_end.stemmer());
}

struct TitleCase {
    const char* query;
    const char* title;
    const char* expected;
};

void PrintTo(const TitleCase& c, std::ostream* out) { *out << c.query << " | " << c.title; }

// clang-format off
constexpr TitleCase kTitleCases[] = {
    {"rates", "Bank of Japan holds rates", "Bank of Japan holds [rates]"},
    {"rate", "Interest Rates rise", "Interest [Rates] rise"},          // by stem, any case
    {"\"interest rates\"", "Interest rates rise", "[Interest rates] rise"},
    {"title:rates", "Bank holds rates", "Bank holds [rates]"},
    {"Volcker", "Volcker warns", "[Volcker] warns"},
    {"petro*", "Petroleum exports fall", "[Petroleum] exports fall"},
    {"title:petro*", "Petroleum exports", "[Petroleum] exports"},
    // Accents fold on both sides; the text is shown as written.
    {"martinez", "Mart\xC3\xADnez wins", "[Mart\xC3\xADnez] wins"},
    {"Atl\xC3\xA9tico", "Atletico lose", "[Atletico] lose"},
    {"sorensen", "S\xC3\xB8rensen resigns", "[S\xC3\xB8rensen] resigns"},
    // Filters mark nothing in a title; neither do unrelated words.
    {"person:volcker", "Volcker warns", "Volcker warns"},
    {"oil", "Soil erosion", "Soil erosion"},
    {"O'Neill", "O'Neill speaks", "[O'Neill] speaks"},
};
// clang-format on

class TitleTest : public testing::TestWithParam<TitleCase> {};

TEST_P(TitleTest, MarksTheQueryWords) {
    const TitleCase& c = GetParam();
    EXPECT_EQ(marked(highlighter_for(c.query).mark_title(c.title)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Highlighter, TitleTest, testing::ValuesIn(kTitleCases));

const std::string kBody =
    "The restaurant opened in May after a long wait. Chef Thomas Keller said it would "
    "stay open all year.\n\nInterest rates in Kansas stayed low, and Keller smiled.";

TEST(Highlighter, ExtractsTheSentenceWithTheMostQueryWords) {
    const Snippet snippet = highlighter_for("keller rates").extract(kBody, 300, {});
    EXPECT_EQ(marked(snippet),
              "\xE2\x80\xA6Interest [rates] in Kansas stayed low, and [Keller] smiled.");
}

TEST(Highlighter, FiltersAloneShowTheSentenceNamingThePerson) {
    schema::EntityLists entities;
    entities.people = {schema::entity_from_name("Thomas Keller")};
    const Snippet snippet = highlighter_for("person:keller").extract(kBody, 300, entities);
    EXPECT_EQ(marked(snippet),
              "\xE2\x80\xA6"
              "Chef [Thomas Keller] said it would stay open all year. Interest rates in Kansas "
              "stayed low, and [Keller] smiled.");
}

TEST(Highlighter, FiltersAloneShowTheSentenceNamingThePlace) {
    schema::EntityLists entities;
    entities.places = {schema::entity_from_name("Kansas")};
    const Snippet snippet = highlighter_for("place:kansas date:2018").extract(kBody, 80, entities);
    EXPECT_EQ(marked(snippet),
              "\xE2\x80\xA6Interest rates in [Kansas] stayed low, and Keller smiled.");
}

TEST(Highlighter, OtherwiseTheLede) {
    schema::EntityLists entities;
    entities.places = {{"usa", "USA"}};
    EXPECT_EQ(marked(highlighter_for("place:usa").extract(kBody, 60, entities)),
              "The restaurant opened in May after a long wait.\xE2\x80\xA6");
    EXPECT_EQ(marked(highlighter_for("date:2018").extract("Short note.", 60, {})), "Short note.");
    EXPECT_TRUE(highlighter_for("oil").extract("", 60, {}).empty());
}

TEST(Highlighter, CutsALongSentenceAroundItsFirstMatchAtWords) {
    std::string body;
    for (int i = 0; i < 40; ++i) body += "word" + std::to_string(i) + " ";
    body += "interest and more words after it";
    for (int i = 0; i < 40; ++i) body += " tail" + std::to_string(i);
    const Snippet snippet = highlighter_for("interest").extract(body, 60, {});
    const std::string text = marked(snippet);
    EXPECT_NE(text.find("[interest]"), std::string::npos) << text;
    EXPECT_TRUE(text.starts_with("\xE2\x80\xA6word")) << text;
    EXPECT_TRUE(text.ends_with("\xE2\x80\xA6")) << text;
    EXPECT_LE(snippet.plain_text().size(), 60U + 6U) << text;
}

}  // namespace
}  // namespace dateline::searcher
