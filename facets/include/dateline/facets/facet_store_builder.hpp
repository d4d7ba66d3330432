#pragma once
// Writing the facet store (facet_store.hpp) of an index generation.
//
// dateline-index calls update_facet_store() after every run, once the run's
// changes are committed (and also after a run that changed nothing, so an
// index whose store is missing or stale gets one). The store is derived from
// the committed databases alone, so whatever happened before (a killed run,
// an index built by an older version) it ends up describing the index as it
// is.
//
// Incremental: when the previous store describes the same databases (same
// UUIDs) at an earlier revision, only documents added since are read from
// the value slots; the rows of the others are copied from the previous store
// and deleted documents dropped. This relies on the writer never changing a
// document in place: dateline-index removes an article's document and adds a
// new one (IndexWriter), so a document number keeps its values for the life
// of a database. A nightly run that touches 1% of a million articles reads
// 10,000 documents, not a million (docs/performance.md has the figures).
//
// Otherwise (first build, rebuild, another shard count, a store of another
// format) every document's values are read.
//
// Memory: the rows of every entity field (a 32-bit number per entity of a
// document, one per document more) and each field's distinct (key, name)
// pairs, stored once; then the columns are written one after the other,
// each freed once written. A full build of a million synthetic articles
// peaks at 145 MB (docs/performance.md).
//
// The new store is written to a temporary file beside the old one, synced
// and renamed over it: readers see the old store or the new one, and a
// killed run leaves at worst a stale store (which readers do not use) and a
// temporary file (replaced by the next run).

#include <xapian.h>

#include <filesystem>
#include <stdexcept>
#include <vector>

namespace dateline::facets {

/// Thrown when the store cannot be written (disk full, no permission). The
/// index itself is fine: searches count without the store.
class FacetStoreError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct FacetStoreUpdate {
    enum class Kind {
        UpToDate,     ///< the store already described the databases
        Incremental,  ///< rows of unchanged documents copied from the previous store
        Full,         ///< every document read from the databases
    };
    Kind kind = Kind::UpToDate;
    Xapian::doccount documents_read = 0;    ///< documents whose values were read
    Xapian::doccount documents_copied = 0;  ///< documents whose rows were copied
};

/// Brings the store of the generation made of `databases` (its database
/// folders, in stub order: one, or the shards) up to date with them as they
/// are committed now. Throws FacetStoreError when the store cannot be
/// written, Xapian::Error when a database cannot be read.
FacetStoreUpdate update_facet_store(const std::vector<std::filesystem::path>& databases);

}  // namespace dateline::facets
