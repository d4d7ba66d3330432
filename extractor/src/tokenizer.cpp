#include "dateline/extractor/tokenizer.hpp"

#include <algorithm>
#include <array>

#include "utf8.hpp"

namespace dateline::extractor {

namespace {

using detail::decode_utf8;
using detail::is_apostrophe_cp;
using detail::is_ascii_digit;
using detail::is_letter_cp;
using detail::is_space_cp;

// Sorted for binary search. Titles, months, company suffixes and a few Latin
// abbreviations that news text writes with a period.
constexpr std::array<std::string_view, 57> kAbbreviations = {
    "Adm",    "Apr", "Aug", "Ave",  "Blvd", "Bros", "Capt", "Cmdr", "Co",  "Col",
    "Corp",   "Cpl", "Dec", "Dept", "Dr",   "Feb",  "Fla",  "Ft",   "Gen", "Gov",
    "Hon",    "Inc", "Jan", "Jr",   "Jul",  "Jun",  "Lt",   "Ltd",  "Maj", "Mar",
    "Messrs", "Mr",  "Mrs", "Ms",   "Mt",   "No",   "Nov",  "Oct",  "Ph",  "Pres",
    "Prof",   "Rep", "Rev", "Sen",  "Sep",  "Sept", "Sgt",  "Sr",   "St",  "Supt",
    "approx", "cf",  "e.g", "etc",  "i.e",  "vs",   "Calif"};

bool is_alnum_at(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return false;
    const char32_t c = decode_utf8(text, pos).value;
    return is_letter_cp(c) || (c < 0x80 && is_ascii_digit(static_cast<char>(c)));
}

bool is_letter_at(std::string_view text, std::size_t pos) {
    return pos < text.size() && is_letter_cp(decode_utf8(text, pos).value);
}

bool is_digit_at(std::string_view text, std::size_t pos) {
    return pos < text.size() && is_ascii_digit(text[pos]);
}

// Length of a dotted acronym ("U.S.", "a.m.", "U.S.A.") starting at pos, or 0.
std::size_t acronym_length(std::string_view text, std::size_t pos) {
    std::size_t p = pos;
    int letters = 0;
    while (p + 1 < text.size() && text[p] < 0x7F &&
           is_letter_cp(static_cast<unsigned char>(text[p])) && text[p + 1] == '.') {
        p += 2;
        ++letters;
    }
    if (letters < 2 || is_alnum_at(text, p)) return 0;
    return p - pos;
}

// Length of the apostrophe (1 byte for ', 3 for U+2019) at pos, or 0.
std::size_t apostrophe_length(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    const auto cp = decode_utf8(text, pos);
    return is_apostrophe_cp(cp.value) ? cp.length : 0;
}

// Length of a clitic starting with the apostrophe at pos ("'s", "'re", "'ll",
// "'ve", "'d", "'m"), followed by a non-letter; 0 if none.
std::size_t clitic_length(std::string_view text, std::size_t pos) {
    const std::size_t a = apostrophe_length(text, pos);
    if (a == 0) return 0;
    std::size_t p = pos + a;
    std::size_t letters = 0;
    while (p + letters < text.size() &&
           detail::is_ascii_lower(static_cast<char>(text[p + letters] | 0x20)) && letters < 3) {
        ++letters;
    }
    if (letters == 0 || is_letter_at(text, p + letters)) return 0;
    std::string word = detail::ascii_lower(text.substr(p, letters));
    if (word == "s" || word == "re" || word == "ll" || word == "ve" || word == "d" || word == "m") {
        return a + letters;
    }
    return 0;
}

// End of a word or number starting at pos (an alphanumeric character).
std::size_t scan_word(std::string_view text, std::size_t pos) {
    std::size_t p = pos;
    for (;;) {
        while (p < text.size() && is_alnum_at(text, p)) p += decode_utf8(text, p).length;
        if (p >= text.size()) return p;
        const char c = text[p];
        // Hyphens inside words and numbers ("al-Muhandis", "B-52", "1996-08-22").
        if (c == '-' && is_alnum_at(text, p + 1)) {
            ++p;
            continue;
        }
        // Number separators between digits ("1,000", "3.5", "10:30", "1/2").
        if ((c == ',' || c == '.' || c == ':' || c == '/') && p > pos && is_digit_at(text, p - 1) &&
            is_digit_at(text, p + 1)) {
            ++p;
            continue;
        }
        // Apostrophes inside names: "O'Neill", "D'Alema", "N'Djamena".
        if (const std::size_t a = apostrophe_length(text, p);
            a > 0 && p - pos <= 2 && p + a < text.size() && detail::is_ascii_upper(text[p + a]) &&
            is_letter_at(text, p + a + 1)) {
            p += a;
            continue;
        }
        return p;
    }
}

}  // namespace

bool is_known_abbreviation(std::string_view word) noexcept {
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    auto emit = [&](std::size_t begin, std::size_t end) {
        tokens.push_back(Token{text.substr(begin, end - begin), begin, end});
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto cp = decode_utf8(text, pos);
        if (is_space_cp(cp.value)) {
            pos += cp.length;
            continue;
        }
        if (is_alnum_at(text, pos)) {
            if (const std::size_t n = acronym_length(text, pos); n > 0) {
                emit(pos, pos + n);
                pos += n;
                continue;
            }
            std::size_t end = scan_word(text, pos);
            // "don't" -> "do" "n't"
            if (const std::size_t a = apostrophe_length(text, end);
                a > 0 && end - pos >= 2 && (text[end - 1] == 'n' || text[end - 1] == 'N') &&
                end + a < text.size() && (text[end + a] == 't' || text[end + a] == 'T') &&
                !is_letter_at(text, end + a + 1)) {
                if (end - 1 > pos) emit(pos, end - 1);
                emit(end - 1, end + a + 1);
                pos = end + a + 1;
                continue;
            }
            // Abbreviations and initials keep their period.
            if (end < text.size() && text[end] == '.') {
                const std::string_view word = text.substr(pos, end - pos);
                const bool initial = word.size() == 1 && detail::is_ascii_upper(word[0]);
                if (initial || is_known_abbreviation(word)) ++end;
            }
            emit(pos, end);
            pos = end;
            continue;
        }
        if (is_apostrophe_cp(cp.value)) {
            if (const std::size_t n = clitic_length(text, pos);
                n > 0 && pos > 0 && is_alnum_at(text, pos - 1)) {
                emit(pos, pos + n);
                pos += n;
                continue;
            }
            // Possessive of a plural ("the Smiths' house"): the apostrophe alone.
            emit(pos, pos + cp.length);
            pos += cp.length;
            continue;
        }
        if (cp.value == '-' || cp.value == '.') {
            std::size_t end = pos;
            while (end < text.size() && text[end] == text[pos]) ++end;
            emit(pos, end);
            pos = end;
            continue;
        }
        emit(pos, pos + cp.length);
        pos += cp.length;
    }
    return tokens;
}

}  // namespace dateline::extractor
