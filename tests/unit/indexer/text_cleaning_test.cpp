#include "dateline/indexer/text_cleaning.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dateline::indexer {
namespace {

struct Case {
    std::string input;
    std::string expected;
};

TEST(ToValidUtf8, KeepsUtf8AndReadsOtherBytesAsLatin1) {
    const Case cases[] = {
        {"plain ascii", "plain ascii"},
        {"caf\xC3\xA9", "caf\xC3\xA9"},                            // valid 2-byte kept
        {"\xE2\x82\xAC 5", "\xE2\x82\xAC 5"},                      // euro sign kept
        {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},                  // 4-byte kept
        {"growth.\xFC", "growth.\xC3\xBC"},                        // Reuters' 0xFC = u-umlaut
        {"\xE9t\xE9", "\xC3\xA9t\xC3\xA9"},                        // Latin-1 text
        {"end\xC3", "end\xC3\x83"},                                // truncated sequence
        {"\xC0\xAF", "\xC3\x80\xC2\xAF"},                          // overlong '/' rejected
        {"\xED\xA0\x80", "\xC3\xAD\xC2\xA0\xC2\x80"},              // surrogate rejected
        {"\xF4\x90\x80\x80", "\xC3\xB4\xC2\x90\xC2\x80\xC2\x80"},  // above U+10FFFF
        {"\x80", "\xC2\x80"},                                      // lone continuation byte
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(to_valid_utf8(c.input), c.expected) << c.input;
}

TEST(DecodeCharacterReferences, DecodesNamedAndNumericReferences) {
    const Case cases[] = {
        {"&lt;b&gt;", "<b>"},
        {"AT&amp;T", "AT&T"},
        {"&quot;q&quot; &apos;a&apos;", "\"q\" 'a'"},
        {"a&nbsp;b",
         "a\xC2\xA0"
         "b"},
        {"&#5;&#3;", "\x05\x03"},
        {"&#x41;&#X42;", "AB"},
        {"&#252;ber",
         "\xC3\xBC"
         "ber"},
        {"&#8364;", "\xE2\x82\xAC"},
        {"&amp;lt;", "&lt;"},  // one pass only
        {"&foo; &#; &#xZZ; &#12a;", "&foo; &#; &#xZZ; &#12a;"},
        {"&#xD800; &#1114112;", "&#xD800; &#1114112;"},  // not encodable
        {"fish & chips", "fish & chips"},
        {"trailing &", "trailing &"},
        {"&lt", "&lt"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(decode_character_references(c.input), c.expected) << c.input;
    }
}

TEST(RemoveControlCharacters, KeepsNewlineAndTabOnly) {
    const Case cases[] = {
        {"a\x05"
         "b",
         "ab"},
        {"line\r\nnext", "line\nnext"},
        {"a\tb\nc", "a\tb\nc"},
        {"a\fb\vc", "a b c"},
        {"a\x7F"
         "b",
         "ab"},
        {"a\xC2\x85"
         "b",
         "a b"},  // NEL separates words
        {"a\xC2\x9F"
         "b",
         "ab"},  // C1 control
        {"\xC3\xA9t\xC3\xA9", "\xC3\xA9t\xC3\xA9"},
        {"\x02\x03", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(remove_control_characters(c.input), c.expected);
}

TEST(CleanMarkupText, RepairsDecodesAndStrips) {
    // Latin-1 byte, references and the &#3; end-of-text marker of Reuters.
    EXPECT_EQ(clean_markup_text("growth.\xFC&#5; AT&amp;T\r\n&#3;"), "growth.\xC3\xBC AT&T\n");
}

TEST(CollapseWhitespace, CollapsesAndTrims) {
    const Case cases[] = {{"  a \n\t b  ", "a b"}, {"one", "one"}, {" \n ", ""}, {"a\r\nb", "a b"}};
    for (const auto& c : cases) EXPECT_EQ(collapse_whitespace(c.input), c.expected);
}

TEST(TitleFromBody, TakesTheFirstSentence) {
    const Case cases[] = {
        {"Short title. Second sentence.", "Short title."},
        {"Rates rise! Then fall.", "Rates rise!"},
        {"U.S. rates rise. More text.", "U.S. rates rise."},
        {"Mr. Smith went to Washington. He stayed.", "Mr. Smith went to Washington."},
        {"Prices fell 2.5 pct in Jan. 1987, it said. Next.",
         "Prices fell 2.5 pct in Jan. 1987, it said."},
        {"John F. Kennedy spoke. Then.", "John F. Kennedy spoke."},
        {"Heading line\n\nBody text follows.", "Heading line"},
        {"  wrapped\n  line of text. x", "wrapped line of text."},
        {"no full stop at all", "no full stop at all"},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(title_from_body(c.input), c.expected) << c.input;
}

TEST(TitleFromBody, CutsLongSentencesAtAWordBoundary) {
    const std::string body =
        "January 3, 2021, marked completion of the assassination of top Iranian commander Qasem "
        "Soleimani who was killed in a US drone strike. More.";
    const std::string title = title_from_body(body);
    EXPECT_EQ(title,
              "January 3, 2021, marked completion of the assassination of top Iranian commander "
              "Qasem Soleimani who\xE2\x80\xA6");  // 100 bytes + the ellipsis
    EXPECT_LE(title.size(), 100u + 3u);

    EXPECT_EQ(title_from_body("alpha beta gamma", 11), "alpha beta\xE2\x80\xA6");
    EXPECT_EQ(title_from_body("alpha, beta gamma", 8), "alpha\xE2\x80\xA6");  // no dangling comma
    // One long word is cut without splitting a UTF-8 character.
    EXPECT_EQ(title_from_body("\xC3\xA9\xC3\xA9\xC3\xA9", 3), "\xC3\xA9\xE2\x80\xA6");
}

}  // namespace
}  // namespace dateline::indexer
