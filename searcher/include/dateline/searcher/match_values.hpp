#pragma once
// Reading one value slot of every article a query matches.
//
// On local databases a match spy sees each matching document while Xapian
// matches, and reads the slot from the value stream it is already walking.
// xapian-tcpsrv cannot run a spy of ours (it rebuilds only Xapian's own), so
// over a remote part the match is run again sorted by the slot, asking for
// every match: each MSet item then carries the slot as its sort key
// (MSetIterator::get_sort_key), and no document has to be fetched. Both ways
// see the same values; the remote way costs one more match and a (document,
// value) pair per match sent to this side (docs/scaling.md).

#include <xapian.h>

#include <functional>
#include <string>

#include "dateline/searcher/index.hpp"

namespace dateline::searcher {

/// Calls `visit` with the value in `slot` ("" when unset) of every article
/// `query` matches in `index`, in no particular order, and returns the number
/// of matching articles. Throws Xapian::Error as Enquire::get_mset does, and
/// Xapian::DatabaseModifiedError when the matches change between the two
/// matches of the remote way.
Xapian::doccount visit_match_values(const Index& index, const Xapian::Query& query,
                                    Xapian::valueno slot,
                                    const std::function<void(const std::string&)>& visit);

}  // namespace dateline::searcher
