#include "dateline/extractor/dateline.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace dateline::extractor {
namespace {

// One table for both uses of a dateline: the place (extraction) and the
// month and day (undated articles).
TEST(Dateline, PlaceAndDay) {
    const struct {
        const char* text;
        std::optional<std::string> place;
        int month = 0;
        int day = 0;
    } cases[] = {
        {"NEW YORK, Feb 26 - Stocks rose.", "NEW YORK", 2, 26},
        {"BAGHDAD, Jan 3 (Reuters) - Thousands of Iraqis", "BAGHDAD", 1, 3},
        {"  WASHINGTON (Reuters) - The U.S.", "WASHINGTON"},
        {"  WASHINGTON, March 3 -- The Fed", "WASHINGTON", 3, 3},
        {"LONDON, March 2 \xE2\x80\x94 Shares", "LONDON", 3, 2},
        {"LONDON, Sept. 14 \u2014 Markets", "LONDON", 9, 14},
        {"PARIS, Dec. 31 (AFP) \u2013 Fireworks", "PARIS", 12, 31},
        {"U.S. CAPITOL, Jan 6 - Rioters", "U.S. CAPITOL", 1, 6},
        {"Baghdad, Jan 3 (Reuters) - Mourners", "Baghdad", 1, 3},
        {"WASHINGTON - The U.S.", "WASHINGTON"},
        {"BRUSSELS 1996-08-22\nThe EU", "BRUSSELS"},
        {"ROME, Janus 3 - not a month", "ROME"},
        {"ROME, Jan 123 - not a day", "ROME"},
        {"ROME, Jan 3 without a dash", std::nullopt},
        {"The minister said, Jan 3 - no", std::nullopt},  // a sentence
        {"US President Donald Trump said", std::nullopt},
        {"A year after - the", std::nullopt},
        {"The Hashed -- factions", std::nullopt},  // capitalised, but no date
        {"IRAN SAYS IT WILL RESPOND TO ANY ATTACK - the", std::nullopt},
        {"NEW YORKers said - no", std::nullopt},
        {"Stocks rose on Monday.", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto& c : cases) {
        const auto found = parse_dateline(c.text);
        EXPECT_EQ(found ? std::optional<std::string>(found->place) : std::nullopt, c.place)
            << c.text;
        if (!found) continue;
        EXPECT_EQ(found->month, c.month) << c.text;
        EXPECT_EQ(found->day, c.day) << c.text;
        EXPECT_EQ(std::string(c.text).substr(found->begin, found->end - found->begin), *c.place);
    }
}

TEST(Dateline, DayInAYear) {
    const auto leap = parse_dateline("BERLIN, Feb 29 - Leap day");
    ASSERT_TRUE(leap);
    EXPECT_FALSE(leap->date_in(2019));
    ASSERT_TRUE(leap->date_in(2020));
    EXPECT_EQ(leap->date_in(2020)->iso(), "2020-02-29");
    const auto no_day = parse_dateline("WASHINGTON (Reuters) - The U.S.");
    ASSERT_TRUE(no_day);
    EXPECT_FALSE(no_day->date_in(2020));
}

}  // namespace
}  // namespace dateline::extractor
