#include "dateline/schema/entity.hpp"

#include <gtest/gtest.h>

namespace dateline::schema {
namespace {

TEST(CanonicalKey, FoldsCaseAccentsAndPunctuation) {
    struct Case {
        const char* name;
        const char* key;
    };
    const Case cases[] = {
        {"Paul Volcker", "paul-volcker"},
        {"  PAUL   volcker ", "paul-volcker"},
        {"west-germany", "west-germany"},
        {"West Germany", "west-germany"},
        {"Jacques de Larosière", "jacques-de-larosiere"},
        {"José Martí", "jose-marti"},
        {"Ingrid Sørensen", "ingrid-sorensen"},
        {"Łódź", "lodz"},
        {"O'Neill", "oneill"},
        {"O\u2019Neill", "oneill"},
        {"Abu Mahdi al-Muhandis", "abu-mahdi-al-muhandis"},
        {"U.S.", "u-s"},
        {"Москва", "москва"},
        {"...", ""},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(canonical_key(c.name), c.key) << c.name;
}

TEST(PersonTerms, CoverCodeFullNameAndEachWord) {
    const Entity volcker{"volcker", "Paul Volcker"};
    EXPECT_EQ(person_terms(volcker), (std::vector<std::string>{"volcker", "paul-volcker", "paul"}));
    const Entity larosiere{"de-larosiere", "Jacques de Larosiere"};
    EXPECT_EQ(
        person_terms(larosiere),
        (std::vector<std::string>{"de-larosiere", "jacques-de-larosiere", "jacques", "larosiere"}));
}

TEST(WholeNameTerms, KeepMultiWordNamesWhole) {
    const Entity gm{"gm", "General Motors"};
    EXPECT_EQ(whole_name_terms(gm), (std::vector<std::string>{"gm", "general-motors"}));
    const Entity opec{"opec", "OPEC"};
    EXPECT_EQ(whole_name_terms(opec), (std::vector<std::string>{"opec"}));
}

TEST(EntityEncoding, RoundTrips) {
    const std::vector<Entity> entities{
        {"volcker", "Paul Volcker"}, {"west-germany", "West Germany"}, {"x", "Ünïcödé name"}};
    EXPECT_EQ(decode_entities(encode_entities(entities)), entities);
    EXPECT_TRUE(decode_entities("").empty());
    EXPECT_TRUE(encode_entities({}).empty());
}

TEST(EntityEncoding, SkipsMalformedRecords) {
    const std::string encoded = std::string("nokey") + '\x1E' + "k" + '\x1F' + "Name";
    EXPECT_EQ(decode_entities(encoded), (std::vector<Entity>{{"k", "Name"}}));
}

}  // namespace
}  // namespace dateline::schema
