#pragma once
// WriteStrategy: how one run's changes reach an index folder. IndexWriter
// (index_writer.hpp) picks one of two and forwards to it:
//
//  * InPlaceUpdate (in_place_update.hpp), an update of the live generation:
//    every database in a Xapian transaction, committed by finish(); readers
//    see the old index until then, an interrupted run changes nothing.
//  * NewGeneration (new_generation.hpp), a rebuild or the first build: a new
//    generation written beside the live one by PartWriter threads, merged,
//    compacted and published by finish() with an atomic stub swap; an
//    interrupted run leaves "gen-N.*" folders the next run removes.
//
// Both hold the same contract, so code above IndexWriter never asks which one
// runs. A step to take after the index is committed (a facet store, say)
// belongs after IndexWriter::finish(), which returns once readers can see the
// new state, whichever strategy ran.
//
// Articles are spread over shard_count() databases by shard_of() (a hash of
// the id, stable across runs). One thread calls a strategy.

#include <xapian.h>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include "dateline/indexer/file_state.hpp"
#include "dateline/indexer/prepared_article.hpp"

namespace dateline::indexer {

/// Thrown when the index cannot be opened for writing (not a Dateline index,
/// another language, another shard count, unwritable). The message says why.
class IndexOpenError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// The shard (0 <= shard < shard_count) an article id belongs to: a stable
/// hash (XXH3) of the id, so an article stays in its shard across runs.
[[nodiscard]] std::size_t shard_of(std::string_view article_id, std::size_t shard_count);

class WriteStrategy {
  public:
    virtual ~WriteStrategy() = default;

    /// Databases the articles are spread over.
    [[nodiscard]] virtual std::size_t shard_count() const = 0;

    /// Stores an article whose id the index does not hold (indexed_source()).
    virtual void add(PreparedArticle article) = 0;
    /// "path" or "path:line" of the article indexed under `article_id`
    /// (before this run, or by it); nullopt when there is none.
    [[nodiscard]] virtual std::optional<std::string> indexed_source(
        const std::string& article_id) const = 0;
    /// Ids of the articles indexed from `relative_path` before this run
    /// (none when building a new generation).
    [[nodiscard]] virtual std::set<std::string> ids_from_source(
        const std::string& relative_path) const = 0;
    /// Removes every article read from `relative_path` before this run.
    virtual void remove_source(const std::string& relative_path) = 0;

    /// The file states recorded by the previous run (none for a new generation).
    [[nodiscard]] virtual std::map<std::string, FileState> file_states() const = 0;
    /// Records (or, with nullopt, forgets) a file's state, committed with the articles.
    virtual void set_file_state(const std::string& relative_path,
                                const std::optional<FileState>& state) = 0;

    /// Sets (or, with an empty value, deletes) an index-wide metadata entry
    /// (a collection's record), committed with the articles.
    virtual void set_metadata(const std::string& key, const std::string& value) = 0;

    /// Articles in the index as it will be once finished.
    [[nodiscard]] virtual Xapian::doccount document_count() const = 0;

    /// Makes the run's changes visible to readers, all at once. Throws
    /// Xapian::Error or std::filesystem::filesystem_error when they cannot
    /// be written; the index readers see is then the previous one.
    virtual void finish() = 0;
    /// Drops everything written; the index stays exactly as it was.
    virtual void abandon() = 0;
};

}  // namespace dateline::indexer
