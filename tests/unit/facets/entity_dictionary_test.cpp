// EntityDictionary: distinct (key, name) pairs numbered in the order first met.

#include "dateline/facets/entity_dictionary.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using dateline::facets::EntityDictionary;

TEST(EntityDictionary, NumbersDistinctPairsInTheOrderFirstMet) {
    EntityDictionary pairs;
    EXPECT_EQ(pairs.size(), 0U);
    EXPECT_EQ(pairs.add("fed", "Fed"), 0U);
    EXPECT_EQ(pairs.add("fed", "FED"), 1U);  // another name of the same key
    EXPECT_EQ(pairs.add("federal-reserve", "Fed"), 2U);
    EXPECT_EQ(pairs.add("fed", "Fed"), 0U);
    EXPECT_EQ(pairs.add("", ""), 3U);  // empty strings are strings like any other
    EXPECT_EQ(pairs.add("", ""), 3U);
    EXPECT_EQ(pairs.size(), 4U);
    EXPECT_EQ(pairs.key(1), "fed");
    EXPECT_EQ(pairs.name(1), "FED");
    EXPECT_EQ(pairs.key(2), "federal-reserve");
    EXPECT_EQ(pairs.name(2), "Fed");
    EXPECT_EQ(pairs.key(3), "");
    EXPECT_EQ(pairs.name(3), "");
}

TEST(EntityDictionary, TellsApartWhereKeyEndsAndNameStarts) {
    // The same bytes back to back, split differently, are other pairs.
    EntityDictionary pairs;
    const std::uint32_t a = pairs.add("ab", "c");
    const std::uint32_t b = pairs.add("a", "bc");
    const std::uint32_t c = pairs.add("abc", "");
    const std::uint32_t d = pairs.add("", "abc");
    const std::uint32_t e = pairs.add(std::string("a\0b", 3), "c");
    EXPECT_EQ(pairs.size(), 5U);
    EXPECT_NE(a, b);
    EXPECT_NE(a, c);
    EXPECT_NE(c, d);
    EXPECT_EQ(pairs.key(b), "a");
    EXPECT_EQ(pairs.name(b), "bc");
    EXPECT_EQ(pairs.name(c), "");
    EXPECT_EQ(pairs.key(d), "");
    EXPECT_EQ(pairs.key(e), std::string("a\0b", 3));
    EXPECT_EQ(pairs.add("a", "bc"), b);
}

TEST(EntityDictionary, KeepsEveryPairAcrossGrowth) {
    // Past many doublings of the table and of the text buffer.
    EntityDictionary pairs;
    std::vector<std::pair<std::string, std::string>> added;
    for (int i = 0; i < 20000; ++i) {
        const std::string key = "org-" + std::to_string(i * 7919 % 100003);
        added.emplace_back(key, "Org " + std::to_string(i % 3));
    }
    for (std::size_t i = 0; i < added.size(); ++i)
        EXPECT_EQ(pairs.add(added[i].first, added[i].second), static_cast<std::uint32_t>(i));
    ASSERT_EQ(pairs.size(), added.size());
    for (std::size_t i = 0; i < added.size(); ++i) {
        const auto number = static_cast<std::uint32_t>(i);
        EXPECT_EQ(pairs.key(number), added[i].first);
        EXPECT_EQ(pairs.name(number), added[i].second);
        EXPECT_EQ(pairs.add(added[i].first, added[i].second), number);
    }
    EXPECT_EQ(pairs.size(), added.size());
}

}  // namespace
