#pragma once
// SearchRequest: everything a search is asked to do, as a plain value.
//
// The CLI fills one from its options; tests build them directly. Defaults
// below are the tool's defaults.

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/fields.hpp"
#include "dateline/searcher/period.hpp"

namespace dateline::searcher {

enum class SortOrder {
    Relevance,  ///< best BM25 score first
    Date,       ///< oldest first, ties by relevance; undated articles first
    DateDesc,   ///< newest first, ties by relevance; undated articles last
};

/// "relevance", "date", "-date"; nullopt otherwise.
[[nodiscard]] std::optional<SortOrder> parse_sort_order(std::string_view text);

/// One facet to count over all matching articles: a facetable field of the
/// schema table (schema::find_facet_field), which says whether it is an
/// entity facet (counted by key, most frequent first) or the date timeline.
struct FacetRequest {
    const schema::FieldSpec* field = nullptr;  ///< a row of schema::fields(), facetable
    /// Bucket size, for the date field only. Default: Month.
    DateGranularity granularity = DateGranularity::Month;

    /// True for the date timeline, false for an entity facet.
    [[nodiscard]] bool is_date() const { return field->role == schema::FieldRole::Date; }

    friend bool operator==(const FacetRequest&, const FacetRequest&) = default;
};

/// Parses the name of a facetable field ("person", "place", "org", "date"),
/// for the date also "date:year", "date:month", "date:week", "date:day";
/// nullopt otherwise.
[[nodiscard]] std::optional<FacetRequest> parse_facet_request(std::string_view text);

/// Every text parse_facet_request accepts ("person", "date:year", ...), in
/// table order, for help and shell completion.
[[nodiscard]] std::vector<std::string> facet_request_names();

/// The facet's name in output: the field's query name ("person", "date").
[[nodiscard]] std::string_view facet_name(const schema::FieldSpec* field);

/// What --significant ranks: the values of an entity field, or the words of
/// the text.
struct SignificantRequest {
    /// An entity field of the schema table (person, place, org); nullptr
    /// ranks the words of titles and bodies.
    const schema::FieldSpec* field = nullptr;

    /// True for words, false for an entity field.
    [[nodiscard]] bool is_terms() const { return field == nullptr; }

    friend bool operator==(const SignificantRequest&, const SignificantRequest&) = default;
};

/// Every name parse_significant_request() accepts ("person", ..., "term").
[[nodiscard]] std::vector<std::string> significant_request_names();
/// "term", or the query name of an entity field ("person", "place", "org");
/// nullopt otherwise.
[[nodiscard]] std::optional<SignificantRequest> parse_significant_request(std::string_view text);
/// The request's name: "term" or the field's query name.
[[nodiscard]] std::string_view significant_name(const SignificantRequest& request);

struct SearchRequest {
    std::string query;            ///< query language: docs/query-syntax.md
    Xapian::doccount offset = 0;  ///< hits to skip (paging). Default: 0
    Xapian::doccount limit = 10;  ///< hits to return at most. Default: 10
    SortOrder sort = SortOrder::Relevance;
    /// At most one per entity field; date facets of different granularities.
    /// Default: none
    std::vector<FacetRequest> facets;
    /// Values kept per entity facet, the most frequent; 0 keeps all.
    /// Date facets keep every bucket (a timeline with holes would mislead).
    /// Default: 10
    std::size_t facet_limit = 10;
    bool count_only = false;  ///< only the exact total: no hits, facets or snippets
    /// List every matching article. By default the articles of a
    /// near-duplicate group (schema/near_duplicate_group.hpp) are one hit,
    /// the best ranked, listing the others in Hit::similar. Totals, facets,
    /// timelines and significance count articles either way. Default: false
    bool all_copies = false;
    bool snippets = true;              ///< build a highlighted snippet per hit. Default: true
    std::size_t snippet_length = 300;  ///< bytes of body text to aim for. Default: 300

    /// Count the matches of `query` and of each `compare` query per period
    /// (timeline.hpp). Default: none
    std::optional<DateGranularity> timeline;
    /// More queries drawn beside `query` on the timeline. Default: none
    std::vector<std::string> compare;
    /// Rank what is unusually common in the matches (significance.hpp). Default: none
    std::optional<SignificantRequest> significant;
    /// Values listed by `significant`, the most significant. Default: 10
    std::size_t significant_limit = 10;
};

}  // namespace dateline::searcher
