#pragma once
// Tokeniser for English news text, producing CoNLL-2003-style tokens.
//
// Contract:
//  * Tokens are slices of the input (Token::text views it; keep the text alive)
//    with byte offsets [begin, end). Whitespace (including U+00A0) is dropped;
//    every other byte belongs to exactly one token.
//  * Words keep internal hyphens ("al-Muhandis", "B-52", "decades-old") and
//    internal apostrophes of names ("O'Neill"); numbers keep separators
//    between digits ("1,000", "3.5", "10:30", "1996-08-22").
//  * Dotted acronyms are one token ("U.S.", "a.m."); a known abbreviation or
//    a single capital initial keeps its period ("Jan.", "Mr.", "J.").
//  * Clitics are split as in the Penn Treebank / CoNLL: "Trump's" -> "Trump"
//    "'s", "don't" -> "do" "n't"; curly apostrophes are treated alike.
//  * Runs of '-' ("--") and of '.' ("...") are one token; every other
//    punctuation character (quotes, brackets, '|') is its own token.
// The input is treated as UTF-8; invalid bytes are treated as letters.

#include <cstddef>
#include <string_view>
#include <vector>

namespace dateline::extractor {

struct Token {
    std::string_view text;  ///< the token's bytes in the input
    std::size_t begin = 0;  ///< byte offset of the first byte
    std::size_t end = 0;    ///< byte offset one past the last byte
};

/// Splits text into tokens (see the contract above). Never throws except
/// std::bad_alloc.
[[nodiscard]] std::vector<Token> tokenize(std::string_view text);

/// True for abbreviations that keep their period ("Mr", "Jan", "Corp";
/// case-sensitive, without the period).
[[nodiscard]] bool is_known_abbreviation(std::string_view word) noexcept;

}  // namespace dateline::extractor
