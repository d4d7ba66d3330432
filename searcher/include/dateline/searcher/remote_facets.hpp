#pragma once
// Facets over a database with remote parts (xapian-tcpsrv), counted on the
// client.
//
// FacetCounter cannot run as a match spy on a remote server: xapian-tcpsrv
// can only rebuild the spies Xapian itself provides, and Xapian refuses to
// send any other (UnimplementedError). So the values are brought here
// instead: for each requested facet one more match of the whole query, sorted
// by the facet's value slot and asking for every match. The matcher reads the
// slot as it matches, each MSet item carries it as its sort key
// (MSetIterator::get_sort_key), and no document has to be fetched. The
// values go through FacetCounter::count_value, so the counts are exactly
// those the spy gives on a local index.
//
// Cost, per requested facet: one more exhaustive match on every part, and a
// (document id, value) pair per matching article sent to the client and held
// in memory. Proportional to the number of matches: docs/scaling.md has
// measured figures.

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <vector>

#include "dateline/schema/entity_aliases.hpp"
#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

/// Counts `requests` over the articles `query` matches in `database`, as
/// FacetCounter::facets(limit) would. `matches` is the exact number of
/// matching articles (a search with check_at_least = all documents gives
/// it): Xapian reserves room for as many results as are asked for, so asking
/// for exactly that many keeps memory proportional to the matches, not to the
/// database. Works on any database; Searcher uses it when some part is
/// remote. Throws Xapian::Error as Enquire::get_mset does, and
/// Xapian::DatabaseModifiedError if the matches are no longer `matches`.
[[nodiscard]] std::vector<Facet> count_facets_on_client(
    const Xapian::Database& database, const Xapian::Query& query,
    const std::vector<FacetRequest>& requests, Xapian::doccount matches, std::size_t limit,
    std::shared_ptr<const schema::AliasTables> aliases = nullptr);

}  // namespace dateline::searcher
