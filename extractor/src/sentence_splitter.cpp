#include "dateline/extractor/sentence_splitter.hpp"

#include "utf8.hpp"

namespace dateline::extractor {

namespace {

bool is_terminal(std::string_view t) {
    return t == "." || t == "!" || t == "?" || t == "..." || t == "\xE2\x80\xA6" || t == "?!" ||
           t == "!?";
}

bool is_closing(std::string_view t) {
    return t == "\"" || t == "'" || t == ")" || t == "]" || t == "\xE2\x80\x9D" ||
           t == "\xE2\x80\x99" || t == "\xC2\xBB";
}

bool starts_sentence(std::string_view t) {
    if (t.empty()) return false;
    const char c = t[0];
    if (detail::is_ascii_upper(c) || detail::is_ascii_digit(c)) return true;
    if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '-') return true;
    const auto cp = detail::decode_utf8(t, 0);
    if (cp.value == 0x201C || cp.value == 0x2018 || cp.value == 0xAB) return true;
    // Non-ASCII letters: accept (most scripts have no case, Latin capitals
    // like "É" are letters too).
    return cp.value >= 0x80 && detail::is_letter_cp(cp.value);
}

// A blank line, or a line break followed by indentation, between two offsets.
bool paragraph_break(std::string_view text, std::size_t from, std::size_t to) {
    const std::string_view gap = text.substr(from, to - from);
    int newlines = 0;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        const char c = gap[i];
        if (c == '\n') {
            if (++newlines >= 2) return true;
            if (i + 1 < gap.size() &&
                (gap[i + 1] == '\t' ||
                 (gap[i + 1] == ' ' && i + 2 < gap.size() && gap[i + 2] == ' '))) {
                return true;
            }
        } else if (c != ' ' && c != '\t' && c != '\r') {
            newlines = 0;
        }
    }
    return false;
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text, std::span<const Token> tokens,
                                          const SentenceSplitOptions& options) {
    std::vector<SentenceSpan> sentences;
    std::size_t first = 0;
    auto close = [&](std::size_t last) {
        if (last > first) sentences.push_back({first, last});
        first = last;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > first && paragraph_break(text, tokens[i - 1].end, tokens[i].begin)) close(i);
        if (i + 1 - first >= options.max_tokens) {
            close(i + 1);
            continue;
        }
        if (!is_terminal(tokens[i].text)) continue;
        std::size_t end = i + 1;
        // Closing quotes and brackets touch the terminal ("over.\"").
        while (end < tokens.size() && is_closing(tokens[end].text) &&
               tokens[end].begin == tokens[end - 1].end) {
            ++end;
        }
        if (end == tokens.size() || starts_sentence(tokens[end].text)) {
            close(end);
            i = end - 1;
        }
    }
    close(tokens.size());
    return sentences;
}

}  // namespace dateline::extractor
