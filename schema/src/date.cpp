#include "dateline/schema/date.hpp"

#include <cstdio>

namespace dateline::schema {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[month - 1];
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    // Years outside 1..9999 cannot be written as four digits and so would break
    // the byte order of the sortable encoding.
    if (year < 1 || year > 9999) return std::nullopt;
    if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date(year, month, day);
}

namespace {

// Parses exactly `width` ASCII digits at `text[pos]`.
std::optional<int> fixed_digits(std::string_view text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::optional<Date> Date::from_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto y = fixed_digits(text, 0, 4);
    const auto m = fixed_digits(text, 5, 2);
    const auto d = fixed_digits(text, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    return from_ymd(*y, *m, *d);
}

std::optional<Date> Date::from_sortable(std::string_view text) {
    if (text.size() != 8) return std::nullopt;
    const auto y = fixed_digits(text, 0, 4);
    const auto m = fixed_digits(text, 4, 2);
    const auto d = fixed_digits(text, 6, 2);
    if (!y || !m || !d) return std::nullopt;
    return from_ymd(*y, *m, *d);
}

std::string Date::iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year_, month_, day_);
    return buffer;
}

std::string Date::sortable() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year_, month_, day_);
    return buffer;
}

PartialDate::PartialDate(const Date& date)
    : precision(Precision::Day), year(date.year()), month(date.month()), day(date.day()) {}

std::string PartialDate::iso() const {
    const std::string full = first_day().iso();
    switch (precision) {
        case Precision::Year:
            return full.substr(0, 4);
        case Precision::Month:
            return full.substr(0, 7);
        case Precision::Day:
            break;
    }
    return full;
}

std::string PartialDate::sortable() const {
    const std::string full = first_day().sortable();
    switch (precision) {
        case Precision::Year:
            return full.substr(0, 4);
        case Precision::Month:
            return full.substr(0, 6);
        case Precision::Day:
            break;
    }
    return full;
}

std::optional<PartialDate> PartialDate::from_sortable(std::string_view text) {
    if (text.size() == 8) {
        if (const auto day = Date::from_sortable(text)) return PartialDate(*day);
        return std::nullopt;
    }
    if (text.size() != 4 && text.size() != 6) return std::nullopt;
    const auto year = fixed_digits(text, 0, 4);
    if (!year || *year < 1) return std::nullopt;
    PartialDate date;
    date.year = *year;
    if (text.size() == 4) return date;
    const auto month = fixed_digits(text, 4, 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    date.precision = Precision::Month;
    date.month = *month;
    return date;
}

Date PartialDate::first_day() const {
    return *Date::from_ymd(year, precision == Precision::Year ? 1 : month,
                           precision == Precision::Day ? day : 1);
}

Date PartialDate::last_day() const {
    switch (precision) {
        case Precision::Year:
            return *Date::from_ymd(year, 12, 31);
        case Precision::Month:
            return *Date::from_ymd(year, month, days_in_month(year, month));
        case Precision::Day:
            break;
    }
    return *Date::from_ymd(year, month, day);
}

}  // namespace dateline::schema
