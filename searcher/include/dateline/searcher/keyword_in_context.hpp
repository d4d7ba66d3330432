#pragma once
// Keyword in context (`dateline-search --kwic`): every place the query
// matched in the matching articles, one line each, with the words before
// and after it.
//
// The matches are the ones the snippets mark (snippet.hpp: Xapian's
// MSet::snippet, which tokenises the stored text as the indexer's
// TermGenerator did): words by their stem, wildcard expansions, and a
// phrase as one match. The match is the text as written ("Rates" for
// `rate`); the contexts are the title's or the body's own text, with line
// breaks and runs of blanks as single spaces, never reaching from the title
// into the body.

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dateline/schema/date.hpp"
#include "dateline/searcher/snippet.hpp"

namespace dateline::searcher {

struct KwicLine {
    std::string id;
    std::optional<schema::PartialDate> date;  ///< a day, or a month or year only
    std::string left;   ///< the text before the match, up to context_chars characters
    std::string match;  ///< the matched text as written
    std::string right;  ///< the text after the match, up to context_chars characters
};

struct KwicResult {
    std::string query;
    Xapian::doccount total = 0;     ///< exact number of matching articles
    Xapian::doccount articles = 0;  ///< articles the lines come from
    std::vector<KwicLine> lines;    ///< in result order; within an article, title then body
    /// More lines were there than the limit let through.
    bool truncated = false;
};

struct KwicOptions {
    /// Characters (not bytes) of context kept on each side. Default: 80
    std::size_t context_chars = 80;
};

/// The lines of one marked text (a title or a body, from mark_matches): one
/// per highlighted part, with blanks collapsed and `context_chars` characters
/// of context on each side. `id` and `date` are left empty for the caller.
[[nodiscard]] std::vector<KwicLine> lines_in_context(const Snippet& marked,
                                                     std::size_t context_chars);

}  // namespace dateline::searcher
