#pragma once
// Searcher: runs SearchRequests against an open index.
//
// One search = parse the query (QueryFrontEnd), one Enquire::get_mset that
// both fetches the requested page and, through FacetCounter, counts facets
// over every match, then hits with their stored data and snippets. Totals are
// exact (check_at_least = number of documents). If a writer commits while a
// search reads (Xapian::DatabaseModifiedError), the locations are opened
// again and the search run again, a few times at most.
//
// When the index has a remote part (Index::has_remote) the facets are
// counted after the page, on this side, by count_facets_on_client
// (remote_facets.hpp): the same counts, at a cost proportional to the number
// of matches. There are no spelling suggestions then (Xapian 1.4 has no
// spelling dictionary over the remote protocol).
//
// Throws QueryError for a bad query and IndexError for index trouble (a
// server that stopped answering, an index that keeps changing, a damaged
// document).
// Not thread-safe; use one Searcher per thread.

#include <xapian.h>

#include "dateline/searcher/index.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

class Searcher {
  public:
    explicit Searcher(Index index);

    [[nodiscard]] SearchResult search(const SearchRequest& request);

  private:
    [[nodiscard]] SearchResult search_once(const SearchRequest& request);
    void reopen();

    Index index_;
    QueryFrontEnd front_end_;
};

}  // namespace dateline::searcher
