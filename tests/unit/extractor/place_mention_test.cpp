// place_words() and is_label_segment() on the committed gazetteer
// (extractor/model/gazetteer.bin); skipped when it is absent.

#include "dateline/extractor/place_mention.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dateline/extractor/model_location.hpp"

namespace dateline::extractor {
namespace {

namespace fs = std::filesystem;

const fs::path kGazetteerPath =
    fs::path(DATELINE_SOURCE_DIR) / "extractor" / "model" / kGazetteerFileName;

// What place_words() keeps of the first `mention_words` tokens of `text`
// (all of them when 0), as written; "" when it keeps nothing.
std::string kept(const Gazetteer& gazetteer, std::string_view text, std::size_t mention_words = 0) {
    const auto tokens = tokenize(text);
    const WordRange mention{0, mention_words == 0 ? tokens.size() : mention_words};
    const WordRange r = place_words(text, tokens, mention, gazetteer);
    if (r.empty()) return {};
    return std::string(
        text.substr(tokens[r.first].begin, tokens[r.last - 1].end - tokens[r.first].begin));
}

TEST(PlaceMention, WhatAMentionNames) {
    if (!fs::is_regular_file(kGazetteerPath)) GTEST_SKIP() << "no gazetteer at " << kGazetteerPath;
    const Gazetteer gazetteer = Gazetteer::load(kGazetteerPath);
    const struct {
        const char* text;
        std::size_t mention_words;  // 0: the whole text
        const char* place;          // "" for none
    } cases[] = {
        // Facilities: the place they are named after, or nothing.
        {"Baghdad International Airport", 0, "Baghdad"},
        {"Baghdad International airport", 2, "Baghdad"},
        {"Baghdad airport", 1, "Baghdad"},
        {"Stavanger Airport", 0, "Stavanger"},
        {"Johns Hopkins University", 0, ""},
        {"Camp Nou stadium", 2, ""},
        {"Union Station", 0, ""},  // the town of Union is too small to stand for it
        // Bodies and titles named after a place.
        {"United States Senate", 0, "United States"},
        {"U.S. House", 0, "U.S."},
        {"United States Senator Bernie Sanders", 0, "United States"},
        {"Toronto Police", 0, "Toronto"},
        {"Davao City", 0, "Davao"},
        // Longer places stay whole.
        {"New York City", 0, "New York City"},
        {"London Bridge", 0, "London Bridge"},
        {"Hyde Park", 0, "Hyde Park"},
        {"Gaza Strip", 0, "Gaza Strip"},
        {"George Washington Bridge", 0, "George Washington Bridge"},
        {"Davao Oriental", 0, "Davao Oriental"},
        {"Washington D.C.", 0, "Washington"},
        {"New York State", 0, "New York"},
        {"Tahrir Square", 0, "Tahrir Square"},
        {"West Bank", 0, "West Bank"},  // "West" never stands for a longer name
        {"Baghdad", 0, "Baghdad"},
        {"Antarctica", 0, "Antarctica"},
        // Continents and compass words are no place.
        {"Europe", 0, ""},
        {"Asia", 0, ""},  // also a town in the Philippines
        {"North America", 0, ""},
        {"AFRICA", 0, ""},
        {"West", 0, ""},
        {"Northern", 0, ""},
        {"Middle East", 0, "Middle East"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(kept(gazetteer, c.text, c.mention_words), c.place) << c.text;
    }
}

TEST(PlaceMention, LabelSegmentsOfWebPages) {
    const struct {
        const char* text;
        const char* word;  // the token asked about
        bool label;
    } cases[] = {
        {"In Pics | A year after Soleimani's killing: the operation", "Pics", true},
        {"In Pics | A year after Soleimani's killing: the operation", "Soleimani", false},
        {"Home | World | Middle East", "Middle", true},
        {"Home | World | Middle East", "Home", true},
        {"Trump visits Baghdad | Reuters", "Baghdad", false},
        {"In Pics: mourners in Baghdad", "Pics", false},        // no bar: prose
        {"Talks in Paris\nIn Pics | the day", "Paris", false},  // the bar is on another line
    };
    for (const auto& c : cases) {
        const std::string_view text = c.text;
        const auto tokens = tokenize(text);
        std::size_t index = 0;
        while (index < tokens.size() && tokens[index].text != c.word) ++index;
        ASSERT_LT(index, tokens.size()) << c.word;
        EXPECT_EQ(is_label_segment(text, tokens, index), c.label) << c.word << " in: " << c.text;
    }
}

}  // namespace
}  // namespace dateline::extractor
