#pragma once
// Sentence splitter over tokenize() output.
//
// A sentence ends after ".", "!", "?", "..." (plus any closing quotes or
// brackets right after it) when the next token starts a sentence (capital
// letter, digit, opening quote or bracket) or the text ends. Abbreviation
// tokens ("Jan.", "U.S.", "Mr.") never end a sentence. A paragraph break (a
// blank line, or a line break followed by indentation) always ends one, so
// headlines and datelines without final punctuation stand alone. Sentences
// longer than max_tokens are cut.

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor {

/// A sentence as the token index range [first, last).
struct SentenceSpan {
    std::size_t first = 0;
    std::size_t last = 0;

    friend bool operator==(const SentenceSpan&, const SentenceSpan&) = default;
};

struct SentenceSplitOptions {
    /// Longest sentence handed to the tagger. Default: 250 tokens.
    std::size_t max_tokens = 250;
};

/// Splits the tokens of text (as returned by tokenize(text)) into sentences.
[[nodiscard]] std::vector<SentenceSpan> split_sentences(std::string_view text,
                                                        std::span<const Token> tokens,
                                                        const SentenceSplitOptions& options = {});

}  // namespace dateline::extractor
