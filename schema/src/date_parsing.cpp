#include "dateline/schema/date_parsing.hpp"

#include <array>

namespace dateline::schema {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// A forward-only reader over the date text; each take_* consumes on success only.
class Cursor {
  public:
    explicit Cursor(std::string_view text) : text_(text) {}

    [[nodiscard]] bool done() const { return pos_ == text_.size(); }
    [[nodiscard]] std::string_view rest() const { return text_.substr(pos_); }
    [[nodiscard]] char peek() const { return done() ? '\0' : text_[pos_]; }

    /// Between `min` and `max` digits.
    std::optional<int> take_number(std::size_t min, std::size_t max) {
        std::size_t end = pos_;
        int value = 0;
        while (end < text_.size() && end - pos_ < max && is_digit(text_[end])) {
            value = value * 10 + (text_[end] - '0');
            ++end;
        }
        if (end - pos_ < min) return std::nullopt;
        // More digits than allowed means a different format.
        if (end < text_.size() && is_digit(text_[end])) return std::nullopt;
        pos_ = end;
        return value;
    }

    bool take_char(char c) {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }

    /// One or more white-space characters.
    bool take_spaces() {
        const std::size_t start = pos_;
        while (!done() && is_space(text_[pos_])) ++pos_;
        return pos_ > start;
    }

    /// A run of ASCII letters, lower-cased.
    std::string take_word() {
        std::string word;
        while (!done() && is_alpha(text_[pos_])) word += lower(text_[pos_++]);
        return word;
    }

    [[nodiscard]] std::size_t position() const { return pos_; }
    void reset(std::size_t pos) { pos_ = pos; }

  private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// 1-12 for an English month name or abbreviation ("sept" too), else 0.
int month_from_name(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (word == "sept") return 9;
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (word == kMonths[i] || (word.size() == 3 && kMonths[i].substr(0, 3) == word)) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

bool is_weekday_name(std::string_view word) {
    static constexpr std::array<std::string_view, 7> kDays{
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (const auto day : kDays) {
        if (word == day || (word.size() == 3 && day.substr(0, 3) == word)) return true;
    }
    return false;
}

// A month name with an optional abbreviation dot; 0 if none.
int take_month_name(Cursor& cursor) {
    const auto start = cursor.position();
    const int month = month_from_name(cursor.take_word());
    if (month == 0) {
        cursor.reset(start);
        return 0;
    }
    cursor.take_char('.');
    return month;
}

bool is_zone_name(std::string_view word) {
    static constexpr std::array<std::string_view, 13> kZones{
        "z", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet"};
    for (const auto zone : kZones) {
        if (word == zone) return true;
    }
    return false;
}

// What may follow the date: nothing, or a time of day ("T10:20:00Z",
// " 15:01:01.79", " 605:12:19.12" as in Reuters' broken hour), optionally a
// zone ("+0000", "Z", "GMT"), and then only noise glued to the time
// ("&#5;&#5;RM"), never further words: a caller may be splitting a date
// from text that follows it.
bool acceptable_tail(std::string_view tail) {
    if (tail.empty()) return true;
    Cursor cursor(tail);
    if (!cursor.take_char('T') && !cursor.take_char('t') && !cursor.take_spaces()) return false;
    if (cursor.done()) return true;
    const auto time_start = cursor.position();
    bool colon = false;
    while (is_digit(cursor.peek()) || cursor.peek() == ':' || cursor.peek() == '.') {
        colon = colon || cursor.peek() == ':';
        cursor.reset(cursor.position() + 1);
    }
    if (cursor.position() == time_start || !colon) return false;
    // Optional zone.
    const auto zone_start = cursor.position();
    cursor.take_spaces();
    if (cursor.take_char('+') || cursor.take_char('-')) {
        if (!cursor.take_number(2, 4)) {
            cursor.reset(zone_start);
        } else if (cursor.take_char(':') && !cursor.take_number(2, 2)) {
            cursor.reset(zone_start);
        }
    } else if (!cursor.take_char('Z') && !is_zone_name(cursor.take_word())) {
        cursor.reset(zone_start);
    }
    if (cursor.done()) return true;
    const char next = cursor.peek();
    return !is_space(next) && !is_alpha(next) && !is_digit(next);
}

DateParse finish(int year, int month, int day, std::string_view tail) {
    if (!acceptable_tail(tail)) return {};
    if (auto date = Date::from_ymd(year, month, day)) {
        return {DateStatus::Ok, PartialDate(*date)};
    }
    return {DateStatus::Impossible, std::nullopt};
}

// A month or a year: nothing may follow (a time of day needs a day).
DateParse finish_partial(int year, int month, std::string_view tail) {
    if (!tail.empty()) return {};
    if (year < 1 || month < 0 || month > 12) return {DateStatus::Impossible, std::nullopt};
    PartialDate date;
    date.year = year;
    if (month > 0) {
        date.precision = PartialDate::Precision::Month;
        date.month = month;
    }
    return {DateStatus::Ok, date};
}

// 2021-01-03, 2021/01/03, 2021.01.03, 20210103 (each with optional time).
std::optional<DateParse> numeric_date(std::string_view text) {
    Cursor cursor(text);
    if (text.size() >= 8 && is_digit(text[4])) {
        // Compact "YYYYMMDD": exactly eight digits.
        int parts[3] = {0, 0, 0};
        const std::size_t widths[3] = {4, 2, 2};
        std::size_t pos = 0;
        for (std::size_t part = 0; part < 3; ++part) {
            for (std::size_t i = 0; i < widths[part]; ++i, ++pos) {
                if (!is_digit(text[pos])) return std::nullopt;
                parts[part] = parts[part] * 10 + (text[pos] - '0');
            }
        }
        if (text.size() > 8 && is_digit(text[8])) return std::nullopt;
        return finish(parts[0], parts[1], parts[2], text.substr(8));
    }
    const auto year = cursor.take_number(4, 4);
    if (!year) return std::nullopt;
    const char separator = cursor.peek();
    if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
    cursor.take_char(separator);
    const auto month = cursor.take_number(1, 2);
    if (!month || !cursor.take_char(separator)) return std::nullopt;
    const auto day = cursor.take_number(1, 2);
    if (!day) return std::nullopt;
    return finish(*year, *month, *day, cursor.rest());
}

// 2021-01, 2021/1, 2021.01 (a month) and 2021 (a year).
std::optional<DateParse> numeric_year_or_month(Cursor cursor) {
    const auto year = cursor.take_number(4, 4);
    if (!year) return std::nullopt;
    if (cursor.done()) return finish_partial(*year, 0, {});
    const char separator = cursor.peek();
    if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
    cursor.take_char(separator);
    const auto month = cursor.take_number(1, 2);
    if (!month || !cursor.done()) return std::nullopt;
    return finish_partial(*year, *month, {});
}

// 1/3/2021, 01-03-2021, 1.3.2021: the year last, the other two in `order`.
std::optional<DateParse> numeric_year_last(Cursor cursor, DateOrder order) {
    const auto first = cursor.take_number(1, 2);
    if (!first) return std::nullopt;
    const char separator = cursor.peek();
    if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
    cursor.take_char(separator);
    const auto second = cursor.take_number(1, 2);
    if (!second || !cursor.take_char(separator)) return std::nullopt;
    const auto year = cursor.take_number(4, 4);
    if (!year) return std::nullopt;
    const bool month_first = order == DateOrder::MonthFirst;
    return finish(*year, month_first ? *first : *second, month_first ? *second : *first,
                  cursor.rest());
}

// 26-FEB-1987 (Reuters), 3 January 2021, 03 Jan 2021, 3 Jan. 2021.
std::optional<DateParse> day_month_year(Cursor cursor) {
    const auto day = cursor.take_number(1, 2);
    if (!day) return std::nullopt;
    const bool dashed = cursor.take_char('-');
    if (!dashed && !cursor.take_spaces()) return std::nullopt;
    const int month = take_month_name(cursor);
    if (month == 0) return std::nullopt;
    if (dashed ? !cursor.take_char('-') : !cursor.take_spaces()) return std::nullopt;
    const auto year = cursor.take_number(4, 4);
    if (!year) return std::nullopt;
    return finish(*year, month, *day, cursor.rest());
}

// January 3, 2021; Jan. 3, 2021; January 3 2021.
std::optional<DateParse> month_day_year(Cursor cursor) {
    const int month = take_month_name(cursor);
    if (month == 0) return std::nullopt;
    cursor.take_spaces();
    const auto day = cursor.take_number(1, 2);
    if (!day) return std::nullopt;
    // Ordinal suffixes: "January 3rd, 2021".
    const auto after_day = cursor.position();
    const std::string suffix = cursor.take_word();
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
        cursor.reset(after_day);
    const bool comma = cursor.take_char(',');
    if (!cursor.take_spaces() && !comma) return std::nullopt;
    const auto year = cursor.take_number(4, 4);
    if (!year) return std::nullopt;
    return finish(*year, month, *day, cursor.rest());
}

// Jan 2021, January 2021, Jan. 2021, Jan-2021 (a month).
std::optional<DateParse> month_year(Cursor cursor) {
    const int month = take_month_name(cursor);
    if (month == 0) return std::nullopt;
    if (!cursor.take_char('-')) cursor.take_spaces();
    const auto year = cursor.take_number(4, 4);
    if (!year) return std::nullopt;
    return finish_partial(*year, month, cursor.rest());
}

}  // namespace

std::optional<DateOrder> parse_date_order(std::string_view name) {
    if (name == "mdy") return DateOrder::MonthFirst;
    if (name == "dmy") return DateOrder::DayFirst;
    return std::nullopt;
}

DateParse parse_date(std::string_view text, DateOrder order) {
    text = trim(text);
    if (text.empty()) return {};
    if (is_digit(text.front())) {
        if (auto numeric = numeric_date(text)) return *numeric;
        if (auto parsed = numeric_year_or_month(Cursor(text))) return *parsed;
        if (auto parsed = numeric_year_last(Cursor(text), order)) return *parsed;
        if (auto parsed = day_month_year(Cursor(text))) return *parsed;
        return {};
    }
    Cursor cursor(text);
    // RFC 2822 and similar start with a weekday: "Sat, 03 Jan 2021".
    const auto start = cursor.position();
    if (is_weekday_name(cursor.take_word())) {
        cursor.take_char('.');
        cursor.take_char(',');
        cursor.take_spaces();
        if (auto parsed = day_month_year(cursor)) return *parsed;
        if (auto parsed = month_day_year(cursor)) return *parsed;
        return {};
    }
    cursor.reset(start);
    if (auto parsed = month_day_year(cursor)) return *parsed;
    if (auto parsed = month_year(cursor)) return *parsed;
    return {};
}

}  // namespace dateline::schema
