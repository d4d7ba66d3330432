// Reuters-21578 SGML: many <REUTERS> elements per file. Scanned with
// string_view searches only: the collection is 27 MB and must read in well
// under a second or two.

#include <algorithm>
#include <initializer_list>

#include "article_date.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/indexer/text_cleaning.hpp"
#include "entity_list.hpp"

namespace dateline::indexer {

namespace {

constexpr std::string_view kOpen = "<REUTERS";
constexpr std::string_view kClose = "</REUTERS>";

// Joins pieces into one string. (GCC 12 warns falsely, -Wrestrict, about
// "literal" + std::string at -O2, which -Werror would turn into an error.)
std::string concat(std::initializer_list<std::string_view> pieces) {
    std::string out;
    for (const auto piece : pieces) out += piece;
    return out;
}

// The content of the first <NAME ...>…</NAME> in `text` (attributes allowed),
// or nullopt when absent or unclosed.
std::optional<std::string_view> element(std::string_view text, std::string_view name) {
    std::size_t pos = 0;
    while (true) {
        pos = text.find(name, pos);
        if (pos == std::string_view::npos) return std::nullopt;
        const bool opens = pos > 0 && text[pos - 1] == '<' && pos + name.size() < text.size() &&
                           (text[pos + name.size()] == '>' || text[pos + name.size()] == ' ');
        if (opens) break;
        pos += name.size();
    }
    const auto start = text.find('>', pos);
    if (start == std::string_view::npos) return std::nullopt;
    const std::string close = concat({"</", name, ">"});
    const auto end = text.find(close, start);
    if (end == std::string_view::npos) return std::nullopt;
    return text.substr(start + 1, end - start - 1);
}

// The value of `name="…"` in an open tag.
std::optional<std::string_view> attribute(std::string_view tag, std::string_view name) {
    const std::string key = concat({" ", name, "=\""});
    const auto pos = tag.find(key);
    if (pos == std::string_view::npos) return std::nullopt;
    const auto start = pos + key.size();
    const auto end = tag.find('"', start);
    if (end == std::string_view::npos) return std::nullopt;
    return tag.substr(start, end - start);
}

// Every <D>…</D> code inside a PEOPLE, PLACES, ORGS or EXCHANGES element.
template <typename Visit>
void for_each_code(std::string_view list, Visit visit) {
    constexpr std::string_view kItemOpen = "<D>";
    constexpr std::string_view kItemClose = "</D>";
    std::size_t pos = 0;
    while ((pos = list.find(kItemOpen, pos)) != std::string_view::npos) {
        const auto start = pos + kItemOpen.size();
        const auto end = list.find(kItemClose, start);
        if (end == std::string_view::npos) return;
        visit(list.substr(start, end - start));
        pos = end + kItemClose.size();
    }
}

// TEXT without a BODY (TYPE="UNPROC" or "BRIEF"): the text with the elements
// reported elsewhere (TITLE) or not part of the story (DATELINE, AUTHOR)
// removed, and any other tag dropped.
std::string bare_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto lt = text.find('<', pos);
        out.append(text.substr(pos, std::min(lt, text.size()) - pos));
        if (lt == std::string_view::npos) break;
        const auto gt = text.find('>', lt);
        if (gt == std::string_view::npos) break;
        const std::string_view tag = text.substr(lt + 1, gt - lt - 1);
        pos = gt + 1;
        for (const std::string_view skipped : {"TITLE", "DATELINE", "AUTHOR"}) {
            if (tag == skipped) {
                const auto close = text.find(concat({"</", skipped, ">"}), pos);
                if (close != std::string_view::npos) pos = close + skipped.size() + 3;
                break;
            }
        }
    }
    return out;
}

std::string trimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\n");
    return text.substr(first, last - first + 1);
}

// Bodies end with the agency's sign-off line, "Reuter": not part of the story
// (and, left in, a "person" in nearly every article).
std::string without_signoff(std::string body) {
    constexpr std::string_view kSignoff = "Reuter";
    if (body.ends_with(kSignoff)) {
        const std::size_t start = body.size() - kSignoff.size();
        if (start == 0 || body[start - 1] == ' ' || body[start - 1] == '\n') {
            body.erase(start);
            while (!body.empty() && (body.back() == ' ' || body.back() == '\n')) body.pop_back();
        }
    }
    return body;
}

class ReutersFile {
  public:
    ReutersFile(std::string_view content, const ReadContext& context, const ArticleSink& on_article,
                const DiagnosticSink& on_diagnostic)
        : content_(content),
          context_(context),
          on_article_(on_article),
          on_diagnostic_(on_diagnostic) {}

    void read() {
        std::size_t pos = next_open(0);
        if (pos == std::string_view::npos) {
            // Most likely another format read with --format reuters: say so
            // rather than index nothing in silence.
            report(0, "no <REUTERS> element, so no Reuters-21578 article; skipped");
            return;
        }
        while (pos != std::string_view::npos) {
            const std::size_t line = line_of(pos);
            const auto close = content_.find(kClose, pos);
            const auto next = next_open(pos + kOpen.size());
            if (close == std::string_view::npos ||
                (next != std::string_view::npos && next < close)) {
                report(line, concat({"truncated <REUTERS> element (no </REUTERS> before ",
                                     next == std::string_view::npos ? "end of file"
                                                                    : "the next <REUTERS>",
                                     "); skipped"}));
                pos = next;
                continue;
            }
            read_element(content_.substr(pos, close - pos), line);
            pos = next;
        }
    }

  private:
    // Start of the next "<REUTERS" open tag at or after `from` (not "<REUTERSX").
    std::size_t next_open(std::size_t from) const {
        while (true) {
            const auto pos = content_.find(kOpen, from);
            if (pos == std::string_view::npos) return pos;
            const auto after = pos + kOpen.size();
            if (after >= content_.size() || content_[after] == ' ' || content_[after] == '>' ||
                content_[after] == '\n' || content_[after] == '\t') {
                return pos;
            }
            from = after;
        }
    }

    // 1-based line of `pos`; positions only grow, so lines are counted once.
    std::size_t line_of(std::size_t pos) {
        line_ += static_cast<std::size_t>(
            std::count(content_.begin() + static_cast<std::ptrdiff_t>(counted_),
                       content_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
        counted_ = pos;
        return line_;
    }

    void report(std::size_t line, std::string reason) const {
        on_diagnostic_(Diagnostic{context_.file.path, line, std::move(reason)});
    }

    enum class CodeKind { Person, Place, Org };

    std::string display_name(std::string_view code, CodeKind kind) const {
        if (context_.codebook == nullptr) return readable_code(code);
        switch (kind) {
            case CodeKind::Person:
                return context_.codebook->person_name(code);
            case CodeKind::Org:
                return context_.codebook->org_name(code);
            case CodeKind::Place:
                break;
        }
        return context_.codebook->place_name(code);
    }

    void read_element(std::string_view element_text, std::size_t line) {
        const auto tag_end = element_text.find('>');
        const std::string_view open_tag = element_text.substr(0, tag_end);
        const auto new_id = attribute(open_tag, "NEWID");
        // The id is text like the rest: raw bytes here could be control
        // characters or invalid UTF-8 (found by fuzz/reuters_reader_fuzzer).
        const std::string id = new_id ? collapse_whitespace(clean_markup_text(*new_id)) : "";
        if (id.empty()) {
            report(line, "<REUTERS> element without NEWID; skipped");
            return;
        }
        const std::string_view inner = tag_end == std::string_view::npos
                                           ? std::string_view{}
                                           : element_text.substr(tag_end + 1);

        Article article;
        article.id = concat({"reuters-", id});
        article.source = context_.file;
        article.source.line = line;

        std::optional<Diagnostic> date_problem;  // given once the article is known to be indexed
        if (const auto date_text = element(inner, "DATE")) {
            // Only the day is kept, and what follows it in the collection is
            // unreliable: broken hours ("605:12:19.12"), control references
            // ("&#5;&#5;RM") and even a comment ("# date added by S Finch as
            // guesswork"). So parse the first word, " 3-MAR-1987".
            const auto first = date_text->find_first_not_of(" \t\n");
            const std::string_view day =
                first == std::string_view::npos
                    ? std::string_view{}
                    : date_text->substr(first, date_text->find_first_of(" \t\n", first) - first);
            const schema::DateParse parsed = schema::parse_date(day, context_.date_order);
            if (parsed.status == schema::DateStatus::Ok) {
                article.date = parsed.date;
            } else {
                date_problem =
                    date_warning(context_, line, collapse_whitespace(clean_markup_text(*date_text)),
                                 parsed.status);
            }
        }
        const auto read_codes = [&](std::string_view name, std::vector<schema::Entity>& into,
                                    CodeKind kind) {
            if (const auto list = element(inner, name)) {
                for_each_code(*list, [&](std::string_view code) {
                    const std::string key = clean_markup_text(code);
                    add_entity(into, schema::Entity{key, display_name(key, kind)});
                });
            }
        };
        read_codes("PEOPLE", article.people, CodeKind::Person);
        read_codes("PLACES", article.places, CodeKind::Place);
        // Exchanges are organisations too: `org:nyse`, one org facet.
        read_codes("ORGS", article.orgs, CodeKind::Org);
        read_codes("EXCHANGES", article.orgs, CodeKind::Org);
        if (const auto text = element(inner, "TEXT")) {
            if (const auto title = element(*text, "TITLE")) {
                article.title = collapse_whitespace(clean_markup_text(*title));
            }
            if (const auto body = element(*text, "BODY")) {
                article.body = without_signoff(trimmed(clean_markup_text(*body)));
            } else {
                // BRIEF stories start with a row of asterisks, a wire-service marker.
                std::string bare = clean_markup_text(bare_text(*text));
                const auto first = bare.find_first_not_of("* \t\n");
                article.body = without_signoff(
                    trimmed(first == std::string::npos ? std::string() : bare.substr(first)));
            }
        }
        // A few elements have an empty TEXT (NEWID 12793). They are still
        // documents of the collection, with an id and a date, so they are
        // kept rather than reported.
        if (article.title.empty()) article.title = title_from_body(article.body);
        if (date_problem) on_diagnostic_(std::move(*date_problem));
        on_article_(std::move(article));
    }

    std::string_view content_;
    const ReadContext& context_;
    const ArticleSink& on_article_;
    const DiagnosticSink& on_diagnostic_;
    std::size_t line_ = 1;
    std::size_t counted_ = 0;
};

}  // namespace

void read_reuters_file(std::string_view content, const ReadContext& context,
                       const ArticleSink& on_article, const DiagnosticSink& on_diagnostic) {
    ReutersFile(content, context, on_article, on_diagnostic).read();
}

}  // namespace dateline::indexer
