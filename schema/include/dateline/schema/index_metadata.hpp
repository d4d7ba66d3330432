#pragma once
// The facts an index records about itself, and the check a reader makes
// before trusting it.

#include <xapian.h>

#include <stdexcept>
#include <string>

namespace dateline::schema {

/// Thrown when an index was written with another schema version, or is not a
/// Dateline index at all. The message says which, and what to do.
class IncompatibleIndexError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// Records kSchemaVersion and the stemming language in the index metadata.
void write_index_metadata(Xapian::WritableDatabase& db, const std::string& language);

/// The stemming language recorded in the index. Throws IncompatibleIndexError
/// if the schema version is missing or differs from kSchemaVersion. An empty
/// database (no documents, no metadata) is accepted, with the default language.
[[nodiscard]] std::string check_index_metadata(const Xapian::Database& db);

}  // namespace dateline::schema
