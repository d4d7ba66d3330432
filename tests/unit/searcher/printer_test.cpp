// The text and JSON printers, colour choice and snippet splitting, on
// hand-made SearchResults.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dateline/schema/fields.hpp"
#include "dateline/searcher/color.hpp"
#include "dateline/searcher/json_printer.hpp"
#include "dateline/searcher/snippet.hpp"
#include "dateline/searcher/text_printer.hpp"
#include "test_index.hpp"

namespace dateline::searcher {
namespace {

SearchResult sample_result() {
    SearchResult result;
    result.query = "oil person:volcker";
    result.corrected_query = "oil person:volcker";
    result.total = 12;
    Hit hit;
    hit.rank = 1;
    hit.id = "reuters-7";
    hit.date = schema::Date::from_iso("1987-03-02");
    hit.title = "Volcker on oil";
    hit.title_parts.parts = {{"Volcker on ", false}, {"oil", true}};
    hit.people = {{"paul-volcker", "Paul Volcker"}};
    hit.places = {{"usa", "USA"}, {"west-germany", "West Germany"}};
    hit.orgs = {{"opec", "OPEC"}};
    hit.score = 1.5;
    hit.snippet.parts = {{"Crude ", false}, {"oil", true}, {" rose <sharply> & fast", false}};
    hit.source = "reut2-000.sgm:120";
    result.hits.push_back(hit);
    Hit undated;
    undated.rank = 2;
    undated.id = "note";
    undated.title = "Note";
    undated.url = "https://example.org/n";
    result.hits.push_back(undated);
    result.facets.push_back(
        Facet{test::facet("person"),
              {{"paul-volcker", "Paul Volcker", 9}, {"james-baker", "James Baker", 3}},
              5});
    result.facets.push_back(Facet{
        test::facet("date:month"), {{"1987-02", "1987-02", 2}, {"1987-03", "1987-03", 8}}, 2});
    return result;
}

std::string text(const SearchResult& result, bool color) {
    std::ostringstream out;
    TextPrintOptions options;
    options.color = color;
    options.bar_width = 8;
    print_text(out, result, options);
    return out.str();
}

TEST(TextPrinter, PlainOutputHasNoEscapes) {
    const std::string out = text(sample_result(), false);
    EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
    EXPECT_NE(out.find("  1. 1987-03-02  Volcker on oil\n"), std::string::npos) << out;
    EXPECT_NE(out.find("    people: Paul Volcker  places: USA, West Germany  orgs: OPEC\n"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("    id: reuters-7  source: reut2-000.sgm:120\n"), std::string::npos);
    EXPECT_NE(out.find("    Crude oil rose <sharply> & fast\n"), std::string::npos) << out;
    EXPECT_NE(out.find("  2. (no date)  Note\n"), std::string::npos) << out;
    EXPECT_NE(out.find("Did you mean: oil person:volcker?"), std::string::npos);
    EXPECT_NE(out.find("12 articles match; showing 1-2."), std::string::npos) << out;
    EXPECT_NE(out.find("person (top 2 of 5)\n  9  Paul Volcker\n  3  James Baker\n"),
              std::string::npos)
        << out;
}

TEST(TextPrinter, DateFacetIsATimelineScaledToTheLargestBucket) {
    const std::string out = text(sample_result(), false);
    // bar_width 8: 8 -> 8 full blocks; 2 -> 2 full blocks.
    EXPECT_NE(out.find("date (by month)\n"
                       "  1987-02    ██ 2\n"
                       "  1987-03    ████████ 8\n"),
              std::string::npos)
        << out;
}

TEST(TextPrinter, ColourMarksMatchesOnlyWhenOn) {
    const std::string out = text(sample_result(), true);
    EXPECT_NE(out.find("Crude \x1b[1;31moil\x1b[0m rose"), std::string::npos) << out;
    // A match in the title is marked there too, the rest of it bold.
    EXPECT_NE(out.find("\x1b[1mVolcker on \x1b[0m\x1b[1;31moil\x1b[0m"), std::string::npos) << out;
    EXPECT_NE(out.find("\x1b[1mNote\x1b[0m"), std::string::npos) << out;
}

TEST(TextPrinter, TotalAgreesWithTheCount) {
    SearchResult result = sample_result();
    result.total = 1;
    result.hits.resize(1);
    EXPECT_NE(text(result, false).find("\n1 article matches; showing 1-1.\n"), std::string::npos)
        << text(result, false);
    result.hits.clear();
    EXPECT_NE(text(result, false).find("\n1 article matches; none on this page.\n"),
              std::string::npos)
        << text(result, false);
}

// One hit with a long snippet and many people, printed `width` columns wide.
std::string crowded_hit(std::size_t width, bool color = false) {
    SearchResult result;
    result.total = 1;
    Hit hit;
    hit.rank = 1;
    hit.id = "a";
    hit.title = "Rates";
    hit.people = {{"a", "Maria Keller"}, {"b", "Tomás Ortega"}, {"c", "Paul Volcker"},
                  {"d", "James Baker"},  {"e", "Ann Lee"},      {"f", "Bo Chen"}};
    hit.places = {{"m", "Madrid"}};
    hit.snippet.parts = {{"The central bank cut ", false},
                         {"interest", true},
                         {" rates by a quarter of a point on Thursday, its first cut in five "
                          "years.",
                          false}};
    result.hits.push_back(hit);
    std::ostringstream out;
    TextPrintOptions options;
    options.color = color;
    options.width = width;
    print_text(out, result, options);
    return out.str();
}

TEST(TextPrinter, SnippetsWrapAtSpacesToTheWidth) {
    const std::string out = crowded_hit(40);
    // Never inside a word (a terminal would break "i/nterest"), each line
    // indented like the first, none wider than 40 columns.
    EXPECT_NE(out.find("    The central bank cut interest rates\n"
                       "    by a quarter of a point on Thursday,\n"
                       "    its first cut in five years.\n"),
              std::string::npos)
        << out;
    // Colour does not count as width.
    EXPECT_NE(crowded_hit(40, true).find("    The central bank cut \x1b[1;31minterest\x1b[0m "
                                         "rates\n    by a quarter"),
              std::string::npos)
        << crowded_hit(40, true);
}

TEST(TextPrinter, WidthZeroMeansNoWrappingAndNoCutting) {
    const std::string out = crowded_hit(0);
    EXPECT_NE(out.find("    The central bank cut interest rates by a quarter of a point on "
                       "Thursday, its first cut in five years.\n"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("    people: Maria Keller, Tomás Ortega, Paul Volcker, James Baker, Ann "
                       "Lee, Bo Chen  places: Madrid\n"),
              std::string::npos)
        << out;
}

TEST(TextPrinter, NameListsAreCutToOneLine) {
    // 80 columns: the short list of places whole, the people cut, and said.
    const std::string out = crowded_hit(80);
    EXPECT_NE(out.find("    people: Maria Keller, Tomás Ortega, Paul Volcker +3 more  places: "
                       "Madrid\n"),
              std::string::npos)
        << out;
    // Very narrow: still the first name of each list, on one line.
    EXPECT_NE(crowded_hit(20).find("    people: Maria Keller +5 more  places: Madrid\n"),
              std::string::npos)
        << crowded_hit(20);
}

TEST(TextPrinter, KwicWithoutMarkedWordsCountsInGoodEnglish) {
    KwicResult result;
    result.query = "person:keller";
    result.total = 1;
    result.articles = 1;
    std::ostringstream one;
    print_text(one, result, TextPrintOptions{});
    EXPECT_EQ(one.str(),
              "1 article matches, but the query marks no words in it (it has only filters?).\n");
    result.total = 2;
    std::ostringstream two;
    print_text(two, result, TextPrintOptions{});
    EXPECT_EQ(two.str(),
              "2 articles match, but the query marks no words in them (it has only filters?).\n");
}

TEST(TextPrinter, NoMatches) {
    SearchResult result;
    result.query = "platypus";
    EXPECT_EQ(text(result, false), "No articles match.\n");
}

TEST(JsonPrinter, WritesTheDocumentedObject) {
    std::ostringstream out;
    print_json(out, sample_result());
    const std::string line = out.str();
    ASSERT_FALSE(line.empty());
    EXPECT_EQ(line.back(), '\n');
    EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line";
    const auto json = nlohmann::json::parse(line);
    const auto expected = nlohmann::json::parse(R"({
        "format_version": 1,
        "query": "oil person:volcker",
        "total": 12,
        "corrected_query": "oil person:volcker",
        "hits": [
            {"rank": 1, "id": "reuters-7", "date": "1987-03-02", "title": "Volcker on oil",
             "title_parts": [{"text": "Volcker on ", "highlight": false},
                             {"text": "oil", "highlight": true}],
             "people": ["Paul Volcker"], "places": ["USA", "West Germany"], "orgs": ["OPEC"],
             "score": 1.5,
             "snippet": [{"text": "Crude ", "highlight": false},
                         {"text": "oil", "highlight": true},
                         {"text": " rose <sharply> & fast", "highlight": false}],
             "source": "reut2-000.sgm:120", "url": null},
            {"rank": 2, "id": "note", "date": null, "title": "Note", "title_parts": [],
             "people": [], "places": [], "orgs": [], "score": 0.0, "snippet": [], "source": "",
             "url": "https://example.org/n"}
        ],
        "facets": {
            "person": [{"key": "paul-volcker", "name": "Paul Volcker", "count": 9},
                       {"key": "james-baker", "name": "James Baker", "count": 3}],
            "date": [{"key": "1987-02", "name": "1987-02", "count": 2},
                     {"key": "1987-03", "name": "1987-03", "count": 8}]
        }
    })");
    EXPECT_EQ(json, expected) << json.dump(2);
    EXPECT_EQ(line.rfind("{\"format_version\":1,", 0), 0U) << "format_version first";
}

TEST(JsonPrinter, OmitsEmptySuggestionAndSurvivesBadUtf8) {
    SearchResult result;
    result.query = "caf\xE9";  // Latin-1, not UTF-8
    std::ostringstream out;
    print_json(out, result);
    const auto json = nlohmann::json::parse(out.str());
    EXPECT_FALSE(json.contains("corrected_query"));
    EXPECT_EQ(json["query"], "caf\xEF\xBF\xBD");
    EXPECT_EQ(json["hits"], nlohmann::json::array());
    EXPECT_EQ(json["facets"], nlohmann::json::object());
}

struct ColorCase {
    ColorMode mode;
    bool terminal;
    const char* term;
    const char* no_color;
    bool expected;
};

TEST(Color, AutoNeedsATerminalThatCanShowIt) {
    const ColorCase cases[] = {
        {ColorMode::Auto, true, "xterm", nullptr, true},
        {ColorMode::Auto, false, "xterm", nullptr, false},
        {ColorMode::Auto, true, "dumb", nullptr, false},
        {ColorMode::Auto, true, nullptr, nullptr, false},
        {ColorMode::Auto, true, "xterm", "1", false},
        {ColorMode::Auto, true, "xterm", "", true},
        {ColorMode::Always, false, nullptr, "1", true},
        {ColorMode::Never, true, "xterm", nullptr, false},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(use_color(c.mode, c.terminal, c.term, c.no_color), c.expected)
            << static_cast<int>(c.mode) << " " << c.terminal << " " << (c.term ? c.term : "-");
    }
    EXPECT_EQ(parse_color_mode("always"), ColorMode::Always);
    EXPECT_FALSE(parse_color_mode("yes").has_value());
}

TEST(SearchRequest, ParsesFacetsAndSortOrders) {
    const schema::FieldSpec* date = schema::find_query_field("date");
    for (const char* entity : {"person", "place", "org"}) {
        const auto request = parse_facet_request(entity);
        ASSERT_TRUE(request.has_value()) << entity;
        EXPECT_EQ(request->field, schema::find_query_field(entity));
        EXPECT_EQ(request->field->role, schema::FieldRole::Entity);
        EXPECT_EQ(facet_name(request->field), entity);
    }
    EXPECT_EQ(parse_facet_request("date"), (FacetRequest{date, DateGranularity::Month}));
    EXPECT_EQ(parse_facet_request("date:month"), (FacetRequest{date, DateGranularity::Month}));
    EXPECT_EQ(parse_facet_request("date:year"), (FacetRequest{date, DateGranularity::Year}));
    EXPECT_EQ(parse_facet_request("date:day"), (FacetRequest{date, DateGranularity::Day}));
    EXPECT_EQ(parse_facet_request("date:week"), (FacetRequest{date, DateGranularity::Week}));
    EXPECT_FALSE(parse_facet_request("date:months").has_value());
    EXPECT_FALSE(parse_facet_request("date:").has_value());
    EXPECT_FALSE(parse_facet_request("person:x").has_value());
    EXPECT_FALSE(parse_facet_request("people").has_value());  // the field, not its query name
    // Queryable but not facetable: no slot to count.
    EXPECT_FALSE(parse_facet_request("title").has_value());
    EXPECT_FALSE(parse_facet_request("id").has_value());
    EXPECT_EQ(parse_sort_order("-date"), SortOrder::DateDesc);
    EXPECT_FALSE(parse_sort_order("newest").has_value());
}

}  // namespace
}  // namespace dateline::searcher
