#include "dateline/indexer/text_cleaning.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>

namespace dateline::indexer {

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

unsigned char byte_at(std::string_view text, std::size_t i) {
    return static_cast<unsigned char>(text[i]);
}

// Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const unsigned char lead = byte_at(text, i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char min_second = 0x80;
    unsigned char max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min_second = 0xA0;  // overlong
        if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min_second = 0x90;  // overlong
        if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    const unsigned char second = byte_at(text, i + 1);
    if (second < min_second || second > max_second) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if ((byte_at(text, i + k) & 0xC0) != 0x80) return 0;
    }
    return length;
}

// Decodes the UTF-8 sequence of `length` bytes at `i` (already validated).
std::uint32_t decode_at(std::string_view text, std::size_t i, std::size_t length) {
    const unsigned char lead = byte_at(text, i);
    if (length == 1) return lead;
    std::uint32_t cp = lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte_at(text, i + k) & 0x3Fu);
    return cp;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

struct NamedReference {
    std::string_view name;
    std::uint32_t code_point;
};

constexpr std::array<NamedReference, 6> kNamedReferences{{
    {"lt", '<'},
    {"gt", '>'},
    {"amp", '&'},
    {"quot", '"'},
    {"apos", '\''},
    {"nbsp", 0xA0},
}};

// The code point of the reference body (between '&' and ';'), or nullopt.
std::optional<std::uint32_t> reference_value(std::string_view body) {
    if (body.size() >= 2 && body[0] == '#') {
        int base = 10;
        std::string_view digits = body.substr(1);
        if (digits[0] == 'x' || digits[0] == 'X') {
            base = 16;
            digits.remove_prefix(1);
        }
        std::uint32_t value = 0;
        const auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
        if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size()) {
            return std::nullopt;
        }
        // Surrogates and out-of-range values cannot be encoded as UTF-8.
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
        return value;
    }
    for (const auto& named : kNamedReferences) {
        if (body == named.name) return named.code_point;
    }
    return std::nullopt;
}

}  // namespace

std::string to_valid_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::size_t length = utf8_sequence_length(bytes, i);
        if (length == 0) {
            // Not UTF-8: the byte is a Latin-1 character.
            append_utf8(out, byte_at(bytes, i));
            ++i;
        } else {
            out.append(bytes.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string decode_character_references(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto amp = text.find('&', i);
        if (amp == std::string_view::npos) break;
        out.append(text.substr(i, amp - i));
        // References are short; a far-away ';' belongs to something else.
        const auto semi = text.substr(amp, 12).find(';');
        if (semi != std::string_view::npos) {
            if (const auto value = reference_value(text.substr(amp + 1, semi - 1))) {
                append_utf8(out, *value);
                i = amp + semi + 1;
                continue;
            }
        }
        out += '&';
        i = amp + 1;
    }
    out.append(text.substr(std::min(i, text.size())));
    return out;
}

std::string remove_control_characters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) length = 1;  // contract says UTF-8; be safe with stray bytes
        const std::uint32_t cp = decode_at(text, i, length);
        if (cp == '\n' || cp == '\t') {
            out += static_cast<char>(cp);
        } else if (cp == '\r') {
            // CRLF line ends become LF; a lone CR is dropped too.
        } else if (cp == '\f' || cp == '\v' || cp == 0x85) {
            out += ' ';  // these separate words, so keep a space
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            // dropped
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

std::string clean_markup_text(std::string_view raw) {
    // UTF-8 repair comes first so that a stray Latin-1 byte can never combine
    // with the bytes of a decoded reference into a different character.
    return remove_control_characters(decode_character_references(to_valid_utf8(raw)));
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (const char c : text) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

namespace {

// Words after which a full stop does not end a sentence.
bool is_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 28> kAbbreviations{
        "mr",   "mrs", "ms",  "dr",  "st",  "jr",  "sr",  "prof", "gen", "gov",
        "sen",  "rep", "jan", "feb", "mar", "apr", "jun", "jul",  "aug", "sep",
        "sept", "oct", "nov", "dec", "no",  "vs",  "inc", "corp"};
    if (word.size() == 1) return true;                          // an initial: "John F. Kennedy"
    if (word.find('.') != std::string_view::npos) return true;  // "U.S."
    std::string lower;
    for (const char c : word) {
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    for (const auto abbreviation : kAbbreviations) {
        if (lower == abbreviation) return true;
    }
    return false;
}

// Position just after the end of the first sentence of `text` (one line).
std::size_t first_sentence_end(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        const bool at_end = i + 1 == text.size();
        if (!at_end && text[i + 1] != ' ') continue;  // "2.5", "U.S.A"
        if (c == '.') {
            const auto word_start = text.find_last_of(' ', i);
            const auto start = word_start == std::string_view::npos ? 0 : word_start + 1;
            if (is_abbreviation(text.substr(start, i - start))) continue;
        }
        return i + 1;
    }
    return text.size();
}

}  // namespace

std::string title_from_body(std::string_view body, std::size_t max_chars) {
    // The first paragraph only: a heading line followed by a blank line is
    // a title in itself.
    std::size_t start = 0;
    while (start < body.size() && is_space(body[start])) ++start;
    std::string_view rest = body.substr(start);
    if (const auto blank = rest.find("\n\n"); blank != std::string_view::npos) {
        rest = rest.substr(0, blank);
    }
    const std::string paragraph = collapse_whitespace(rest);
    std::string_view sentence(paragraph);
    sentence = sentence.substr(0, first_sentence_end(sentence));
    if (sentence.size() <= max_chars) return std::string(sentence);

    // Cut at the last space within the limit; a single over-long word is cut
    // at a character boundary instead.
    std::size_t cut = sentence.substr(0, max_chars + 1).rfind(' ');
    if (cut == std::string_view::npos || cut == 0) {
        cut = max_chars;
        while (cut > 0 && (byte_at(sentence, cut) & 0xC0) == 0x80) --cut;
    }
    std::string_view kept = sentence.substr(0, cut);
    while (!kept.empty() &&
           (kept.back() == ' ' || kept.back() == ',' || kept.back() == ';' || kept.back() == ':')) {
        kept.remove_suffix(1);
    }
    return std::string(kept) + "\u2026";
}

}  // namespace dateline::indexer
