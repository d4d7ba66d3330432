// is_list_separator() and mark_place_lists(): which place mentions are items
// of one list ("Idaho, Michigan and Washington"), for the resolver's rule that
// a name in a list of a country's regions is the region.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dateline/extractor/place_resolver.hpp"

namespace dateline::extractor {
namespace {

TEST(IsListSeparator, CommasAndConjunctions) {
    EXPECT_TRUE(is_list_separator(", "));
    EXPECT_TRUE(is_list_separator(" and "));
    EXPECT_TRUE(is_list_separator(", and "));
    EXPECT_TRUE(is_list_separator(" or "));
    EXPECT_TRUE(is_list_separator(",\n"));
}

TEST(IsListSeparator, OtherWordsAreNoList) {
    EXPECT_FALSE(is_list_separator(" "));
    EXPECT_FALSE(is_list_separator(""));
    EXPECT_FALSE(is_list_separator(" in "));
    EXPECT_FALSE(is_list_separator(" to "));
    EXPECT_FALSE(is_list_separator(" android "));
    EXPECT_FALSE(is_list_separator(" order "));
    EXPECT_FALSE(is_list_separator(" and then "));
}

PlaceMentionInput at(const std::string& text, const std::string& written) {
    const std::size_t begin = text.find(written);
    return {written, begin, begin + written.size(), PlaceSource::Tagged, {}};
}

TEST(MarkPlaceLists, NeighboursJoinedBySeparatorsShareAList) {
    const std::string text = "Primaries in Idaho, Michigan and Washington. Talks in Paris ended.";
    std::vector<PlaceMentionInput> mentions{at(text, "Washington"), at(text, "Idaho"),
                                            at(text, "Michigan"), at(text, "Paris")};
    mark_place_lists(text, mentions);
    EXPECT_NE(mentions[0].list, 0U);
    EXPECT_EQ(mentions[1].list, mentions[0].list);
    EXPECT_EQ(mentions[2].list, mentions[0].list);
    EXPECT_EQ(mentions[3].list, 0U);
}

TEST(MarkPlaceLists, TwoListsGetTwoNumbers) {
    const std::string text = "Ohio and Utah voted; Lyon, Nice and Metz did not.";
    std::vector<PlaceMentionInput> mentions{at(text, "Ohio"), at(text, "Utah"), at(text, "Lyon"),
                                            at(text, "Nice"), at(text, "Metz")};
    mark_place_lists(text, mentions);
    EXPECT_EQ(mentions[0].list, mentions[1].list);
    EXPECT_EQ(mentions[2].list, mentions[4].list);
    EXPECT_NE(mentions[0].list, mentions[2].list);
    EXPECT_NE(mentions[0].list, 0U);
}

TEST(MarkPlaceLists, EvidenceIsNoItem) {
    const std::string text = "Spanish, Portugal";
    std::vector<PlaceMentionInput> mentions{at(text, "Spanish"), at(text, "Portugal")};
    mentions[0].source = PlaceSource::Evidence;
    mark_place_lists(text, mentions);
    EXPECT_EQ(mentions[0].list, 0U);
    EXPECT_EQ(mentions[1].list, 0U);
}

}  // namespace
}  // namespace dateline::extractor
