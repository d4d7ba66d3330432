// Line-ups (line_ups.hpp, private): the spans of a list of names after a
// label become one person each, and lists that are no line-up keep theirs.
#include "line_ups.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline::extractor::detail {
namespace {

// The spans of text as "TYPE:words" strings, in order.
std::vector<std::string> shown(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<EntitySpan>& spans) {
    std::vector<std::string> out;
    for (const EntitySpan& span : spans) {
        const std::size_t begin = tokens[span.first].begin;
        const std::size_t end = tokens[span.last - 1].end;
        const char* type = span.type == EntityType::Person         ? "PER"
                           : span.type == EntityType::Location     ? "LOC"
                           : span.type == EntityType::Organisation ? "ORG"
                                                                   : "MISC";
        out.push_back(std::string(type) + ":" + std::string(text.substr(begin, end - begin)));
    }
    return out;
}

// Spans over the tokens written as "TYPE:word" pairs (one word each).
std::vector<EntitySpan> spans_of(const std::vector<Token>& tokens,
                                 const std::vector<std::pair<std::string, EntityType>>& tagged) {
    std::vector<EntitySpan> spans;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        for (const auto& [word, type] : tagged) {
            if (tokens[i].text == word) spans.push_back({i, i + 1, type});
        }
    }
    return spans;
}

constexpr auto kPer = EntityType::Person;
constexpr auto kLoc = EntityType::Location;
constexpr auto kOrg = EntityType::Organisation;

TEST(LineUps, ItemsAfterALabelBecomePeople) {
    const std::string text =
        "Portsmouth: Hislop, Griffin, Primus, De Zeeuw, Taylor, Hughes. Referee: M Riley.";
    const auto tokens = tokenize(text);
    // As the tagger read it: Griffin and Taylor became places (then towns in
    // Georgia and Michigan), Primus an organisation.
    auto spans = spans_of(tokens, {{"Portsmouth", kOrg},
                                   {"Hislop", kPer},
                                   {"Griffin", kLoc},
                                   {"Primus", kOrg},
                                   {"Taylor", kLoc},
                                   {"Hughes", kPer},
                                   {"Riley", kPer}});
    spans.insert(spans.begin() + 4, EntitySpan{8, 10, kPer});  // "De Zeeuw"
    ASSERT_EQ(shown(text, tokens, spans)[4], "PER:De Zeeuw");
    const auto out = retype_line_ups(tokens, spans);
    EXPECT_EQ(shown(text, tokens, out),
              (std::vector<std::string>{"ORG:Portsmouth", "PER:Hislop", "PER:Griffin", "PER:Primus",
                                        "PER:De Zeeuw", "PER:Taylor", "PER:Hughes", "PER:Riley"}));
}

TEST(LineUps, ListsThatAreNoLineUpKeepTheirSpans) {
    const std::vector<std::string> texts = {
        // No label: a law firm's partners, in prose.
        "He was advised by Paul, Weiss, Rifkind, Wharton and Garrison.",
        // A label, but a list in prose: it ends in "and".
        "Its brands: Frigidaire, Tappan, Kelvinator, Gibson and Vesta.",
        // Places after a label: no people among them.
        "Venues: Paris, London, Berlin, Rome.",
        // Too short to tell.
        "Scorers: Lampard, Drogba, Duff.",
    };
    for (const std::string& text : texts) {
        const auto tokens = tokenize(text);
        const auto spans = spans_of(tokens, {{"Paul", kPer},
                                             {"Weiss", kPer},
                                             {"Rifkind", kOrg},
                                             {"Frigidaire", kPer},
                                             {"Tappan", kPer},
                                             {"Kelvinator", kOrg},
                                             {"Paris", kLoc},
                                             {"London", kLoc},
                                             {"Berlin", kLoc},
                                             {"Rome", kLoc},
                                             {"Lampard", kOrg},
                                             {"Drogba", kPer},
                                             {"Duff", kLoc}});
        EXPECT_EQ(retype_line_ups(tokens, spans), spans) << text;
    }
}

TEST(LineUps, ASpanOverSeveralItemsBecomesOnePersonEach) {
    const std::string text = "Subs: Cudicini, Johnson, Tiago, Jarosik, Kezman.";
    const auto tokens = tokenize(text);
    // "Tiago, Jarosik" read as one place, as "Cairo, Ill." is.
    const std::vector<EntitySpan> spans = {
        {2, 3, kOrg}, {4, 5, kPer}, {6, 9, kLoc}, {10, 11, kPer}};
    ASSERT_EQ(shown(text, tokens, spans)[2], "LOC:Tiago, Jarosik");
    EXPECT_EQ(shown(text, tokens, retype_line_ups(tokens, spans)),
              (std::vector<std::string>{"PER:Cudicini", "PER:Johnson", "PER:Tiago", "PER:Jarosik",
                                        "PER:Kezman"}));
}

}  // namespace
}  // namespace dateline::extractor::detail
