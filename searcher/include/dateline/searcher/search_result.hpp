#pragma once
// SearchResult: what a search found, as a plain value for the printers
// (text_printer.hpp, json_printer.hpp) and for tests.

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/entity_lists.hpp"
#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/significance.hpp"
#include "dateline/searcher/snippet.hpp"
#include "dateline/searcher/timeline.hpp"

namespace dateline::searcher {

/// The entity lists (people, places, orgs; schema::EntityLists) are in
/// article order.
struct Hit : schema::EntityLists {
    Xapian::doccount rank = 0;  ///< 1-based position in the whole result list (offset included)
    std::string id;
    std::optional<schema::PartialDate> date;  ///< a day, or a month or year only
    std::string title;
    /// The title in parts, the query's words marked (highlighter.hpp).
    Snippet title_parts;
    double score = 0.0;  ///< BM25 weight; 0 for queries made only of filters
    Snippet snippet;     ///< empty when snippets are off
    std::string source;  ///< "path" or "path:line" of the record in its corpus file
    std::string url;     ///< empty when unknown
    /// The ids of the other matching articles of the hit's near-duplicate
    /// group, collapsed into it (most relevant first); empty with
    /// SearchRequest::all_copies.
    std::vector<std::string> similar;
};

struct FacetValue {
    std::string key;   ///< entity key, or the date bucket ("1987", "1987-03", "1987-03-02")
    std::string name;  ///< display name (the key for dates)
    Xapian::doccount count = 0;  ///< matching articles with this value

    friend bool operator==(const FacetValue&, const FacetValue&) = default;
};

struct Facet {
    FacetRequest request;
    /// Entities: by count (highest first), then key; cut to facet_limit.
    /// Date: chronological, every bucket.
    std::vector<FacetValue> values;
    std::size_t distinct_values = 0;  ///< before the cut to facet_limit
};

struct SearchResult {
    std::string query;            ///< as given (with --like: the filters, or empty)
    std::string like;             ///< the article --like asked for; empty otherwise
    std::string corrected_query;  ///< spelling suggestion; empty if none
    Xapian::doccount total = 0;   ///< exact number of matching articles
    /// Entries of the collapsed result list (near-duplicate groups and
    /// articles in none) when copies are collapsed and the number is exact;
    /// nullopt with all_copies, --count, or the query '*' in relevance order.
    std::optional<Xapian::doccount> groups;
    std::vector<Hit> hits;                    ///< the requested page
    std::vector<Facet> facets;                ///< in request order
    std::optional<Timeline> timeline;         ///< when SearchRequest::timeline asks for one
    std::optional<Significance> significant;  ///< when SearchRequest::significant asks for it
};

}  // namespace dateline::searcher
