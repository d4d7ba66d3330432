#pragma once
// IndexFacetStores: the facet stores (facets/facet_store.hpp) of the
// locations an Index combines, and where each of the combined database's
// sub-databases is in them.
//
// A match spy on a database of several sub-databases sees each document
// under its number in its own sub-database, and not which sub-database that
// is (Xapian 1.4's matcher visits them one after the other). So the stores
// count from a spy only when the index is one database; otherwise each part
// is matched on its own (StoreFacetCounter::count_matches).
//
// An Index has stores only when every location is local and has a store
// that describes it as opened (open_index checks the UUIDs and revisions);
// otherwise facets are counted from the value slots.

#include <xapian.h>

#include <cstddef>
#include <vector>

#include "dateline/facets/facet_store.hpp"

namespace dateline::searcher {

struct IndexFacetStores {
    /// One store per location, in --index order.
    std::vector<facets::FacetStore> stores;

    /// A sub-database of the combined database: the database itself (as
    /// opened with the rest), its store and its shard number in that store.
    struct Part {
        Xapian::Database database;
        std::size_t store = 0;
        std::size_t shard = 0;
    };
    /// Per sub-database, in the order the combined database has them.
    std::vector<Part> parts;
};

}  // namespace dateline::searcher
