#include "dateline/schema/date.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dateline::schema {
namespace {

TEST(Date, ValidatesDaysOfTheMonth) {
    struct Case {
        int y, m, d;
        bool valid;
    };
    const Case cases[] = {
        {2021, 1, 31, true},  {2021, 2, 28, true},  {2021, 2, 29, false}, {2020, 2, 29, true},
        {1900, 2, 29, false}, {2000, 2, 29, true},  {2021, 2, 30, false}, {2021, 4, 31, false},
        {2021, 13, 1, false}, {2021, 0, 1, false},  {2021, 1, 0, false},  {0, 1, 1, false},
        {9999, 12, 31, true}, {10000, 1, 1, false},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(Date::from_ymd(c.y, c.m, c.d).has_value(), c.valid)
            << c.y << "-" << c.m << "-" << c.d;
    }
}

TEST(Date, EncodesIsoAndSortableForms) {
    const auto date = Date::from_ymd(1987, 3, 2);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso(), "1987-03-02");
    EXPECT_EQ(date->sortable(), "19870302");
    EXPECT_EQ(Date::from_sortable("19870302"), date);
    EXPECT_EQ(Date::from_iso("1987-03-02"), date);
}

TEST(Date, SortableOrderIsDateOrder) {
    const auto a = *Date::from_ymd(999, 12, 31);
    const auto b = *Date::from_ymd(1987, 2, 26);
    const auto c = *Date::from_ymd(1987, 10, 1);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_LT(a.sortable(), b.sortable());
    EXPECT_LT(b.sortable(), c.sortable());
}

TEST(Date, RejectsMalformedIsoAndSortable) {
    for (const char* text : {"", "1987-3-02", "1987/03/02", "1987-02-30", "19870230", "1987030",
                             "x987-03-02", "1987-03-02 "}) {
        EXPECT_FALSE(Date::from_iso(text)) << text;
    }
    for (const char* text : {"", "1987030", "198703021", "1987-302", "19871301"}) {
        EXPECT_FALSE(Date::from_sortable(text)) << text;
    }
}

TEST(PartialDate, CoversItsPeriodAndRoundTripsThroughTheSlotEncoding) {
    struct Case {
        PartialDate date;
        const char* iso;
        const char* sortable;
        const char* first;
        const char* last;
    };
    PartialDate year;
    year.year = 1987;
    PartialDate february = year;
    february.precision = PartialDate::Precision::Month;
    february.month = 2;
    PartialDate leap_february = february;
    leap_february.year = 1988;
    const Case cases[] = {
        {year, "1987", "1987", "1987-01-01", "1987-12-31"},
        {february, "1987-02", "198702", "1987-02-01", "1987-02-28"},
        {leap_february, "1988-02", "198802", "1988-02-01", "1988-02-29"},
        {*Date::from_ymd(1987, 3, 15), "1987-03-15", "19870315", "1987-03-15", "1987-03-15"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(c.date.iso(), c.iso);
        EXPECT_EQ(c.date.sortable(), c.sortable);
        EXPECT_EQ(c.date.first_day().iso(), c.first);
        EXPECT_EQ(c.date.last_day().iso(), c.last);
        EXPECT_EQ(PartialDate::from_sortable(c.sortable), c.date) << c.sortable;
    }
    // A year or month sorts before every day it covers, after the days before it.
    EXPECT_LT(february.sortable(), "19870201");
    EXPECT_GT(february.sortable(), "19870131");
    for (const char* bad : {"", "87", "198713", "19870230", "0000", "1987x", "1987031"}) {
        EXPECT_FALSE(PartialDate::from_sortable(bad)) << bad;
    }
}

}  // namespace
}  // namespace dateline::schema
