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
//
// The steps, each in its own file: discover_inputs() lists the files
// (input_discovery.hpp); the run compares them with the file states the
// index recorded (file_state.hpp) and removes what changed or went away;
// FilePreparer reads, enriches (article_enricher.hpp) and builds the
// documents of each new or changed file on worker threads; one IndexWriter
// stores them, in file order, and commits or publishes (index_writer.hpp).

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "dateline/indexer/article_enricher.hpp"
#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/index_writer.hpp"
#include "dateline/indexer/input_discovery.hpp"
#include "dateline/schema/date_parsing.hpp"

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
    /// --forget: instead of reading, remove this collection (a root, however
    /// spelled, or a key) and every article of it; `inputs` must be empty
    /// and `writer.rebuild` false.
    std::optional<std::filesystem::path> forget;
    DiscoveryOptions discovery;  ///< --format, --exclude
    /// --date-order: how readers take "1/3/2021" (month first by default).
    schema::DateOrder date_order = schema::DateOrder::MonthFirst;
    /// How the index is written (--lang, --no-spelling, --batch-size,
    /// --rebuild, --no-compact, --shards, --writers). Without a live
    /// generation the run rebuilds whatever `writer.rebuild` says.
    IndexWriterOptions writer;
    EnrichmentOptions enrichment;  ///< entities and dateline dates from the text (--no-extract)
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
    std::size_t added = 0;      ///< articles new to the index
    std::size_t updated = 0;    ///< articles replaced (their file changed)
    std::size_t removed = 0;    ///< articles whose file or record is gone
    std::size_t unchanged = 0;  ///< articles in unchanged files
    std::size_t skipped = 0;    ///< records a reader rejected (reported)
    std::size_t failed = 0;     ///< files or folders that could not be read (reported)
    std::size_t warnings = 0;   ///< articles indexed without something (a date; reported)
    /// Unchanged files that had problems when they were read (each named
    /// again): the index still lacks what they hold, so the run fails.
    std::size_t still_failing = 0;
    /// Files and folders under the inputs passed over on purpose (hidden,
    /// documentation, --exclude...), with their reason.
    std::vector<IgnoredFile> ignored;
    bool removals_withheld = false;  ///< inputs could not all be listed: nothing was removed
    std::chrono::duration<double> elapsed{};
    Xapian::doccount documents_in_index = 0;
    /// What the run did to the facet store (facets/facet_store_builder.hpp):
    /// "full" (every document read), "incremental" (only new documents
    /// read), "up-to-date", "failed" (facet_store_problem says why; the index
    /// is complete, searches count without the store), or empty when the
    /// index has no generation.
    std::string facet_store_update;
    Xapian::doccount facet_store_documents_read = 0;
    /// Time spent on the facet store (part of elapsed).
    std::chrono::duration<double> facet_store_elapsed{};
    std::string facet_store_problem;
    /// --forget: the key of the collection removed (`removed` counts its
    /// articles); empty otherwise.
    std::string forgotten;

    [[nodiscard]] bool up_to_date() const {
        return !rebuilt && added == 0 && updated == 0 && removed == 0;
    }
    /// True when something the inputs hold is not in the index: a record
    /// skipped, a file that could not be read, or one still failing.
    [[nodiscard]] bool incomplete() const { return skipped > 0 || failed > 0 || still_failing > 0; }
    /// One line: "added 3, updated 1, removed 0, unchanged 40, skipped 0,
    /// failed 0 in 0.4 s (10.0 articles/s); index holds 44 articles" (the
    /// rate only when articles were written; after failed, when there are
    /// any, ", 1 warning", ", ignored 2 files (1 documentation, 1 hidden)"
    /// and ", 1 file still failing"; "index is up to date: 1 file
    /// unchanged, " first when nothing changed). After --forget: "forgot
    /// the collection 'seed': removed 8 articles in 0.1 s; index holds 44
    /// articles".
    [[nodiscard]] std::string to_string() const;
};

/// Runs one indexing pass (or, with options.forget, removes a collection). Each problem is passed
/// to `on_diagnostic` as it happens. Throws IndexLockedError when another writer holds the index,
/// IndexOpenError/IndexStoreError when it cannot be opened or written,
/// std::runtime_error for paths that cannot be collections (collection_inputs.hpp);
/// then the previous index is untouched.
[[nodiscard]] IndexingSummary run_indexing(const IndexingOptions& options,
                                           const DiagnosticSink& on_diagnostic);

}  // namespace dateline::indexer
