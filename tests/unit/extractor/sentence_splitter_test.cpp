#include "dateline/extractor/sentence_splitter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline::extractor {
namespace {

// Sentences as their tokens joined by single spaces.
std::vector<std::string> sentences(std::string_view text) {
    const auto tokens = tokenize(text);
    std::vector<std::string> out;
    for (const SentenceSpan& s : split_sentences(text, tokens)) {
        std::string joined;
        for (std::size_t i = s.first; i < s.last; ++i) {
            if (i > s.first) joined += ' ';
            joined += tokens[i].text;
        }
        out.push_back(joined);
    }
    return out;
}

struct SplitCase {
    const char* text;
    std::vector<std::string> sentences;
};

TEST(SentenceSplitter, Table) {
    const std::vector<SplitCase> cases = {
        {"He left. She stayed.", {"He left .", "She stayed ."}},
        {"Is it? Yes! Fine.", {"Is it ?", "Yes !", "Fine ."}},
        {"U.S. troops left. Iraq cheered.", {"U.S. troops left .", "Iraq cheered ."}},
        {"Mr. Smith met Dr. Jones on Jan. 3 in Baghdad.",
         {"Mr. Smith met Dr. Jones on Jan. 3 in Baghdad ."}},
        {"He said \"Think it over.\" Then he left.",
         {"He said \" Think it over . \"", "Then he left ."}},
        {"he said. \"We tell America\"", {"he said .", "\" We tell America \""}},
        {"Prices rose 3.5 pct. Analysts were surprised.",
         {"Prices rose 3.5 pct .", "Analysts were surprised ."}},
        {"a headline without a stop\n\nThe story begins.",
         {"a headline without a stop", "The story begins ."}},
        {"BRUSSELS 1996-08-22\n\nThe EU said.", {"BRUSSELS 1996-08-22", "The EU said ."}},
        {"wrapped Reuters text goes\non the next line.",
         {"wrapped Reuters text goes on the next line ."}},
        {"Reuters paragraph one.\n    Paragraph two", {"Reuters paragraph one .", "Paragraph two"}},
        {"no capital after. the end", {"no capital after . the end"}},
        {"", {}},
    };
    for (const SplitCase& c : cases) {
        EXPECT_EQ(sentences(c.text), c.sentences) << "text: " << c.text;
    }
}

TEST(SentenceSplitter, LongSentencesAreCut) {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "word ";
    const auto tokens = tokenize(text);
    const auto spans = split_sentences(text, tokens, SentenceSplitOptions{10});
    ASSERT_EQ(spans.size(), 3U);
    EXPECT_EQ(spans[0], (SentenceSpan{0, 10}));
    EXPECT_EQ(spans[2], (SentenceSpan{20, 30}));
}

}  // namespace
}  // namespace dateline::extractor
