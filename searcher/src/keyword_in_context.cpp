#include "dateline/searcher/keyword_in_context.hpp"

#include <string_view>
#include <utility>

#include "dateline/searcher/searcher.hpp"
#include "stored_document.hpp"

namespace dateline::searcher {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// The text of the parts with blank runs as single spaces, and the byte range
// each highlighted part takes in it.
struct Flattened {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> matches;  // [begin, end)
};

Flattened flatten(const Snippet& marked) {
    Flattened flat;
    bool in_blank = true;  // drops blanks at the very start
    for (const auto& part : marked.parts) {
        const std::size_t begin = flat.text.size();
        for (const char c : part.text) {
            if (is_blank(c)) {
                if (!in_blank) flat.text += ' ';
                in_blank = true;
                continue;
            }
            flat.text += c;
            in_blank = false;
        }
        if (part.highlighted && flat.text.size() > begin) {
            flat.matches.emplace_back(begin, flat.text.size());
        }
    }
    return flat;
}

// The last `chars` characters of text[0, end), trimmed of blanks.
std::string before(std::string_view text, std::size_t end, std::size_t chars) {
    std::size_t begin = end;
    for (std::size_t taken = 0; begin > 0 && taken < chars; ++taken) {
        --begin;
        while (begin > 0 && is_continuation(text[begin])) --begin;
    }
    std::string_view context = text.substr(begin, end - begin);
    while (!context.empty() && is_blank(context.front())) context.remove_prefix(1);
    while (!context.empty() && is_blank(context.back())) context.remove_suffix(1);
    return std::string(context);
}

// The first `chars` characters of text[begin, ...), trimmed of blanks.
std::string after(std::string_view text, std::size_t begin, std::size_t chars) {
    std::size_t end = begin;
    for (std::size_t taken = 0; end < text.size() && taken < chars; ++taken) {
        ++end;
        while (end < text.size() && is_continuation(text[end])) ++end;
    }
    std::string_view context = text.substr(begin, end - begin);
    while (!context.empty() && is_blank(context.front())) context.remove_prefix(1);
    while (!context.empty() && is_blank(context.back())) context.remove_suffix(1);
    return std::string(context);
}

}  // namespace

std::vector<KwicLine> lines_in_context(const Snippet& marked, std::size_t context_chars) {
    const Flattened flat = flatten(marked);
    std::vector<KwicLine> lines;
    for (const auto& [begin, end] : flat.matches) {
        KwicLine line;
        line.left = before(flat.text, begin, context_chars);
        line.match = flat.text.substr(begin, end - begin);
        line.right = after(flat.text, end, context_chars);
        lines.push_back(std::move(line));
    }
    return lines;
}

KwicResult Searcher::kwic(const SearchRequest& request, const KwicOptions& options) {
    return retrying([&] { return kwic_once(request, options); });
}

KwicResult Searcher::kwic_once(const SearchRequest& request, const KwicOptions& options) {
    Xapian::Enquire enquire(index_.database);
    enquire.set_query(front_end_.parse(request.query).query);
    set_sort(enquire, request.sort);
    KwicResult result;
    result.query = request.query;
    // Articles are read a batch at a time until the lines are there: a
    // common word fills --limit from the first few articles.
    constexpr Xapian::doccount kBatch = 50;
    Xapian::doccount skipped = 0;
    for (Xapian::doccount first = 0;; first += kBatch) {
        // The first batch counts every match, for an exact total.
        const Xapian::MSet mset =
            enquire.get_mset(first, kBatch, first == 0 ? index_.database.get_doccount() : 0);
        if (first == 0) result.total = mset.get_matches_estimated();
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const Xapian::Document doc = it.get_document();
            const schema::StoredArticle stored = detail::read_stored(doc, *it);
            const auto date = detail::read_date(doc);
            bool counted = false;
            for (const std::string* text : {&stored.title, &stored.body}) {
                const Snippet marked = mark_matches(mset, *text, front_end_.stemmer());
                for (auto& line : lines_in_context(marked, options.context_chars)) {
                    if (skipped < request.offset) {
                        ++skipped;
                        continue;
                    }
                    if (result.lines.size() == request.limit) {
                        result.truncated = true;
                        return result;
                    }
                    line.id = stored.id;
                    line.date = date;
                    result.lines.push_back(std::move(line));
                    if (!counted) ++result.articles;
                    counted = true;
                }
            }
        }
        if (mset.size() < kBatch) return result;
    }
}

}  // namespace dateline::searcher
