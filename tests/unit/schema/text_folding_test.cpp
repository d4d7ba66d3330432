// Accent folding as a table: text -> the text the term generator is given.

#include "dateline/schema/text_folding.hpp"

#include <gtest/gtest.h>

#include "dateline/schema/entity.hpp"

namespace dateline::schema {
namespace {

struct FoldCase {
    const char* text;
    const char* folded;
};

// clang-format off
constexpr FoldCase kCases[] = {
    {"Mart\xC3\xADnez", "Martinez"},
    {"S\xC3\xB8rensen", "Sorensen"},
    {"Atl\xC3\xA9tico de Madrid", "Atletico de Madrid"},
    {"\xC3\x89LYS\xC3\x89" "E", "ELYSEE"},               // case is kept
    {"\xC5\x81\xC3\xB3" "d\xC5\xBA", "Lodz"},            // Extended-A
    {"Stra\xC3\x9F" "e", "Strase"},                      // as canonical_key folds it
    {"2 \xC3\x97 3", "2 \xC3\x97 3"},                    // the multiplication sign is no letter
    {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // Cyrillic kept
    {"caf\xE9 latin-1 byte", "caf\xE9 latin-1 byte"},     // invalid UTF-8 kept byte for byte
    {"plain ASCII, unchanged.", "plain ASCII, unchanged."},
    {"", ""},
};
// clang-format on

TEST(TextFolding, FoldsLatinLettersKeepingCaseAndEverythingElse) {
    for (const auto& c : kCases) EXPECT_EQ(fold_accents(c.text), c.folded) << c.text;
}

TEST(TextFolding, AgreesWithCanonicalKeys) {
    // person: values fold through canonical_key; free text through
    // fold_accents. Both must give the same letters.
    for (const char* name : {"Jos\xC3\xA9 Mart\xC3\xADnez", "Lars S\xC3\xB8rensen",
                             "\xC5\x81\xC3\xB3"
                             "d\xC5\xBA"}) {
        EXPECT_EQ(canonical_key(fold_accents(name)), canonical_key(name)) << name;
    }
}

}  // namespace
}  // namespace dateline::schema
