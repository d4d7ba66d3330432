#pragma once
// StoreFacetCounter: the counts of FacetCounter (facet_counter.hpp), read
// from the index's facet stores (index_facet_stores.hpp) instead of the
// value slots.
//
// A match costs a division (which sub-database), then per facet a few array
// reads and one increment per entity: the store has numbered every
// (key, display name) pair of the archive and every day, so nothing is
// decoded or looked up by name while matching. Names and keys are only
// looked at for the values that end up counted, once, in facets().
//
// Entities are counted as the index's alias tables show them
// (schema/entity_aliases.hpp), as FacetCounter counts them: an article
// counts once under each shown key, its first entity of that key naming it.
// On one index the store has them so already (its shown columns,
// facets/facet_store.hpp), and a search resolves nothing. Several indexes
// have several stores and one merged table: each column's entries are then
// mapped to what they are shown as once per counter (shown_entries.hpp).
//
// The results are FacetCounter's, value for value: the same keys, the same
// display name (the one most of a key's articles give it; ties to the first
// in byte order), the same order (count, then key) and the same numbers of
// distinct values. tests/unit/searcher/store_facet_counter_test.cpp and the
// Reuters tests compare the two on the same matches.
//
// How the matches are found: on an index of one database, by the search's
// own boolean match, whose spy lists them (matched_documents.hpp) for
// count(); on several (shards, several locations), by count_matches(), one
// boolean match per database, since a spy cannot tell which database a
// document is in (index_facet_stores.hpp). count_all() counts every document
// without a match (the query that matches every article), straight from the
// stores' arrays. Either way the matches are counted a facet at a time, not
// a document at a time: one column's arrays are read in document order.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "dateline/schema/entity_aliases.hpp"
#include "dateline/searcher/index_facet_stores.hpp"
#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

class ShownEntries;

class StoreFacetCounter {
  public:
    /// `stores` must outlive the counter, and hold a column for every
    /// requested entity field. `aliases` (may be null: none) resolves
    /// entities before counting; it must be the tables of the index the
    /// stores belong to (Index::aliases of open_index()), as a store of one
    /// index has those tables applied already.
    StoreFacetCounter(const IndexFacetStores& stores, std::vector<FacetRequest> requests,
                      std::shared_ptr<const schema::AliasTables> aliases = nullptr);
    ~StoreFacetCounter();
    StoreFacetCounter(const StoreFacetCounter&) = delete;
    StoreFacetCounter& operator=(const StoreFacetCounter&) = delete;

    /// True when the index is one database: count its matches with count().
    /// Otherwise use count_matches().
    [[nodiscard]] bool one_database() const { return stores_.parts.size() == 1; }
    /// Counts matching documents of the one database (one_database() only),
    /// each once: the documents a MatchedDocuments spy listed.
    void count(std::span<const Xapian::docid> documents);
    /// Counts the documents `query` matches, one database at a time, and
    /// returns how many there are (the caller compares it with the search's
    /// total: a difference means the index changed in between). Throws
    /// Xapian::Error as Enquire::get_mset does.
    Xapian::doccount count_matches(const Xapian::Query& query);
    /// Counts every document of the stores.
    void count_all();

    /// The counted facets, in request order; entity facets keep the `limit`
    /// most frequent values (0 = all), date facets every bucket.
    [[nodiscard]] std::vector<Facet> facets(std::size_t limit) const;

  private:
    // Counts per entry (entity facets) or per day (date facets) of one store.
    using Counts = std::vector<std::uint32_t>;

    // Counts documents of `part` in every request, a request at a time; with
    // `mapped_only` only in the columns mapped through merged tables
    // (count_all() has counted the others from their arrays).
    void count(const IndexFacetStores::Part& part, std::span<const Xapian::docid> documents,
               bool mapped_only);
    [[nodiscard]] Facet entity_facet(std::size_t request, std::size_t limit) const;
    [[nodiscard]] Facet date_facet(std::size_t request) const;

    const IndexFacetStores& stores_;
    std::vector<FacetRequest> requests_;
    std::shared_ptr<const schema::AliasTables> aliases_;
    // [request][store]: the column's entries as shown; null for date facets
    // and missing columns.
    std::vector<std::vector<std::unique_ptr<const ShownEntries>>> shown_;
    std::vector<std::vector<Counts>> counts_;  // [request][store], per shown entry or day
    // [request][store], per shown key: the last document counted under it,
    // so that two entities shown as one key count an article once.
    std::vector<std::vector<std::vector<std::uint32_t>>> counted_in_;
    std::uint32_t document_serial_ = 0;
};

}  // namespace dateline::searcher
