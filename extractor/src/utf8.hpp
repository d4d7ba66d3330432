#pragma once
// Private: the few UTF-8 facts the tokeniser and word shapes need.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dateline::extractor::detail {

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

/// Decodes the code point at pos; an invalid byte decodes as itself, length 1.
[[nodiscard]] inline CodePoint decode_utf8(std::string_view s, std::size_t pos) noexcept {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) return {b0, 1};
    auto cont = [&](std::size_t i) -> int {
        if (pos + i >= s.size()) return -1;
        const auto b = static_cast<unsigned char>(s[pos + i]);
        return (b & 0xC0U) == 0x80U ? (b & 0x3F) : -1;
    };
    if ((b0 & 0xE0U) == 0xC0U) {
        const int c1 = cont(1);
        if (c1 >= 0)
            return {static_cast<char32_t>(((b0 & 0x1FU) << 6U) | static_cast<unsigned>(c1)), 2};
    } else if ((b0 & 0xF0U) == 0xE0U) {
        const int c1 = cont(1);
        const int c2 = cont(2);
        if (c1 >= 0 && c2 >= 0) {
            return {
                static_cast<char32_t>(((b0 & 0x0FU) << 12U) | (static_cast<unsigned>(c1) << 6U) |
                                      static_cast<unsigned>(c2)),
                3};
        }
    } else if ((b0 & 0xF8U) == 0xF0U) {
        const int c1 = cont(1);
        const int c2 = cont(2);
        const int c3 = cont(3);
        if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
            return {static_cast<char32_t>(
                        ((b0 & 0x07U) << 18U) | (static_cast<unsigned>(c1) << 12U) |
                        (static_cast<unsigned>(c2) << 6U) | static_cast<unsigned>(c3)),
                    4};
        }
    }
    return {b0, 1};
}

[[nodiscard]] constexpr bool is_space_cp(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}

[[nodiscard]] constexpr bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// A word written as a name: a capital, then a small letter somewhere, two
/// letters or more ("Terry", "McVeigh", "O'Neil"; not "A", "IBM" or "said").
[[nodiscard]] constexpr bool is_capitalised_word(std::string_view w) noexcept {
    if (w.size() < 2 || !is_ascii_upper(w.front())) return false;
    for (const char c : w.substr(1)) {
        if (is_ascii_lower(c)) return true;
    }
    return false;
}

/// Letters: ASCII letters and every non-ASCII code point that is not
/// punctuation, a symbol or a space in the ranges news text uses.
[[nodiscard]] constexpr bool is_letter_cp(char32_t c) noexcept {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c >= 0xA0 && c <= 0xBF) return false;      // Latin-1 symbols, « »
    if (c == 0xD7 || c == 0xF7) return false;      // × ÷
    if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c >= 0xFF00 && c <= 0xFF0F) return false;
    return !is_space_cp(c);
}

[[nodiscard]] constexpr bool is_apostrophe_cp(char32_t c) noexcept {
    return c == '\'' || c == 0x2019;
}

/// Lower-cases ASCII letters only (enough for feature keys; non-ASCII bytes
/// pass through).
[[nodiscard]] inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace dateline::extractor::detail
