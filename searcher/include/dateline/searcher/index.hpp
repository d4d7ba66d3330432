#pragma once
// Opening the index (or indexes) to search.
//
// A location is a folder written by dateline-index, a remote server given
// as "tcp://HOST:PORT" (xapian-tcpsrv), or anything else Xapian opens, such as
// a stub file listing databases ("auto PATH", "remote HOST:PORT" lines; see
// docs/scaling.md). Several locations are searched as one
// (Xapian::Database::add_database). Each one must be a Dateline index of this
// schema version, and all must share one stemming language.

#include <xapian.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "dateline/schema/entity_aliases.hpp"
#include "dateline/searcher/index_facet_stores.hpp"

namespace dateline::searcher {

/// Thrown when an index is missing, unreadable or incompatible. The message
/// names the location and what to do.
class IndexError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct Index {
    std::vector<std::string> locations;  ///< as given, to open again
    Xapian::Database database;           ///< all locations combined
    std::string language;                ///< the stemming language they were built with
    /// Some location is a remote server, or a stub file listing one: no
    /// match spies and no spelling dictionary there (Xapian 1.4).
    bool has_remote = false;
    /// The alias tables of every location, merged (the first location wins
    /// where two disagree); never null.
    std::shared_ptr<const schema::AliasTables> aliases =
        std::make_shared<const schema::AliasTables>();
    /// The locations' facet stores, when every location is a local index
    /// folder whose store describes it as opened; null otherwise (facets are
    /// then counted from the value slots).
    std::shared_ptr<const IndexFacetStores> facet_stores;
};

/// Opens and checks every location (at least one). A location that is the
/// same index as an earlier one (the same folder by another path or through
/// a symbolic link, the same stub's databases, the same server) is skipped:
/// searching it twice would return every hit twice. Throws IndexError.
[[nodiscard]] Index open_index(const std::vector<std::string>& locations);

}  // namespace dateline::searcher
