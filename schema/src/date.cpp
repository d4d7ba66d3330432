#include "dateline/schema/date.hpp"

#include <charconv>
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

// Parses 1 to `max_width` digits; the whole of `text` must be digits.
std::optional<int> short_number(std::string_view text, std::size_t max_width) {
    if (text.empty() || text.size() > max_width) return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
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

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
    // Split on the first separator found ('-', '/' or '.'), used consistently.
    const auto sep_pos = text.find_first_of("-/.");
    std::string_view parts[3];
    std::size_t count = 0;
    if (sep_pos == std::string_view::npos) {
        parts[count++] = text;
    } else {
        const char sep = text[sep_pos];
        std::size_t start = 0;
        while (true) {
            if (count == 3) return std::nullopt;
            const auto end = text.find(sep, start);
            parts[count++] = text.substr(start, end == std::string_view::npos ? end : end - start);
            if (end == std::string_view::npos) break;
            start = end + 1;
        }
    }
    if (parts[0].size() != 4) return std::nullopt;
    const auto year = short_number(parts[0], 4);
    if (!year || *year < 1) return std::nullopt;
    PartialDate result;
    result.year = *year;
    if (count == 1) return result;
    const auto month = short_number(parts[1], 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    result.precision = Precision::Month;
    result.month = *month;
    if (count == 2) return result;
    const auto day = short_number(parts[2], 2);
    if (!day || !Date::from_ymd(*year, *month, *day)) return std::nullopt;
    result.precision = Precision::Day;
    result.day = *day;
    return result;
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
