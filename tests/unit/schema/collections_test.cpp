#include "dateline/schema/collections.hpp"

#include <gtest/gtest.h>

namespace dateline::schema {
namespace {

TEST(Collections, RoundTripTheirRecord) {
    const Collection seed{"seed", "/srv/news archive/seed", true, 1764878400, false};
    EXPECT_EQ(encode_collection(seed), "1 1764878400 /srv/news archive/seed");
    EXPECT_EQ(decode_collection("seed", encode_collection(seed)), seed);
    for (const char* bad : {"", "1", "2 5 /x", "1 x /x", "1 5", "1 5 "}) {
        EXPECT_FALSE(decode_collection("k", bad)) << bad;
    }
}

TEST(Collections, ASourceBelongsToTheCollectionItsQualifierNames) {
    const std::vector<Collection> collections{{"corpus", "/data/corpus", false, 0, false},
                                              {"seed", "/data/seed", true, 0, false}};
    EXPECT_EQ(owner_of(collections, "2019/a.txt")->key, "corpus");
    EXPECT_EQ(owner_of(collections, "seed:2019/a.txt")->key, "seed");
    EXPECT_EQ(source_file(collections, "seed:2019/a.txt"), "/data/seed/2019/a.txt");
    EXPECT_EQ(source_file(collections, "2019/a.txt"), "/data/corpus/2019/a.txt");
    EXPECT_EQ(owner_of({}, "2019/a.txt"), nullptr);
    EXPECT_FALSE(source_file({}, "2019/a.txt"));
}

}  // namespace
}  // namespace dateline::schema
