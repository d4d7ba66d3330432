#include "dateline/indexer/dateline_date.hpp"

#include <gtest/gtest.h>

namespace dateline::indexer {
namespace {

TEST(DatelineDate, ReadsTheDayOfAWireDateline) {
    struct Case {
        const char* body;
        int year;
        const char* expected;  // nullptr: no date
    };
    const Case cases[] = {
        {"BAGHDAD, Jan 3 (Reuters) - Thousands of mourners", 2021, "2021-01-03"},
        {"NEW YORK, Feb 26 - Stocks rose", 1987, "1987-02-26"},
        {"  WASHINGTON, March 3 -- The Fed", 1987, "1987-03-03"},
        {"LONDON, Sept. 14 \u2014 Markets", 2019, "2019-09-14"},
        {"PARIS, Dec. 31 (AFP) \u2013 Fireworks", 2020, "2020-12-31"},
        {"U.S. CAPITOL, Jan 6 - Rioters", 2021, "2021-01-06"},
        {"BERLIN, Feb 29 - Leap day", 2019, nullptr},  // no such day in 2019
        {"BERLIN, Feb 29 - Leap day", 2020, "2020-02-29"},
        {"The minister said, Jan 3 - no", 2021, nullptr},  // a sentence, not a dateline
        {"Stocks rose on Monday.", 2021, nullptr},
        {"ROME, Janus 3 - not a month", 2021, nullptr},
        {"ROME, Jan 123 - not a day", 2021, nullptr},
        {"ROME, Jan 3 without a dash", 2021, nullptr},
        {"", 2021, nullptr},
    };
    for (const auto& c : cases) {
        const auto date = date_from_dateline(c.body, c.year);
        if (c.expected == nullptr) {
            EXPECT_FALSE(date) << c.body;
        } else {
            ASSERT_TRUE(date) << c.body;
            EXPECT_EQ(date->iso(), c.expected) << c.body;
        }
    }
}

TEST(DatelineDate, FindsTheYearAPathNames) {
    EXPECT_EQ(year_from_path("2019/2019-03-14-rates.txt"), 2019);
    EXPECT_EQ(year_from_path("wire/archive-2021-03.txt"), 2021);
    EXPECT_EQ(year_from_path("feeds/12345/story.txt"), std::nullopt);  // five digits
    EXPECT_EQ(year_from_path("notes/1234.txt"), std::nullopt);         // not a plausible year
    EXPECT_EQ(year_from_path("story.txt"), std::nullopt);
}

}  // namespace
}  // namespace dateline::indexer
