#include "dateline/indexer/dateline_date.hpp"

#include <array>
#include <cctype>
#include <string>

namespace dateline::indexer {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

void skip_spaces(std::string_view& text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
}

// Month number of an English month name or abbreviation at the start of
// `text` (consumed, with a following dot); 0 if none.
int take_month(std::string_view& text) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    std::size_t length = 0;
    while (length < text.size() && std::isalpha(static_cast<unsigned char>(text[length]))) ++length;
    if (length < 3) return 0;
    std::string word;
    for (std::size_t i = 0; i < length; ++i) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    }
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const bool abbreviation = word.size() <= kMonths[m].size() &&
                                  kMonths[m].starts_with(word) &&
                                  (word.size() == 3 || word == "sept");
        if (word == kMonths[m] || abbreviation) {
            text.remove_prefix(length);
            if (!text.empty() && text.front() == '.') text.remove_prefix(1);
            return static_cast<int>(m) + 1;
        }
    }
    return 0;
}

bool take_dash(std::string_view& text) {
    for (const std::string_view dash : {"--", "-", "\u2013", "\u2014"}) {
        if (text.starts_with(dash)) {
            text.remove_prefix(dash.size());
            return true;
        }
    }
    return false;
}

}  // namespace

std::optional<schema::Date> date_from_dateline(std::string_view body, int year) {
    skip_spaces(body);
    // The place: up to the first comma, at most five words, each capitalised
    // ("NEW YORK", "Baghdad", "U.S. CAPITOL"); prose has lower-case words.
    constexpr std::size_t kMaxPlace = 60;
    const auto comma = body.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma > kMaxPlace) return std::nullopt;
    std::size_t words = 0;
    for (std::string_view place = body.substr(0, comma); !place.empty();) {
        const auto space = place.find(' ');
        const std::string_view word = place.substr(0, space);
        if (!word.empty()) {
            if (++words > 5 || !std::isupper(static_cast<unsigned char>(word.front())))
                return std::nullopt;
        }
        if (space == std::string_view::npos) break;
        place.remove_prefix(space + 1);
    }
    std::string_view rest = body.substr(comma + 1);
    skip_spaces(rest);
    const int month = take_month(rest);
    if (month == 0) return std::nullopt;
    skip_spaces(rest);
    int day = 0;
    std::size_t digits = 0;
    while (digits < rest.size() && digits < 2 && is_digit(rest[digits])) {
        day = day * 10 + (rest[digits] - '0');
        ++digits;
    }
    if (digits == 0 || (digits < rest.size() && is_digit(rest[digits]))) return std::nullopt;
    rest.remove_prefix(digits);
    skip_spaces(rest);
    if (rest.starts_with("(")) {
        const auto close = rest.find(')');
        if (close == std::string_view::npos || close > 30) return std::nullopt;
        rest.remove_prefix(close + 1);
        skip_spaces(rest);
    }
    if (!take_dash(rest)) return std::nullopt;
    return schema::Date::from_ymd(year, month, day);
}

std::optional<int> year_from_path(std::string_view relative_path) {
    for (std::size_t i = 0; i + 4 <= relative_path.size(); ++i) {
        const bool starts_run = i == 0 || !is_digit(relative_path[i - 1]);
        const bool four = is_digit(relative_path[i]) && is_digit(relative_path[i + 1]) &&
                          is_digit(relative_path[i + 2]) && is_digit(relative_path[i + 3]);
        const bool ends_run = i + 4 == relative_path.size() || !is_digit(relative_path[i + 4]);
        if (starts_run && four && ends_run) {
            const int year = std::stoi(std::string(relative_path.substr(i, 4)));
            if (year >= 1900 && year <= 2099) return year;
        }
    }
    return std::nullopt;
}

}  // namespace dateline::indexer
