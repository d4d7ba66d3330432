#pragma once
// QueryFrontEnd: a query string as a user types it -> a Xapian::Query.
//
// The parser is configured from the schema table (dateline/schema/fields.hpp):
// every queryable free-text field becomes a prefix (title:), every boolean
// field a filter (id:, date:, and each entity field: person:, place:, org:).
// Entity values are folded with schema::canonical_key, so
// `person:"Paul Volcker"`, `person:volcker` and
// `PLACE:West-Germany` match whatever case and accents the text had. Plain
// words are stemmed with the index's language (STEM_SOME) and combined with
// AND; OR, NOT, AND NOT, XOR, brackets, +/-, "phrases", NEAR, ADJ and trailing
// '*' wildcards work as in Xapian; a query that is only `*` matches every
// article (kMatchAllQuery). docs/query-syntax.md is the user's guide.
//
// Errors: every refused query throws QueryError (query_error.hpp); syntax the
// check in query_syntax.hpp refuses carries a byte span, errors reported by
// Xapian's parser do not.
//
// Not thread-safe (Xapian::QueryParser is not); use one per thread.

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>

#include "dateline/schema/date_parsing.hpp"
#include "dateline/schema/entity_aliases.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/searcher/saved_queries.hpp"

namespace dateline::searcher {

struct QueryFrontEndOptions {
    /// Snowball language the index was built with (schema::check_index_metadata).
    /// Default: schema::text::kDefaultLanguage.
    std::string language{schema::text::kDefaultLanguage};
    /// Ask the index's spelling dictionary for a "did you mean" suggestion.
    /// Only used when a database is given. Default: true.
    bool spelling_suggestions = true;
    /// At most this many terms per wildcard; the most frequent are kept, so
    /// `a*` on a big index stays fast. Default: 1000.
    Xapian::termcount max_wildcard_expansion = 1000;
    /// How date:1/3/2021 is read. Default: month first.
    schema::DateOrder date_order = schema::DateOrder::MonthFirst;
    /// The index's alias tables (schema/entity_aliases.hpp): an entity filter
    /// also finds the articles whose entity resolves to the one asked for.
    /// Default: none.
    std::shared_ptr<const schema::AliasTables> aliases;
    /// Queries usable as `@name` (saved_queries.hpp). Default: none.
    SavedQueries saved_queries;
};

/// The query that matches every article: with facets, it counts a whole archive.
inline constexpr std::string_view kMatchAllQuery = "*";

/// Whether `query` is kMatchAllQuery, blanks around it aside.
[[nodiscard]] bool is_match_all_query(std::string_view query);

struct ParsedQuery {
    Xapian::Query query;
};

class QueryFrontEnd {
  public:
    /// `database` provides the spelling dictionary and the terms wildcards
    /// expand to; without one there are no spelling suggestions.
    explicit QueryFrontEnd(const QueryFrontEndOptions& options = {},
                           const Xapian::Database& database = Xapian::Database());

    /// Throws QueryError (see above).
    [[nodiscard]] ParsedQuery parse(std::string_view query);

    /// The query with misspelt words replaced (spelling.hpp says which and
    /// by what), or empty when there is none, suggestions are off or the
    /// corrected query would not parse.
    /// Separate from parse() because the dictionary lookup costs more than
    /// the search itself on a common query: the searcher asks only when a
    /// query finds little.
    [[nodiscard]] std::string suggest_correction(std::string_view query);

    /// The stemmer queries are parsed with (snippets need the same one).
    [[nodiscard]] const Xapian::Stem& stemmer() const { return stemmer_; }

  private:
    /// Xapian's parse of text check_query_syntax() accepted. Throws QueryError.
    [[nodiscard]] Xapian::Query parse_checked(std::string_view text);
    /// parse() of a query whose saved queries are put in already.
    [[nodiscard]] ParsedQuery parse_expanded(std::string_view query);

    Xapian::Stem stemmer_;
    Xapian::Database database_;
    SavedQueries saved_queries_;
    Xapian::QueryParser parser_;
    unsigned flags_ = 0;
    bool spelling_ = false;
    schema::DateOrder date_order_ = schema::DateOrder::MonthFirst;
};

}  // namespace dateline::searcher
