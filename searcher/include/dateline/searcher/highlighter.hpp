#pragma once
// Highlighter: marks the words a query matched in a hit's title and picks
// the extract of its body a reader wants to see.
//
// Words are matched the way the index matched them: a word of the text,
// lower-cased and accent-folded as the indexer folds it (text_folding.hpp),
// is marked when the query has it as a word, has its stem (a stemmed query
// word: `rates` marks "rate" and "Rates"), or a wildcard covers it
// (`petro*`). title: words are marked in the title only.
//
// The body extract:
//   * the sentence with the most distinct query words (ties: more matches,
//     then the earlier sentence), followed by the next sentences while they
//     fit in `length` bytes; a long sentence is cut around its first match;
//   * a query of filters only (`person:keller`, `place:kansas date:2018`)
//     has no words: the extract is the sentence that names the person,
//     place or organisation (the hit's entity the filter matched: its full
//     name, or a person's surname alone), marked;
//   * otherwise, the lede: the body's first sentences.
// Cut ends are marked with "…". Whitespace runs become one space.

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/entity_lists.hpp"
#include "dateline/searcher/snippet.hpp"

namespace dateline::searcher {

class Highlighter {
  public:
    /// `query` as parsed; `stemmer` the one it was parsed with.
    Highlighter(const Xapian::Query& query, const Xapian::Stem& stemmer);

    /// The title with the query's words (and title: words) marked.
    [[nodiscard]] Snippet mark_title(std::string_view title) const;

    /// The extract of `body` described above, about `length` bytes.
    /// `entities` are the hit's, for queries of filters.
    [[nodiscard]] Snippet extract(std::string_view body, std::size_t length,
                                  const schema::EntityLists& entities) const;

  private:
    [[nodiscard]] bool matches(std::string_view folded_word, bool in_title) const;

    Xapian::Stem stemmer_;
    std::vector<std::string> words_;        ///< folded, lower-cased
    std::vector<std::string> stems_;        ///< stems of stemmed query words
    std::vector<std::string> prefixes_;     ///< wildcard patterns
    std::vector<std::string> title_words_;  ///< title: words
    std::vector<std::string> title_stems_;
    std::vector<std::string> title_prefixes_;
    /// Entity filter terms (with prefix), per schema::entity_fields().
    std::vector<std::vector<std::string>> entity_filters_;
};

}  // namespace dateline::searcher
