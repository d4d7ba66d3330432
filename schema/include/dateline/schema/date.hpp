#pragma once
// Calendar dates as the index stores them.
//
// A Date is a validated proleptic-Gregorian day. The index keeps it in three
// forms, all produced here so that the indexer and the searcher agree:
//   * a sortable value ("YYYYMMDD") in the date value slot, for ranges and sorting;
//   * boolean terms for the year, the month and the day, for exact filters;
//   * ISO 8601 text ("YYYY-MM-DD") in the stored document data, for display.
// A PartialDate is a year, a month or a day: what a user may type in a query,
// and an article date known only to the month or year. Reading dates from
// text (many written forms) is date_parsing.hpp.

#include <optional>
#include <string>
#include <string_view>

namespace dateline::schema {

class Date {
  public:
    /// A valid date, or nullopt for an impossible one (2021-02-30, month 13, year 0).
    [[nodiscard]] static std::optional<Date> from_ymd(int year, int month, int day);
    /// Parses strict "YYYY-MM-DD"; nullopt for anything else or an impossible date.
    [[nodiscard]] static std::optional<Date> from_iso(std::string_view text);
    /// Parses the slot encoding "YYYYMMDD"; nullopt when malformed.
    [[nodiscard]] static std::optional<Date> from_sortable(std::string_view text);

    [[nodiscard]] int year() const { return year_; }
    [[nodiscard]] int month() const { return month_; }
    [[nodiscard]] int day() const { return day_; }

    /// "YYYY-MM-DD".
    [[nodiscard]] std::string iso() const;
    /// "YYYYMMDD": byte order equals date order, as Xapian's value ranges need.
    [[nodiscard]] std::string sortable() const;

    friend auto operator<=>(const Date&, const Date&) = default;

  private:
    Date(int year, int month, int day) : year_(year), month_(month), day_(day) {}
    int year_;
    int month_;
    int day_;
};

/// True for a Gregorian leap year.
[[nodiscard]] bool is_leap_year(int year);
/// Days in the month (1-12) of the year; 0 for an invalid month.
[[nodiscard]] int days_in_month(int year, int month);

/// A year ("1987"), a month ("1987-03") or a day ("1987-03-02"): what a user
/// types in a query, and what an article's date may be when its source gives
/// no more (a "2021" or "Jan 2021" date line).
struct PartialDate {
    enum class Precision { Year, Month, Day };
    Precision precision = Precision::Year;
    int year = 0;
    int month = 0;  // 0 unless precision is Month or Day
    int day = 0;    // 0 unless precision is Day

    PartialDate() = default;
    /// A day is a partial date of day precision (implicit: wherever a
    /// partial date is expected, a day will do).
    PartialDate(const Date& date);  // NOLINT(google-explicit-constructor)

    /// The first day the partial date covers (1987-03 -> 1987-03-01).
    [[nodiscard]] Date first_day() const;
    /// The last day the partial date covers (1987-02 -> 1987-02-28).
    [[nodiscard]] Date last_day() const;

    /// "1987", "1987-03" or "1987-03-02".
    [[nodiscard]] std::string iso() const;
    /// "1987", "198703" or "19870302": the date value slot's encoding. A year
    /// or month sorts just before every day it covers ("198703" <
    /// "19870301"), so sorting by date keeps it at the start of its period.
    [[nodiscard]] std::string sortable() const;
    /// Parses sortable(); nullopt when malformed or impossible.
    [[nodiscard]] static std::optional<PartialDate> from_sortable(std::string_view text);

    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

}  // namespace dateline::schema
