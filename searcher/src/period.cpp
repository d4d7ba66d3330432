#include "dateline/searcher/period.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace dateline::searcher {

namespace {

namespace chr = std::chrono;

chr::year_month_day ymd(chr::sys_days day) { return chr::year_month_day(day); }

// The Monday that starts the ISO week holding `day`.
chr::sys_days week_start(chr::sys_days day) { return day - (chr::weekday(day) - chr::Monday); }

}  // namespace

std::optional<DateGranularity> parse_granularity(std::string_view text) {
    for (const auto granularity : kGranularities) {
        if (text == granularity_name(granularity)) return granularity;
    }
    return std::nullopt;
}

std::string_view granularity_name(DateGranularity granularity) {
    switch (granularity) {
        case DateGranularity::Year:
            return "year";
        case DateGranularity::Month:
            return "month";
        case DateGranularity::Week:
            return "week";
        case DateGranularity::Day:
            break;
    }
    return "day";
}

Period Period::containing(const schema::Date& date, DateGranularity granularity) {
    const chr::year year(date.year());
    const chr::month month(static_cast<unsigned>(date.month()));
    const chr::sys_days day =
        chr::year_month_day(year, month, chr::day(static_cast<unsigned>(date.day())));
    switch (granularity) {
        case DateGranularity::Year:
            return Period(chr::year_month_day(year, chr::January, chr::day(1)), granularity);
        case DateGranularity::Month:
            return Period(chr::year_month_day(year, month, chr::day(1)), granularity);
        case DateGranularity::Week:
            return Period(week_start(day), granularity);
        case DateGranularity::Day:
            break;
    }
    return Period(day, granularity);
}

Period Period::next() const {
    const chr::year_month_day start = ymd(first_day_);
    switch (granularity_) {
        case DateGranularity::Year:
            return Period(start + chr::years(1), granularity_);
        case DateGranularity::Month:
            return Period(start + chr::months(1), granularity_);
        case DateGranularity::Week:
            return Period(first_day_ + chr::days(7), granularity_);
        case DateGranularity::Day:
            break;
    }
    return Period(first_day_ + chr::days(1), granularity_);
}

std::string Period::label() const {
    const chr::year_month_day start = ymd(first_day_);
    const int year = static_cast<int>(start.year());
    const unsigned month = static_cast<unsigned>(start.month());
    switch (granularity_) {
        case DateGranularity::Year:
            return fmt::format("{:04}", year);
        case DateGranularity::Month:
            return fmt::format("{:04}-{:02}", year, month);
        case DateGranularity::Week: {
            // The week belongs to the year of its Thursday (ISO 8601), and is
            // numbered from the week holding that year's first Thursday.
            const chr::sys_days thursday = first_day_ + chr::days(3);
            const chr::year week_year = ymd(thursday).year();
            const chr::sys_days first_thursday_week = week_start(
                chr::sys_days(chr::year_month_day(week_year, chr::January, chr::day(4))));
            const auto week = (first_day_ - first_thursday_week).count() / 7 + 1;
            return fmt::format("{:04}-W{:02}", static_cast<int>(week_year), week);
        }
        case DateGranularity::Day:
            break;
    }
    return fmt::format("{:04}-{:02}-{:02}", year, month, static_cast<unsigned>(start.day()));
}

std::vector<Period> periods_between(const Period& first, const Period& last) {
    if (first.granularity() != last.granularity()) {
        throw std::invalid_argument("periods_between: periods of different granularities");
    }
    std::vector<Period> periods;
    for (Period period = first; period <= last; period = period.next()) periods.push_back(period);
    return periods;
}

}  // namespace dateline::searcher
