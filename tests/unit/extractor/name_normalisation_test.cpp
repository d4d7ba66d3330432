#include "dateline/extractor/name_normalisation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace dateline::extractor {
namespace {

std::string clean_person(std::string_view text) {
    const auto tokens = tokenize(text);
    return display_name(text, tokens, clean_person_words(tokens));
}

std::string clean_place(std::string_view text) {
    const auto tokens = tokenize(text);
    return display_name(text, tokens, clean_place_words(tokens));
}

TEST(NameNormalisation, PersonTable) {
    const struct {
        const char* mention;
        const char* name;
    } cases[] = {
        {"President Donald Trump", "Donald Trump"},
        {"Donald Trump's", "Donald Trump"},
        {"Trump\xE2\x80\x99s", "Trump"},
        {"Prime Minister Mustafa al-Kadhemi", "Mustafa al-Kadhemi"},
        {"Foreign Minister Javad Zarif", "Javad Zarif"},
        {"Mr. Volcker", "Volcker"},
        {"Gen. Qasem Soleimani", "Qasem Soleimani"},
        {"the late King Hussein", "Hussein"},
        {"President", ""},
        {"DONALD TRUMP", "Donald Trump"},
        {"Abu Mahdi   al-Muhandis", "Abu Mahdi al-Muhandis"},
        {"Jacques de Larosi\xC3\xA8re", "Jacques de Larosi\xC3\xA8re"},
    };
    for (const auto& c : cases) EXPECT_EQ(clean_person(c.mention), c.name) << c.mention;
}

TEST(NameNormalisation, PlaceTable) {
    const struct {
        const char* mention;
        const char* name;
    } cases[] = {
        {"Baghdad's", "Baghdad"},
        {"the Gulf", "Gulf"},
        {"NEW YORK", "New York"},
        {"Tahrir Square", "Tahrir Square"},
    };
    for (const auto& c : cases) EXPECT_EQ(clean_place(c.mention), c.name) << c.mention;
}

TEST(NameNormalisation, ShortNamesResolveToTheLongerName) {
    const std::vector<std::string> mentions = {
        "Qasem Soleimani", "Soleimani",    "Abu Mahdi al-Muhandis", "Muhandis",
        "Trump",           "Donald Trump", "Mahdi al-Muhandis",     "Batul Najjar",
        "Zarif",           "Mustafa",      "Mustafa al-Kadhemi",    "Ahmed",
        "Ahmed Assadi",    "Ahmed Shah"};
    const std::vector<std::string> expected = {
        "Qasem Soleimani", "Qasem Soleimani",    "Abu Mahdi al-Muhandis", "Abu Mahdi al-Muhandis",
        "Donald Trump",    "Donald Trump",       "Abu Mahdi al-Muhandis", "Batul Najjar",
        "Zarif",           "Mustafa al-Kadhemi", "Mustafa al-Kadhemi",    "Ahmed",
        "Ahmed Assadi",    "Ahmed Shah"};  // two Ahmeds: ambiguous
    EXPECT_EQ(resolve_short_names(mentions), expected);
}

TEST(NameNormalisation, TitleCase) {
    EXPECT_EQ(title_case_if_all_caps("NEW YORK"), "New York");
    EXPECT_EQ(title_case_if_all_caps("AL-MUHANDIS"), "Al-Muhandis");
    EXPECT_EQ(title_case_if_all_caps("McDonald"), "McDonald");
}

// The name between `[` and `]` in text, displayed.
std::string shown(std::string text) {
    const std::size_t open = text.find('[');
    text.erase(open, 1);
    const std::size_t close = text.find(']');
    text.erase(close, 1);
    const auto tokens = tokenize(text);
    WordRange range{tokens.size(), 0};
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].begin >= open && tokens[i].end <= close) {
            range.first = std::min(range.first, i);
            range.last = i + 1;
        }
    }
    return display_name(text, tokens, range);
}

TEST(NameNormalisation, CapitalsKeptInOrdinaryTextOnly) {
    // Written in capitals among ordinary words: an acronym, kept.
    EXPECT_EQ(shown("Michael Howard told the [BBC] on Monday"), "BBC");
    EXPECT_EQ(shown("said [NATO] officials"), "NATO");
    EXPECT_EQ(shown("the [GNU] project, which"), "GNU");
    // A headline in capitals says nothing by its case.
    EXPECT_EQ(shown("[REAGAN] SAYS JAPAN TRADE CURBS STAY"), "Reagan");
    EXPECT_EQ(shown("TALKS IN [NEW YORK] END"), "New York");
    EXPECT_EQ(shown("[NEW YORK]"), "New York");
    // Only the name's own line counts: the text after a headline is no context.
    EXPECT_EQ(shown("OIL TALKS IN [VIENNA]\nThe ministers met on Monday."), "Vienna");
    EXPECT_EQ(shown("The ministers met.\n[OPEC] TO MEET"), "Opec");
    // Names with small letters are shown as written.
    EXPECT_EQ(shown("SHARES OF [McDonald] ROSE"), "McDonald");
}

}  // namespace
}  // namespace dateline::extractor
