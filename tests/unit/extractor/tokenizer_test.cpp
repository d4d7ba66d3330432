#include "dateline/extractor/tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline::extractor {
namespace {

std::vector<std::string> texts(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text)) out.emplace_back(t.text);
    return out;
}

struct TokenCase {
    const char* text;
    std::vector<std::string> tokens;
};

TEST(Tokenizer, Table) {
    const std::vector<TokenCase> cases = {
        {"U.S. troops", {"U.S.", "troops"}},
        {"the U.S.A. and U.K.", {"the", "U.S.A.", "and", "U.K."}},
        {"on Jan. 3, 2021", {"on", "Jan.", "3", ",", "2021"}},
        {"Abu Mahdi al-Muhandis", {"Abu", "Mahdi", "al-Muhandis"}},
        {"Trump's presidency", {"Trump", "'s", "presidency"}},
        {"Trump\xE2\x80\x99s presidency", {"Trump", "\xE2\x80\x99s", "presidency"}},
        {"the Smiths' house", {"the", "Smiths", "'", "house"}},
        {"don't go", {"do", "n't", "go"}},
        {"Martin O'Neill said", {"Martin", "O'Neill", "said"}},
        {"\"martyrs\" and", {"\"", "martyrs", "\"", "and"}},
        {"1,000 people, 3.5 pct at 10:30", {"1,000", "people", ",", "3.5", "pct", "at", "10:30"}},
        {"The Hashed -- factions", {"The", "Hashed", "--", "factions"}},
        {"war \xE2\x80\x94 peace", {"war", "\xE2\x80\x94", "peace"}},
        {"BAGHDAD, Jan 3 (Reuters) - Iraq",
         {"BAGHDAD", ",", "Jan", "3", "(", "Reuters", ")", "-", "Iraq"}},
        {"B-52 bombers, decades-old foe", {"B-52", "bombers", ",", "decades-old", "foe"}},
        {"1996-08-22", {"1996-08-22"}},
        {"Mr. Smith and Dr. Jones", {"Mr.", "Smith", "and", "Dr.", "Jones"}},
        {"George W. Bush", {"George", "W.", "Bush"}},
        {"Wait... what?", {"Wait", "...", "what", "?"}},
        {"In Pics | A year", {"In", "Pics", "|", "A", "year"}},
        {"Jos\xC3\xA9 Mart\xC3\xAD", {"Jos\xC3\xA9", "Mart\xC3\xAD"}},
        {"end.", {"end", "."}},
        {"", {}},
    };
    for (const TokenCase& c : cases) {
        EXPECT_EQ(texts(c.text), c.tokens) << "text: " << c.text;
    }
}

TEST(Tokenizer, OffsetsPointIntoTheText) {
    const std::string text = "  Trump's  U.S. visit\n";
    for (const Token& t : tokenize(text)) {
        EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
    }
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4U);
    EXPECT_EQ(tokens[0].begin, 2U);
    EXPECT_EQ(tokens[1].begin, 7U);
    EXPECT_EQ(tokens[2].begin, 11U);
}

}  // namespace
}  // namespace dateline::extractor
