// The tagger's spans mended before EntityFinder reads them (span_repairs.hpp,
// private).
#include "span_repairs.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dateline::extractor::detail {
namespace {

using Type = EntityType;

// The first token index of `word` in `tokens`.
std::size_t at(const std::vector<Token>& tokens, std::string_view word) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].text == word) return i;
    }
    ADD_FAILURE() << word << " is no token";
    return 0;
}

TEST(SpanRepairs, CutsASpanAtATitleWordAndMakesTheRestAPerson) {
    const auto tokens = tokenize("Revolutionary Guards chief Hossein Salami spoke.");
    const auto spans = repair_spans(tokens, {{0, at(tokens, "spoke"), Type::Organisation}});
    const std::vector<EntitySpan> expected = {
        {0, at(tokens, "chief"), Type::Organisation},
        {at(tokens, "Hossein"), at(tokens, "spoke"), Type::Person}};
    EXPECT_EQ(spans, expected);
}

TEST(SpanRepairs, APersonEndingInAPlaceNounIsAPlace) {
    const auto tokens = tokenize("Crowds filled Tahrir Square again.");
    const std::size_t first = at(tokens, "Tahrir");
    const auto spans = repair_spans(tokens, {{first, first + 2, Type::Person}});
    ASSERT_EQ(spans.size(), 1U);
    EXPECT_EQ(spans[0].type, Type::Location);
}

TEST(SpanRepairs, JoinsTouchingPeopleAndAnArabicArticleAfterAName) {
    const auto tokens = tokenize("Prime Minister Mustafa al-Kadhemi met Abu Mahdi al-Muhandis.");
    const std::size_t mustafa = at(tokens, "Mustafa");
    const std::size_t abu = at(tokens, "Abu");
    const auto spans = repair_spans(tokens, {{mustafa, mustafa + 1, Type::Person},
                                             {abu, abu + 1, Type::Person},
                                             {abu + 1, abu + 3, Type::Person}});
    const std::vector<EntitySpan> expected = {{mustafa, mustafa + 2, Type::Person},
                                              {abu, abu + 3, Type::Person}};
    EXPECT_EQ(spans, expected);
}

TEST(SpanRepairs, JoinsAnOrganisationCutAtFor) {
    const auto tokens = tokenize("He spoke to the non-profit Cinema for Peace Foundation.");
    const std::size_t peace = at(tokens, "Peace");
    const auto spans = join_names_at_for_on(
        tokens, {{peace, peace + 2, Type::Organisation}},
        [](std::string_view word) { return word == "Cinema"; },
        [](std::string_view) { return false; });
    const std::vector<EntitySpan> expected = {
        {at(tokens, "Cinema"), peace + 2, Type::Organisation}};
    EXPECT_EQ(spans, expected);
}

TEST(SpanRepairs, NeverJoinsAcrossAWeekday) {
    const auto tokens = tokenize("He told the Commission on Monday that Senate Committee met.");
    const std::size_t commission = at(tokens, "Commission");
    const std::vector<EntitySpan> input = {{commission, commission + 1, Type::Organisation}};
    const auto spans = join_names_at_for_on(
        tokens, input, [](std::string_view) { return true; },
        [](std::string_view) { return false; });
    EXPECT_EQ(spans, input);
}

}  // namespace
}  // namespace dateline::extractor::detail
