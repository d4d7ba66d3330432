// What the words around a name say it is (name_context.hpp, private): the
// credit after it, a kind noun before it, an apposition after it.
#include "name_context.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline::extractor::detail {
namespace {

struct Named {
    std::vector<Token> tokens;
    std::size_t first = 0;  // the name's first token
    std::size_t last = 0;   // one past its last
};

// The tokens of `text` and where `name` (its first occurrence) lies in them.
Named find_name(std::string_view text, std::string_view name) {
    Named out{tokenize(text)};
    const std::size_t begin = text.find(name);
    const std::size_t end = begin + name.size();
    for (std::size_t i = 0; i < out.tokens.size(); ++i) {
        if (out.tokens[i].begin == begin) out.first = i;
        if (out.tokens[i].end == end) out.last = i + 1;
    }
    return out;
}

NamedThing before(std::string_view text, std::string_view name) {
    const Named n = find_name(text, name);
    return kind_before_name(n.tokens, n.first);
}

NamedThing apposition(std::string_view text, std::string_view name) {
    const Named n = find_name(text, name);
    return kind_in_apposition(n.tokens, n.last);
}

NamedThing credit(std::string_view text, std::string_view name) {
    const Named n = find_name(text, name);
    return credited_before_name(n.tokens, n.last);
}

bool officer(std::string_view text, std::string_view name) {
    const Named n = find_name(text, name);
    return officer_after_name(n.tokens, n.last);
}

TEST(NameContext, AnOfficersTitleAfterANameMayHaveModifiers) {
    EXPECT_TRUE(officer("Lib Dem home affairs spokesman Mark Oaten spoke.", "Lib Dem"));
    EXPECT_TRUE(officer("Sinn Fein party leader Gerry Adams spoke.", "Sinn Fein"));
    EXPECT_TRUE(officer("Reagan spokesman Marlin Fitzwater spoke.", "Reagan"));
    // Three modifiers, a verb, a function word, no name after the title.
    EXPECT_FALSE(officer("Labour new home affairs spokesman Smith spoke.", "Labour"));
    EXPECT_FALSE(officer("Smith told coach Bill Jones.", "Smith"));
    EXPECT_FALSE(officer("Smith praised coach Bill Jones.", "Smith"));
    EXPECT_FALSE(officer("Smith and coach Bill Jones won.", "Smith"));
    EXPECT_FALSE(officer("Smith's spokesman said so.", "Smith"));
    EXPECT_FALSE(officer("Smith spokesman said so.", "Smith"));
    EXPECT_FALSE(officer("Jones, spokesman Bill Smith said.", "Jones"));
}

TEST(NameContext, AKindNounBeforeANameSaysWhatItIs) {
    EXPECT_EQ(before("Glasgow band Franz Ferdinand won.", "Franz Ferdinand"),
              NamedThing::Organisation);
    EXPECT_EQ(before("Shares in drug maker Eli Lilly rose.", "Eli Lilly"),
              NamedThing::Organisation);
    EXPECT_EQ(before("The film Vera Drake opened.", "Vera Drake"), NamedThing::Work);
    // Nouns a person is called too, a maker of films, a capitalised word.
    EXPECT_EQ(before("Publisher Robert Maxwell sued.", "Robert Maxwell"), NamedThing::Nobody);
    EXPECT_EQ(before("Real estate developer Donald Trump bid.", "Donald Trump"),
              NamedThing::Nobody);
    EXPECT_EQ(before("The film maker Ken Loach spoke.", "Ken Loach"), NamedThing::Nobody);
    EXPECT_EQ(before("Band Aid raised millions.", "Aid"), NamedThing::Nobody);
    EXPECT_EQ(before("Polls show Smith ahead.", "Smith"), NamedThing::Nobody);
}

TEST(NameContext, AnAppositionHeadedByAKindNounSaysWhatItIs) {
    EXPECT_EQ(apposition("Vera Drake, the latest film from Mike Leigh, won.", "Vera Drake"),
              NamedThing::Work);
    EXPECT_EQ(apposition("Keane, a band from Sussex, played.", "Keane"), NamedThing::Organisation);
    EXPECT_EQ(apposition("Berry, a privately-owned company, said.", "Berry"),
              NamedThing::Organisation);
    // The noun does not end the phrase, or a preposition comes first.
    EXPECT_EQ(apposition("Tom Chaplin, the band's singer, said.", "Tom Chaplin"),
              NamedThing::Nobody);
    EXPECT_EQ(apposition("Paul Smith, a film director, said.", "Paul Smith"), NamedThing::Nobody);
    EXPECT_EQ(apposition("Richard Hughes, a member of the band, agreed.", "Richard Hughes"),
              NamedThing::Nobody);
    EXPECT_EQ(apposition("Keane played, and the band left.", "Keane"), NamedThing::Nobody);
}

TEST(NameContext, ACreditAndANameAfterANameSayWhatItIs) {
    EXPECT_EQ(credit("Vera Drake director Mike Leigh spoke.", "Vera Drake"), NamedThing::Work);
    EXPECT_EQ(credit("Lib Dem leader Charles Kennedy spoke.", "Lib Dem"), NamedThing::Organisation);
    EXPECT_EQ(credit("Reagan spokesman Marlin Fitzwater spoke.", "Reagan"), NamedThing::Nobody);
    // No name after the credit.
    EXPECT_EQ(credit("It was Leigh the director who spoke.", "Leigh"), NamedThing::Nobody);
}

}  // namespace
}  // namespace dateline::extractor::detail
