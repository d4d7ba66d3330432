// print_text for one whole article (`dateline-search --show`): the
// declaration and what it prints are in text_printer.hpp.

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/cli/text_width.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/searcher/text_printer.hpp"
#include "terminal_style.hpp"

namespace dateline::searcher {

namespace {

using detail::join_names;
using detail::kBold;
using detail::kDim;
using detail::kMatch;
using detail::Styler;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Text with some of its bytes marked as query matches.
struct MarkedText {
    std::string text;
    std::vector<bool> marked;  // one flag per byte of text

    void append(char c, bool mark) {
        text += c;
        marked.push_back(mark);
    }
};

MarkedText unmarked(std::string_view plain) {
    MarkedText result;
    for (const char c : plain) result.append(c, false);
    return result;
}

MarkedText from_parts(const Snippet& marked, const std::string& plain) {
    MarkedText result;
    if (marked.empty()) return unmarked(plain);
    for (const auto& part : marked.parts) {
        for (const char c : part.text) result.append(c, part.highlighted);
    }
    return result;
}

// Paragraphs as text_printer.hpp describes: a blank line or an indented line
// starts one; other line breaks become spaces; runs of blanks inside a line
// become one space. A blank line between paragraphs is kept as one.
MarkedText reflow(const MarkedText& in) {
    MarkedText out;
    enum class Break { None, Line, Paragraph } pending = Break::None;
    std::size_t start = 0;
    while (start <= in.text.size()) {
        std::size_t end = in.text.find('\n', start);
        if (end == std::string::npos) end = in.text.size();
        std::size_t first = start;  // first non-blank byte of the line
        while (first < end && is_blank(in.text[first])) ++first;
        if (first == end) {  // a blank line
            if (!out.text.empty()) pending = Break::Paragraph;
        } else {
            const bool indented = first > start;
            const bool at_start = out.text.empty();
            if (!at_start) {
                if (pending == Break::Paragraph) {
                    out.append('\n', false);
                    out.append('\n', false);
                } else if (indented) {
                    out.append('\n', false);
                } else {
                    // The writer's line break inside a sentence; a phrase
                    // match may span it.
                    out.append(' ', out.marked.back() && in.marked[first]);
                }
            }
            if (indented && !at_start) {
                constexpr std::size_t kMaxIndent = 8;
                for (std::size_t k = 0; k < std::min(first - start, kMaxIndent); ++k) {
                    out.append(' ', false);
                }
            }
            pending = Break::None;
            bool in_blank = false;
            for (std::size_t i = first; i < end; ++i) {
                if (is_blank(in.text[i])) {
                    in_blank = true;
                    continue;
                }
                if (in_blank) out.append(' ', out.marked.back() && in.marked[i]);
                in_blank = false;
                out.append(in.text[i], in.marked[i]);
            }
        }
        if (end == in.text.size()) break;
        start = end + 1;
    }
    return out;
}

// Writes `text` wrapped to `width`, each line after `indent`, matches in the
// match style.
void write_wrapped(std::ostream& out, const MarkedText& text, std::size_t width,
                   std::string_view indent, std::string_view style, const Styler& styler) {
    const std::size_t columns = width > indent.size() + 20 ? width - indent.size() : 20;
    for (const auto line : cli::wrap_lines(text.text, columns)) {
        out << (line.empty() ? std::string_view() : indent);
        const auto begin = static_cast<std::size_t>(line.data() - text.text.data());
        std::size_t i = begin;
        while (i < begin + line.size()) {
            const bool mark = text.marked[i];
            std::size_t j = i;
            while (j < begin + line.size() && text.marked[j] == mark) ++j;
            const std::string_view piece = std::string_view(text.text).substr(i, j - i);
            if (mark || !style.empty()) {
                out << styler(mark ? kMatch : style, piece);
            } else {
                out << piece;
            }
            i = j;
        }
        out << '\n';
    }
}

}  // namespace

void print_text(std::ostream& out, const ArticleView& article, const TextPrintOptions& options) {
    const Styler style(options.color);
    const std::string title = article.title.empty() ? "(no title)" : article.title;
    write_wrapped(out, from_parts(article.marked_title, title), options.width, "", kBold, style);
    const std::string date = article.date ? article.date->iso() : std::string("(no date)");
    write_wrapped(out, unmarked(date + "  id: " + article.id), options.width, "", kDim, style);
    // "people: ...", "places: ...", "orgs: ...": every entity field of the schema.
    for (const auto& field : schema::entity_fields()) {
        const auto& entities = article.entities(field);
        if (entities.empty()) continue;
        write_wrapped(out, unmarked(std::string(field.name) + ": " + join_names(entities)),
                      options.width, "", "", style);
    }
    if (!article.source.empty()) {
        write_wrapped(out, unmarked("source: " + article.source), options.width, "", kDim, style);
    }
    if (!article.url.empty()) {
        write_wrapped(out, unmarked("url: " + article.url), options.width, "", kDim, style);
    }
    out << '\n';
    write_wrapped(out, reflow(from_parts(article.marked_body, article.body)), options.width, "", "",
                  style);
}

}  // namespace dateline::searcher
