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

namespace dateline::searcher {

enum class SortOrder {
    Relevance,  ///< best BM25 score first
    Date,       ///< oldest first, ties by relevance; undated articles first
    DateDesc,   ///< newest first, ties by relevance; undated articles last
};

/// "relevance", "date", "-date"; nullopt otherwise.
[[nodiscard]] std::optional<SortOrder> parse_sort_order(std::string_view text);

enum class FacetField { Person, Place, Date };
enum class DateGranularity { Year, Month, Day };

/// One facet to count over all matching articles.
struct FacetRequest {
    FacetField field = FacetField::Person;
    /// Bucket size, for FacetField::Date only. Default: Month.
    DateGranularity granularity = DateGranularity::Month;

    friend bool operator==(const FacetRequest&, const FacetRequest&) = default;
};

/// Parses "person", "place", "date", "date:year", "date:month", "date:day";
/// nullopt otherwise.
[[nodiscard]] std::optional<FacetRequest> parse_facet_request(std::string_view text);

/// "person", "place", "date": the facet's name in output.
[[nodiscard]] std::string_view facet_name(FacetField field);

struct SearchRequest {
    std::string query;            ///< query language: docs/query-syntax.md
    Xapian::doccount offset = 0;  ///< hits to skip (paging). Default: 0
    Xapian::doccount limit = 10;  ///< hits to return at most. Default: 10
    SortOrder sort = SortOrder::Relevance;
    std::vector<FacetRequest> facets;  ///< at most one per field. Default: none
    /// Values kept per person/place facet, the most frequent; 0 keeps all.
    /// Date facets keep every bucket (a timeline with holes would mislead).
    /// Default: 10
    std::size_t facet_limit = 10;
    bool count_only = false;           ///< only the exact total: no hits, facets or snippets
    bool snippets = true;              ///< build a highlighted snippet per hit. Default: true
    std::size_t snippet_length = 300;  ///< bytes of body text to aim for. Default: 300
};

}  // namespace dateline::searcher
