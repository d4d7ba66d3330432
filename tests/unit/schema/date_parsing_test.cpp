#include "dateline/schema/date_parsing.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dateline::schema {
namespace {

TEST(ParseDate, ReadsEveryDocumentedFormat) {
    struct Case {
        std::string text;
        std::string iso;
    };
    const Case cases[] = {
        {"2021-01-03", "2021-01-03"},
        {"  2021-01-03 \n", "2021-01-03"},
        {"2021/01/03", "2021-01-03"},
        {"2021.01.03", "2021-01-03"},
        {"2021-1-3", "2021-01-03"},
        {"2021-01-03T10:20:00Z", "2021-01-03"},
        {"2021-01-03T10:20:00+01:00", "2021-01-03"},
        {"2021-01-03 10:20", "2021-01-03"},
        {"2021-01-03 10:20:00 UTC", "2021-01-03"},
        {"20210103", "2021-01-03"},
        // Reuters-21578, with its quirks.
        {"26-FEB-1987 15:01:01.79", "1987-02-26"},
        {" 3-MAR-1987 00:43:42.82", "1987-03-03"},
        {"3-MAR-1987  09:15:05.40", "1987-03-03"},
        {"27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM", "1987-03-27"},
        {"16-MAR-1987 16:22:00.0", "1987-03-16"},
        {"31-MAR-1987 605:12:19.12", "1987-03-31"},
        {"20-OCT-1987", "1987-10-20"},
        // Written forms.
        {"3 January 2021", "2021-01-03"},
        {"03 Jan 2021", "2021-01-03"},
        {"3 Jan. 2021", "2021-01-03"},
        {"January 3, 2021", "2021-01-03"},
        {"january 3 2021", "2021-01-03"},
        {"Jan. 3, 2021", "2021-01-03"},
        {"Sept. 14, 1987", "1987-09-14"},
        {"JANUARY 3rd, 2021", "2021-01-03"},
        {"Sat, 03 Jan 2021 10:00:00 +0000", "2021-01-03"},
        {"Saturday, January 3, 2021", "2021-01-03"},
        {"Mon, 2 Mar 1987 08:00:00 GMT", "1987-03-02"},
        {"2020-02-29", "2020-02-29"},
        // Numeric with the year last: month first unless asked otherwise.
        {"1/3/2021", "2021-01-03"},
        {"01/03/2021", "2021-01-03"},
        {"1-3-2021", "2021-01-03"},
        {"12/31/2021 10:00", "2021-12-31"},
        // Months and years.
        {"2021", "2021"},
        {"2021-01", "2021-01"},
        {"2021/1", "2021-01"},
        {"Jan 2021", "2021-01"},
        {"January 2021", "2021-01"},
        {"jan. 2021", "2021-01"},
        {"Jan-2021", "2021-01"},
        {"SEPT 1987", "1987-09"},
    };
    for (const auto& c : cases) {
        const DateParse parse = parse_date(c.text);
        ASSERT_EQ(parse.status, DateStatus::Ok) << "'" << c.text << "'";
        ASSERT_TRUE(parse.date.has_value()) << c.text;
        EXPECT_EQ(parse.date->iso(), c.iso) << c.text;
    }
}

TEST(ParseDate, ReportsImpossibleDates) {
    for (const char* text :
         {"2021-02-30", "2021-13-01", "2021-00-10", "1987-02-29", "20210230",
          "30-FEB-1987 10:00:00.00", "February 30, 2021", "31 April 2021", "2021-04-31T00:00:00Z",
          "0000-01-01", "0000", "2021-13", "13/1/2021", "2/29/2021"}) {
        const DateParse parse = parse_date(text);
        EXPECT_EQ(parse.status, DateStatus::Impossible) << text;
        EXPECT_FALSE(parse.date.has_value()) << text;
    }
}

TEST(ParseDate, RejectsWhatIsNotADate) {
    for (const char* text : {"",
                             "   ",
                             "yesterday",
                             "2021-01-03x",
                             "2021-01-03 and then some text",
                             "3 Smarch 2021",
                             "12345",
                             "2021-01-03 10:20 Body text",
                             "January 3, 2021, marked",
                             "202101031",
                             "Sat, nonsense",
                             "2021 was a year",
                             "2021-01 10:00",
                             "Jan 2021 news",
                             "1/3/21",
                             "21",
                             "march",
                             "1987-03-",
                             "1987-03/05",
                             "1987-03-05-01",
                             "1/3/2021/4"}) {
        const DateParse parse = parse_date(text);
        EXPECT_EQ(parse.status, DateStatus::Unparseable) << "'" << text << "'";
        EXPECT_FALSE(parse.date.has_value()) << text;
    }
}

TEST(ParseDate, ReadsNumericDatesInTheOrderAsked) {
    EXPECT_EQ(parse_date("1/3/2021", DateOrder::DayFirst).date->iso(), "2021-03-01");
    EXPECT_EQ(parse_date("13.1.2021", DateOrder::DayFirst).date->iso(), "2021-01-13");
    EXPECT_EQ(parse_date("1/13/2021", DateOrder::DayFirst).status, DateStatus::Impossible);
    // The year first is never ambiguous.
    EXPECT_EQ(parse_date("2021/1/3", DateOrder::DayFirst).date->iso(), "2021-01-03");
    EXPECT_EQ(parse_date_order("mdy"), DateOrder::MonthFirst);
    EXPECT_EQ(parse_date_order("dmy"), DateOrder::DayFirst);
    EXPECT_EQ(parse_date_order("ymd"), std::nullopt);
}

}  // namespace
}  // namespace dateline::schema
