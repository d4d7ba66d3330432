#include "dateline/schema/entity.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// The tagger's gazetteer match (extractor/src/features.cpp) relies on it:
// the key of words joined by spaces is their keys joined by '-', the empty
// ones left out, whatever the words hold (punctuation, apostrophes,
// non-Latin letters, broken UTF-8).
TEST(CanonicalKey, OfWordsJoinedIsTheirKeysJoined) {
    const std::vector<std::vector<std::string>> phrases = {
        {"New", "York"},
        {"Paris", ","},
        {"St.", "Louis"},
        {"U.S.", "-", "based"},
        {"O'Neill", "'s"},
        {"(", "Reuters", ")"},
        {"Abu", "Mahdi", "al-", "-Muhandis"},
        {"Москва", "\xC3", "\xA9t\xC3\xA9"},
        {"Fran\xC3", "\xA7ois"},
        {"...", "--", "Sa\xC3\xB3", "Paulo", "."},
        {"_x_", "Y_"},
    };
    for (const auto& words : phrases) {
        std::string spaced;
        std::string joined;
        for (const std::string& word : words) {
            if (!spaced.empty()) spaced += ' ';
            spaced += word;
            const std::string key = canonical_key(word);
            if (key.empty()) continue;
            if (!joined.empty()) joined += '-';
            joined += key;
        }
        EXPECT_EQ(canonical_key(spaced), joined) << spaced;
    }
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
