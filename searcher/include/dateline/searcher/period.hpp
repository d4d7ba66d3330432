#pragma once
// Calendar periods: the buckets of timelines and date facets.
//
// A Period is one year, month, ISO 8601 week (Monday to Sunday, numbered in
// its ISO week-based year) or day. Periods of one granularity are ordered and
// consecutive (next()), so a timeline can list every period of its range,
// empty ones too, instead of only those that happen to have articles.
//
// Labels sort chronologically within a granularity and are what users type or
// read: "1987", "1987-03", "1987-W10", "1987-03-02".

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/date.hpp"

namespace dateline::searcher {

enum class DateGranularity { Year, Month, Week, Day };

/// "year", "month", "week", "day"; nullopt otherwise.
[[nodiscard]] std::optional<DateGranularity> parse_granularity(std::string_view text);
/// "year", "month", "week" or "day".
[[nodiscard]] std::string_view granularity_name(DateGranularity granularity);
/// Every granularity, longest first.
inline constexpr DateGranularity kGranularities[] = {DateGranularity::Year, DateGranularity::Month,
                                                     DateGranularity::Week, DateGranularity::Day};

class Period {
  public:
    /// The period of `granularity` that contains `date`.
    [[nodiscard]] static Period containing(const schema::Date& date, DateGranularity granularity);

    [[nodiscard]] DateGranularity granularity() const { return granularity_; }
    /// The period that follows this one.
    [[nodiscard]] Period next() const;
    /// "1987", "1987-03", "1987-W10" (ISO week-based year and week) or "1987-03-02".
    [[nodiscard]] std::string label() const;
    /// The first day of the period (a Monday for weeks).
    [[nodiscard]] std::chrono::sys_days first_day() const { return first_day_; }

    friend bool operator==(const Period&, const Period&) = default;
    /// Chronological for periods of one granularity.
    friend auto operator<=>(const Period& a, const Period& b) {
        return a.first_day_ <=> b.first_day_;
    }

  private:
    Period(std::chrono::sys_days first_day, DateGranularity granularity)
        : first_day_(first_day), granularity_(granularity) {}

    std::chrono::sys_days first_day_;
    DateGranularity granularity_;
};

/// Every period from `first` to `last` inclusive, in order; empty when
/// `last` comes before `first`. Both must have the same granularity.
[[nodiscard]] std::vector<Period> periods_between(const Period& first, const Period& last);

}  // namespace dateline::searcher
