#include "dateline/extractor/dateline.hpp"

#include <array>

#include "utf8.hpp"

namespace dateline::extractor {

namespace {

using detail::is_ascii_digit;
using detail::is_ascii_lower;
using detail::is_ascii_upper;

constexpr std::size_t kMaxPlaceBytes = 60;
constexpr std::size_t kMaxPlaceWords = 5;
constexpr std::size_t kMaxDateBytes = 24;    // ", Sept. 14" and the like
constexpr std::size_t kMaxAgencyBytes = 20;  // "(Reuters)", "(AFP)"

bool is_letter(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }

bool is_place_char(char c) { return is_letter(c) || c == ' ' || c == '.' || c == '-' || c == '\''; }

// Length of the dash at i ("-", "--", en dash, em dash), 0 if none.
std::size_t dash_length(std::string_view s, std::size_t i) {
    for (const std::string_view dash : {"--", "-", "\u2013", "\u2014"}) {
        if (s.compare(i, dash.size(), dash) == 0) return dash.size();
    }
    return 0;
}

void skip_blanks(std::string_view s, std::size_t& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

// Month number of an English month name or abbreviation at i ("Jan",
// "Sept.", "March"), which is consumed with a following dot; 0 if none.
int take_month(std::string_view s, std::size_t& i) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    std::size_t end = i;
    std::string word;
    while (end < s.size() && is_letter(s[end]) && word.size() <= 9) {
        word += static_cast<char>(is_ascii_upper(s[end]) ? s[end] - 'A' + 'a' : s[end]);
        ++end;
    }
    if (word.size() < 3 || (end < s.size() && is_letter(s[end]))) return 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const bool abbreviation =
            kMonths[m].starts_with(word) && (word.size() == 3 || word == "sept");
        if (word == kMonths[m] || abbreviation) {
            i = end;
            if (i < s.size() && s[i] == '.') ++i;
            return static_cast<int>(m) + 1;
        }
    }
    return 0;
}

// A day number of one or two digits at i, consumed; 0 if none.
int take_day(std::string_view s, std::size_t& i) {
    std::size_t end = i;
    int day = 0;
    while (end < s.size() && is_ascii_digit(s[end]) && end - i < 3) {
        day = day * 10 + (s[end] - '0');
        ++end;
    }
    if (end == i || end - i > 2) return 0;
    i = end;
    return day;
}

enum class PlaceCase { None, Capitals, Capitalised };

// How the candidate place is written: in capitals ("NEW YORK", "U.S.
// CAPITOL"), capitalised ("Baghdad", "New York") or neither (prose).
PlaceCase place_case(std::string_view place) {
    std::size_t upper = 0;
    std::size_t words = 0;
    bool lower = false;
    bool word_start = true;
    bool every_word_capitalised = true;
    for (const char c : place) {
        if (c == ' ') {
            word_start = true;
            continue;
        }
        if (word_start) {
            ++words;
            if (!is_ascii_upper(c)) every_word_capitalised = false;
            word_start = false;
        }
        if (is_ascii_upper(c)) ++upper;
        if (is_ascii_lower(c)) lower = true;
    }
    if (words == 0 || words > kMaxPlaceWords || upper == 0) return PlaceCase::None;
    if (!lower) return upper >= 2 ? PlaceCase::Capitals : PlaceCase::None;
    return every_word_capitalised ? PlaceCase::Capitalised : PlaceCase::None;
}

}  // namespace

std::optional<schema::Date> Dateline::date_in(int year) const {
    if (month == 0 || day == 0) return std::nullopt;
    return schema::Date::from_ymd(year, month, day);
}

std::optional<Dateline> parse_dateline(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size() && detail::is_space_cp(static_cast<unsigned char>(text[begin])))
        ++begin;
    // The place runs to a comma, a bracket, a dash after a space, a digit or
    // the end of the line.
    std::size_t end = begin;
    while (end < text.size() && end - begin <= kMaxPlaceBytes && is_place_char(text[end])) {
        if (text[end] == ' ' && end + 1 < text.size() &&
            (dash_length(text, end + 1) > 0 || text[end + 1] == '('))
            break;
        ++end;
    }
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '-')) --end;
    if (end - begin > kMaxPlaceBytes) return std::nullopt;
    const std::string_view place = text.substr(begin, end - begin);
    const PlaceCase written = place_case(place);
    if (written == PlaceCase::None) return std::nullopt;
    if (end < text.size() && (is_letter(text[end]) || is_ascii_digit(text[end])))
        return std::nullopt;  // "NEW YORKers" ends inside a word

    Dateline found{std::string(place), begin, end};
    std::size_t i = end;
    skip_blanks(text, i);
    if (i < text.size() && text[i] == ',') {
        ++i;
        skip_blanks(text, i);
        std::size_t date = i;
        if (const int month = take_month(text, date)) {
            skip_blanks(text, date);
            if (const int day = take_day(text, date)) {
                found.month = month;
                found.day = day;
            }
        }
        // Accept any short date-like stretch ("Feb 26", "March 2, 1987").
        const std::size_t limit = std::min(text.size(), i + kMaxDateBytes);
        while (i < limit && text[i] != '(' && dash_length(text, i) == 0 && text[i] != '\n') {
            const char c = text[i];
            if (!(is_letter(c) || is_ascii_digit(c) || c == ' ' || c == '.' || c == ',')) {
                return std::nullopt;
            }
            ++i;
        }
        skip_blanks(text, i);
    }
    // A capitalised place is a dateline only with its date: "The Hashed --
    // factions" is a sentence.
    if (written == PlaceCase::Capitalised && found.month == 0) return std::nullopt;
    if (i < text.size() && text[i] == '(') {
        const std::size_t close = text.find(')', i);
        if (close == std::string_view::npos || close - i > kMaxAgencyBytes) return std::nullopt;
        i = close + 1;
        skip_blanks(text, i);
    }
    if (i < text.size() && dash_length(text, i) > 0) return found;

    // "BRUSSELS 1996-08-22" on a line of its own.
    if (written != PlaceCase::Capitals) return std::nullopt;
    i = end;
    skip_blanks(text, i);
    std::size_t j = i;
    while (j < text.size() && (is_ascii_digit(text[j]) || text[j] == '-')) ++j;
    const bool numeric_date = j > i + 5 && (j == text.size() || text[j] == '\n' || text[j] == '\r');
    if (!numeric_date) return std::nullopt;
    found.month = 0;
    found.day = 0;
    return found;
}

}  // namespace dateline::extractor
