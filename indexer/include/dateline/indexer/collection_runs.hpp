#pragma once
// When each collection was last looked at: the time of the last run that
// read it (whether or not it found anything to change), kept in the index
// folder (DIR/collection-runs, index_store.hpp) rather than in the Xapian
// metadata. A run that finds nothing changed commits nothing, so that
// readers and the facet store keep the same revision; it still looked at
// its collections, and `--status` says so ("last run"), which is what a
// cron job's owner wants to know. The metadata keeps the time of the last
// run that committed (schema/collections.hpp, Collection::last_run).
//
// Format: one line per collection, "SECONDS KEY", seconds since the epoch.
// Written to a temporary file and renamed over the old one, by the writer
// that holds the index's lock; readers need no lock.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace dateline::indexer {

/// Collection key -> seconds since the epoch of the last run that read it.
using CollectionRuns = std::map<std::string, std::int64_t>;

/// The runs recorded in `index_dir`; empty when there is no record (an
/// index of an earlier version) or it cannot be read. Malformed lines are
/// left out.
[[nodiscard]] CollectionRuns load_collection_runs(const std::filesystem::path& index_dir);

/// Replaces the record in `index_dir` with `runs`. False when it cannot be
/// written (the old record, if any, is left as it was).
[[nodiscard]] bool save_collection_runs(const std::filesystem::path& index_dir,
                                        const CollectionRuns& runs);

}  // namespace dateline::indexer
