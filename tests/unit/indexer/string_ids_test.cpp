// StringIds: distinct strings numbered in the order first seen.

#include "dateline/indexer/string_ids.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using dateline::indexer::StringIds;

TEST(StringIds, NumbersDistinctStringsInTheOrderFirstSeen) {
    StringIds ids;
    EXPECT_EQ(ids.size(), 0U);
    EXPECT_EQ(ids.add("fed"), 0U);
    EXPECT_EQ(ids.add("federal-reserve"), 1U);
    EXPECT_EQ(ids.add("fed"), 0U);
    EXPECT_EQ(ids.add(""), 2U);  // the empty string is a string like any other
    EXPECT_EQ(ids.add(""), 2U);
    EXPECT_EQ(ids.size(), 3U);
    EXPECT_EQ(ids.text(0), "fed");
    EXPECT_EQ(ids.text(1), "federal-reserve");
    EXPECT_EQ(ids.text(2), "");
}

TEST(StringIds, KeepsEveryStringAcrossGrowth) {
    // Past many doublings of the table and of the text buffer.
    StringIds ids;
    std::vector<std::string> added;
    for (int i = 0; i < 20000; ++i) added.push_back("org-" + std::to_string(i * 7919 % 100003));
    for (std::size_t i = 0; i < added.size(); ++i)
        EXPECT_EQ(ids.add(added[i]), static_cast<std::uint32_t>(i));
    ASSERT_EQ(ids.size(), added.size());
    for (std::size_t i = 0; i < added.size(); ++i) {
        EXPECT_EQ(ids.text(static_cast<std::uint32_t>(i)), added[i]);
        EXPECT_EQ(ids.add(added[i]), static_cast<std::uint32_t>(i));
    }
    EXPECT_EQ(ids.size(), added.size());
}

TEST(StringIds, TellsApartPrefixesAndBytes) {
    StringIds ids;
    const std::uint32_t a = ids.add("ab");
    const std::uint32_t b = ids.add("abc");
    const std::uint32_t c = ids.add(std::string("a\0b", 3));
    const std::uint32_t d = ids.add("a");
    EXPECT_NE(a, b);
    EXPECT_NE(a, c);
    EXPECT_NE(a, d);
    EXPECT_EQ(ids.text(c), std::string("a\0b", 3));
    EXPECT_EQ(ids.size(), 4U);
}

TEST(StringIds, FindsOnlyWhatWasAddedAndAddsNothing) {
    StringIds ids;
    EXPECT_EQ(ids.find("reut2-000.sgm:1"), std::nullopt);  // before any add
    for (int i = 0; i < 1000; ++i) ids.add("synth-1-" + std::to_string(i));
    EXPECT_EQ(ids.find("synth-1-0"), 0U);
    EXPECT_EQ(ids.find("synth-1-999"), 999U);
    EXPECT_EQ(ids.find("synth-1-1000"), std::nullopt);
    EXPECT_EQ(ids.find("synth-1-"), std::nullopt);
    EXPECT_EQ(ids.size(), 1000U);
}

}  // namespace
