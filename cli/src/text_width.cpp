#include "dateline/cli/text_width.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace dateline::cli {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// Combining marks and invisible format characters: no column of their own.
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F},
    {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
};

// East Asian Wide and Fullwidth blocks, and the emoji blocks terminals draw
// two columns wide.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},   {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

template <std::size_t N>
bool in(const Range (&ranges)[N], char32_t c) {
    for (const auto& range : ranges) {
        if (c >= range.first && c <= range.last) return true;
    }
    return false;
}

// Decodes the UTF-8 character at text[i]; `length` is its byte count (1 for
// an invalid byte, which decodes as itself).
char32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t extra = 0;
    char32_t c = lead;
    if (lead >= 0xF0 && lead < 0xF8) {
        extra = 3;
        c = lead & 0x07U;
    } else if (lead >= 0xE0) {
        extra = 2;
        c = lead & 0x0FU;
    } else if (lead >= 0xC0) {
        extra = 1;
        c = lead & 0x1FU;
    }
    if (lead >= 0xF8 || (lead >= 0x80 && lead < 0xC0) || i + extra >= text.size()) {
        length = 1;
        return lead;
    }
    for (std::size_t k = 1; k <= extra; ++k) {
        if ((byte(i + k) & 0xC0U) != 0x80U) {
            length = 1;
            return lead;
        }
        c = (c << 6) | (byte(i + k) & 0x3FU);
    }
    length = extra + 1;
    return c;
}

std::size_t char_width(char32_t c) {
    if (in(kZeroWidth, c)) return 0;
    return in(kWide, c) ? 2 : 1;
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        width += char_width(decode(text, i, length));
        i += length;
    }
    return width;
}

std::string_view first_columns(std::string_view text, std::size_t width) {
    std::size_t used = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        std::size_t length = 1;
        const std::size_t columns = char_width(decode(text, end, length));
        if (used + columns > width) break;
        used += columns;
        end += length;
    }
    return text.substr(0, end);
}

std::string_view last_columns(std::string_view text, std::size_t width) {
    // Character starts, so the text can be walked backwards.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size();) {
        starts.push_back(i);
        std::size_t length = 1;
        (void)decode(text, i, length);
        i += length;
    }
    std::size_t used = 0;
    std::size_t begin = text.size();
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
        std::size_t length = 1;
        const std::size_t columns = char_width(decode(text, *it, length));
        if (used + columns > width) break;
        used += columns;
        begin = *it;
    }
    // A combining mark whose base did not fit goes too.
    while (begin < text.size()) {
        std::size_t length = 1;
        if (char_width(decode(text, begin, length)) != 0) break;
        begin += length;
    }
    return text.substr(begin);
}

namespace {

// Appends the lines of `line` (no newline in it) wrapped to `width`.
void wrap_line(std::string_view line, std::size_t width, std::vector<std::string_view>& lines) {
    while (display_width(line) > width) {
        // The last space, after some word, before the width is exceeded.
        std::size_t used = 0;
        std::size_t space = std::string_view::npos;
        bool after_word = false;
        for (std::size_t i = 0; i < line.size();) {
            std::size_t length = 1;
            const char32_t c = decode(line, i, length);
            if (c == ' ' && after_word) space = i;
            after_word = after_word || c != ' ';
            used += char_width(c);
            if (used > width && space != std::string_view::npos) break;
            i += length;
        }
        if (space == std::string_view::npos) break;  // one word wider than the line
        std::size_t end = space;
        while (end > 0 && line[end - 1] == ' ') --end;
        lines.push_back(line.substr(0, end));
        std::size_t next = space;
        while (next < line.size() && line[next] == ' ') ++next;
        line.remove_prefix(next);
        if (line.empty()) return;
    }
    lines.push_back(line);
}

}  // namespace

std::vector<std::string_view> wrap_lines(std::string_view text, std::size_t width) {
    if (width == 0) width = 1;
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        wrap_line(text.substr(start, end - start), width, lines);
        if (newline == std::string_view::npos) break;
        start = newline + 1;
    }
    return lines;
}

std::size_t terminal_width(int fd, std::size_t fallback) {
    winsize size{};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        const std::string_view text(columns);
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc() && end == text.data() + text.size() && value > 0) return value;
    }
    return fallback;
}

}  // namespace dateline::cli
