// print_text for one whole article (`dateline-search --show`): the
// declaration and what it prints are in text_printer.hpp.

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/fields.hpp"
#include "dateline/searcher/text_printer.hpp"
#include "marked_text.hpp"
#include "terminal_style.hpp"

namespace dateline::searcher {

namespace {

using detail::from_parts;
using detail::join_names;
using detail::kBold;
using detail::kDim;
using detail::MarkedText;
using detail::Styler;
using detail::unmarked;
using detail::write_wrapped;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

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
