// Display width of UTF-8 text and wrapping at word boundaries (text_width.hpp).

#include "dateline/cli/text_width.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline::cli {
namespace {

TEST(DisplayWidth, CountsColumnsNotBytes) {
    EXPECT_EQ(display_width(""), 0U);
    EXPECT_EQ(display_width("oil"), 3U);
    EXPECT_EQ(display_width("Martínez"), 8U);        // precomposed í: 2 bytes, 1 column
    EXPECT_EQ(display_width("Marti\u0301nez"), 8U);  // i + combining acute: 1 column
    EXPECT_EQ(display_width("東京"), 4U);            // wide
    EXPECT_EQ(display_width("ＡＢ"), 4U);            // fullwidth
    EXPECT_EQ(display_width("a\u200Bb"), 2U);        // zero width space
    EXPECT_EQ(display_width("\xFF\xFE"), 2U);        // invalid bytes: one column each
    EXPECT_EQ(display_width("\xE6\x9D"), 2U);        // truncated sequence
}

TEST(Columns, FirstAndLastColumnsCutWholeCharacters) {
    EXPECT_EQ(first_columns("interest rates", 8), "interest");
    EXPECT_EQ(first_columns("interest", 80), "interest");
    EXPECT_EQ(first_columns("Sørensen", 2), "Sø");
    EXPECT_EQ(first_columns("東京都", 3), "東");  // the second would need columns 3 and 4
    EXPECT_EQ(first_columns("abc", 0), "");
    EXPECT_EQ(last_columns("interest rates", 5), "rates");
    EXPECT_EQ(last_columns("rates", 80), "rates");
    EXPECT_EQ(last_columns("Martínez", 3), "nez");
    EXPECT_EQ(last_columns("東京都", 3), "都");
    EXPECT_EQ(last_columns("e\u0301", 0), "");  // the mark does not stay alone
    EXPECT_EQ(last_columns("ae\u0301", 1), "e\u0301");
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    for (const auto line : wrap_lines(text, width)) lines.emplace_back(line);
    return lines;
}

using Lines = std::vector<std::string>;

TEST(WrapLines, BreaksAtSpacesWithinTheWidth) {
    EXPECT_EQ(wrap("", 10), Lines{});
    EXPECT_EQ(wrap("interest rates rose", 80), Lines{"interest rates rose"});
    EXPECT_EQ(wrap("interest rates rose", 14), (Lines{"interest rates", "rose"}));
    EXPECT_EQ(wrap("interest rates rose", 13), (Lines{"interest", "rates rose"}));
    EXPECT_EQ(wrap("interest rates rose", 8), (Lines{"interest", "rates", "rose"}));
    // A word wider than the line is never cut.
    EXPECT_EQ(wrap("internationalisation is long", 10), (Lines{"internationalisation", "is long"}));
    EXPECT_EQ(wrap("internationalisation", 5), Lines{"internationalisation"});
    // Columns, not bytes: this line fits in 12 columns although it has 16 bytes.
    EXPECT_EQ(wrap("Sørensen und Åsa", 12), (Lines{"Sørensen und", "Åsa"}));
    EXPECT_EQ(wrap("東京 大阪 名古屋", 10), (Lines{"東京 大阪", "名古屋"}));
}

TEST(WrapLines, KeepsNewlinesAndIndentation) {
    EXPECT_EQ(wrap("first\n\nsecond\n", 80), (Lines{"first", "", "second"}));
    EXPECT_EQ(wrap("  indented words here", 12), (Lines{"  indented", "words here"}));
    EXPECT_EQ(wrap("two  spaces", 80), Lines{"two  spaces"});
    EXPECT_EQ(wrap("a b", 0), (Lines{"a", "b"}));
}

TEST(WrapLines, LinesAreViewsIntoTheText) {
    const std::string text = "one two three";
    const auto lines = wrap_lines(text, 7);
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(lines[1].data() - text.data(), 8);  // highlights can be mapped by offset
}

}  // namespace
}  // namespace dateline::cli
