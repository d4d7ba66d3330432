#include "dateline/extractor/dateline_place.hpp"

#include "utf8.hpp"

namespace dateline::extractor {

namespace {

bool is_place_char(char c) {
    return detail::is_ascii_upper(c) || c == ' ' || c == '.' || c == '-' || c == '\'';
}

bool is_dash_at(std::string_view s, std::size_t i) {
    return s.compare(i, 1, "-") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0 ||
           s.compare(i, 3, "\xE2\x80\x93") == 0;
}

// After the place: ", date" then "(Agency)" then a dash, within a short window.
bool dateline_tail(std::string_view rest) {
    std::size_t i = 0;
    auto skip_spaces = [&] {
        while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
    };
    skip_spaces();
    if (i < rest.size() && rest[i] == ',') {
        // A short date-like stretch: letters, digits, spaces, periods, commas.
        ++i;
        const std::size_t limit = std::min(rest.size(), i + 24);
        while (i < limit && rest[i] != '(' && !is_dash_at(rest, i) && rest[i] != '\n') {
            const char c = rest[i];
            if (!(detail::is_ascii_upper(c) || detail::is_ascii_lower(c) ||
                  detail::is_ascii_digit(c) || c == ' ' || c == '.' || c == ',')) {
                return false;
            }
            ++i;
        }
        skip_spaces();
    }
    if (i < rest.size() && rest[i] == '(') {
        const std::size_t close = rest.find(')', i);
        if (close == std::string_view::npos || close - i > 20) return false;
        i = close + 1;
        skip_spaces();
    }
    return i < rest.size() && is_dash_at(rest, i);
}

}  // namespace

std::optional<DatelineMatch> find_dateline(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size() && detail::is_space_cp(static_cast<unsigned char>(text[begin])))
        ++begin;
    std::size_t end = begin;
    while (end < text.size() && is_place_char(text[end])) {
        if (text[end] == ' ' && end + 1 < text.size() &&
            (text[end + 1] == '-' || text[end + 1] == '('))
            break;
        ++end;
    }
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '-')) --end;
    const std::string_view place = text.substr(begin, end - begin);
    std::size_t letters = 0;
    std::size_t words = 1;
    for (const char c : place) {
        if (detail::is_ascii_upper(c)) ++letters;
        if (c == ' ') ++words;
    }
    if (letters < 2 || words > 5) return std::nullopt;
    // The place must end at a word boundary ("NEW YORKers" is not a dateline).
    if (end < text.size() &&
        (detail::is_ascii_lower(text[end]) || detail::is_ascii_digit(text[end])))
        return std::nullopt;
    const std::string_view rest = text.substr(end);
    bool ok = dateline_tail(rest);
    if (!ok) {
        // "BRUSSELS 1996-08-22" on a line of its own.
        std::size_t i = 0;
        while (i < rest.size() && rest[i] == ' ') ++i;
        std::size_t j = i;
        while (j < rest.size() && (detail::is_ascii_digit(rest[j]) || rest[j] == '-')) ++j;
        ok = j > i + 5 && (j == rest.size() || rest[j] == '\n' || rest[j] == '\r');
    }
    if (!ok) return std::nullopt;
    return DatelineMatch{std::string(place), begin, end};
}

}  // namespace dateline::extractor
