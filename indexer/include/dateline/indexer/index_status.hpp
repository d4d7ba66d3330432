#pragma once
// What an index holds, collection by collection, read from its metadata
// (and the record of runs, collection_runs.hpp) without taking the
// writer's lock: `dateline-index --status` prints it, `--report` lists it.

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "dateline/schema/collections.hpp"

namespace dateline::indexer {

/// One collection's share of the index.
struct CollectionFigures {
    schema::Collection collection;  ///< key "" for files no collection claims
    std::uint64_t articles = 0;
    std::uint64_t files = 0;
    std::vector<std::string> failing;  ///< "SOURCE: PROBLEM" of each file still failing
    /// Seconds since the epoch of the last run that read the collection,
    /// whether it changed anything or not; 0 when unknown.
    std::int64_t last_run = 0;
    /// Seconds since the epoch of the last run that changed the index while
    /// reading it (collection.last_run).
    [[nodiscard]] std::int64_t last_change() const { return collection.last_run; }
};

struct IndexFigures {
    std::vector<CollectionFigures> collections;  ///< in key order
    /// Files indexed before collections were recorded (files == 0: none).
    CollectionFigures unclaimed;
    Xapian::doccount articles = 0;  ///< in the whole index
};

/// Throws Xapian::Error when `index` cannot be opened.
[[nodiscard]] IndexFigures index_figures(const std::filesystem::path& index);

/// `--status`: one line per collection: "KEY  ROOT  N articles in F files,
/// last run YYYY-MM-DD HH:MM UTC", each followed by its files still failing
/// ("  failing: SOURCE: PROBLEM"); then the total. Throws Xapian::Error
/// when `index` cannot be opened.
[[nodiscard]] std::string index_status(const std::filesystem::path& index);

/// "2026-12-05 07:09 UTC" for seconds since the epoch.
[[nodiscard]] std::string format_utc_minute(std::int64_t seconds);

}  // namespace dateline::indexer
