#pragma once
// IndexingRun: one invocation of dateline-index, from input paths to a
// committed index, as a library function the tool and the tests share.
//
// Two modes:
//  * update (the default): only files that changed since the last run (by
//    size and modification time, confirmed by a content hash) are read;
//    articles of files that are gone are removed. All changes are committed
//    at once at the end: readers see the old index or the new one.
//  * rebuild: every file is read into a new generation, which is compacted
//    and swapped in atomically (index_store.hpp).
// The first run on an empty index folder is always a rebuild.

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/entity_extractor.hpp"
#include "dateline/indexer/input_discovery.hpp"

namespace dateline::indexer {

/// How far a run has got, for progress displays.
struct IndexingProgress {
    std::size_t files_done = 0;
    std::size_t files_total = 0;
    std::uintmax_t bytes_done = 0;
    std::uintmax_t bytes_total = 0;
    std::size_t articles = 0;  ///< articles indexed so far
};

struct IndexingOptions {
    std::filesystem::path index_path;
    std::vector<std::filesystem::path> inputs;
    DiscoveryOptions discovery;        ///< --format, --exclude
    std::string language = "english";  ///< --lang
    bool spelling = true;              ///< build the spelling dictionary
    std::size_t batch_size = 2000;     ///< articles per flush of a new generation
    bool rebuild = false;              ///< --rebuild
    bool compact = true;               ///< compact a new generation before the swap
    std::size_t shards = 0;            ///< databases to spread articles over; 0: as the index has
    std::size_t writers = 2;           ///< threads storing documents into a new generation
    const EntityExtractor* extractor = nullptr;  ///< people/places from text; none by default
    /// Threads reading, parsing and extracting ahead of the one writer.
    /// Default: the machine's hardware threads.
    std::size_t threads = std::max(1U, std::thread::hardware_concurrency());
    /// Called after each file (may be empty).
    std::function<void(const IndexingProgress&)> on_progress;
};

struct IndexingSummary {
    bool rebuilt = false;        ///< a new generation was built and swapped in
    std::size_t files_read = 0;  ///< files read (new or changed)
    std::size_t files_unchanged = 0;
    std::size_t added = 0;           ///< articles new to the index
    std::size_t updated = 0;         ///< articles replaced (their file changed)
    std::size_t removed = 0;         ///< articles whose file or record is gone
    std::size_t unchanged = 0;       ///< articles in unchanged files
    std::size_t skipped = 0;         ///< records a reader rejected (reported)
    std::size_t failed = 0;          ///< files or folders that could not be read (reported)
    bool removals_withheld = false;  ///< inputs could not all be listed: nothing was removed
    std::chrono::duration<double> elapsed{};
    Xapian::doccount documents_in_index = 0;

    [[nodiscard]] bool up_to_date() const {
        return !rebuilt && added == 0 && updated == 0 && removed == 0;
    }
    /// One line: "added 3, updated 1, removed 0, unchanged 40, skipped 0,
    /// failed 0 articles in 0.4 s; index holds 44 articles".
    [[nodiscard]] std::string to_string() const;
};

/// Runs one indexing pass. Each problem is passed to `on_diagnostic` as it
/// happens. Throws IndexLockedError when another writer holds the index,
/// IndexOpenError/IndexStoreError when it cannot be opened or written; then
/// the previous index is untouched.
[[nodiscard]] IndexingSummary run_indexing(const IndexingOptions& options,
                                           const DiagnosticSink& on_diagnostic);

}  // namespace dateline::indexer
