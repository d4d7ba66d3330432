#pragma once
// Collapsing near-duplicate copies (docs/exploring.md: one hit per story,
// the best ranked, "+N similar") from the facet store's group column
// (facets/facet_store.hpp) instead of Xapian's collapse key.
//
// Why: with a collapse key, Xapian reads the slot of every match it checks;
// a search checks every match (exact totals, facets), so on a broad query
// that reading cost about a third of the search (docs/performance.md). The
// store numbers each document's group, so a match costs an array read: the
// spy counts the groups while the matcher runs without a collapse key, and
// the page is then chosen from the best-ranked matches, skipping the copies
// of a group already listed. Xapian's collapse keeps the best-ranked document
// of each group as well, so the hits, their order and the totals are the
// same (tests/unit/searcher/store_collapse_test.cpp compares the two).
//
// Only for an index of one database with its store (IndexFacetStores with
// one part): a spy does not see which sub-database a document is in.

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "dateline/facets/facet_store.hpp"

namespace dateline::searcher {

/// Counts the hits a collapsed search lists: the matches in no group, plus
/// one per group.
class GroupCounter {
  public:
    /// `groups` must outlive the counter; `shard` is the database's shard in
    /// the store.
    GroupCounter(const facets::GroupColumn& groups, std::size_t shard);

    /// Counts matching documents (MatchedDocuments lists them), each once.
    void count(std::span<const Xapian::docid> documents);

    /// The number of hits after collapsing the matches counted.
    [[nodiscard]] Xapian::doccount hits() const { return ungrouped_ + groups_seen_; }

  private:
    const facets::GroupColumn& groups_;
    std::size_t shard_;
    std::vector<bool> seen_;  // by group number
    Xapian::doccount ungrouped_ = 0;
    Xapian::doccount groups_seen_ = 0;
};

/// A page of collapsed hits: positions in `mset`, in rank order.
struct CollapsedPage {
    Xapian::MSet mset;
    std::vector<Xapian::doccount> positions;
};

/// The hits `offset` .. `offset + limit` of the collapsed ranking, taken from
/// `ranked`: the best `asked` matches in order, without collapsing (fewer
/// when there are fewer). When they cannot fill the page and may not be all
/// the matches, `fetch(n)` is asked for the best n (an MSet of the same query
/// and order, from a match without spies), n growing fourfold, until the
/// page is full or every match is in.
[[nodiscard]] CollapsedPage collapse_page(
    Xapian::MSet ranked, Xapian::doccount asked, Xapian::doccount offset, Xapian::doccount limit,
    const facets::GroupColumn& groups, std::size_t shard,
    const std::function<Xapian::MSet(Xapian::doccount)>& fetch);

/// How many of the best matches to ask for a page at `offset` of `limit`
/// collapsed hits: more than the page, as copies of one story rank together.
[[nodiscard]] Xapian::doccount matches_for_page(Xapian::doccount offset, Xapian::doccount limit);

}  // namespace dateline::searcher
