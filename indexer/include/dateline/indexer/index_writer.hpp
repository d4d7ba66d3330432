#pragma once
// IndexWriter: writes one run's changes into an index folder (see
// index_store.hpp), as one database or as N shards.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/document_builder.hpp"
#include "dateline/indexer/file_state.hpp"
#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/part_writer.hpp"
#include "dateline/indexer/prepared_article.hpp"

namespace dateline::indexer {

/// Thrown when the index cannot be opened for writing (not a Dateline index,
/// another language, another shard count, unwritable). The message says why.
class IndexOpenError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct IndexWriterOptions {
    std::string language = "english";  ///< Snowball language; must match an existing index
    bool spelling = true;              ///< build the "did you mean" dictionary
    std::size_t batch_size = 2000;     ///< articles per flush while building a new generation
    bool rebuild = false;              ///< build a new generation even if one exists
    bool compact = true;               ///< compact a new generation before publishing it
    /// Databases the articles are spread over, by a hash of their id. 0 keeps
    /// the index's own count (1 for a new index); another count than the
    /// index's needs a rebuild.
    std::size_t shards = 0;
    /// Threads storing documents while a new generation is built, each into
    /// its own part, merged by the compaction (so without compaction, one).
    std::size_t writers = 2;
};

/// The shard (0 <= shard < shard_count) an article id belongs to: a stable
/// hash (XXH3) of the id, so an article stays in its shard across runs.
[[nodiscard]] std::size_t shard_of(std::string_view article_id, std::size_t shard_count);

/// Adds articles (never two with one id) and removes those of changed files.
///
/// Two ways of writing, and in both readers see the old state or the new one:
///  * into the live generation, inside one Xapian transaction per shard,
///    committed by finish(): an interrupted run changes nothing (with
///    shards, the shard holding the file states commits last, so a run
///    killed between two shard commits is redone by the next run);
///  * into a new generation (a rebuild, or the first build), written by
///    PartWriter threads, flushed in batches, merged and compacted, and
///    published by finish() with an atomic stub swap: an interrupted run
///    leaves "gen-N.*" folders that the next run removes.
/// Not thread-safe: one thread calls it (the parts have their own threads).
class IndexWriter {
  public:
    IndexWriter(IndexStore& store, const IndexWriterOptions& options);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    /// Adds an article whose document was built elsewhere. The caller makes
    /// sure its id is not in the index (indexed_source()).
    void add(PreparedArticle article);
    /// Builds the article's document on this thread, then adds it.
    void add(const Article& article);

    /// "path" or "path:line" of the article indexed under `article_id`
    /// (already, or earlier in this run); nullopt when there is none.
    [[nodiscard]] std::optional<std::string> indexed_source(const std::string& article_id) const;
    /// Ids of the articles indexed from `relative_path` (before this run).
    [[nodiscard]] std::set<std::string> ids_from_source(const std::string& relative_path) const;
    /// Removes every article read from `relative_path`.
    void remove_source(const std::string& relative_path);

    /// The file states recorded by the previous run (none for a new generation).
    [[nodiscard]] std::map<std::string, FileState> file_states() const;
    /// Records (or, with nullopt, forgets) a file's state, committed with the articles.
    void set_file_state(const std::string& relative_path, const std::optional<FileState>& state);

    [[nodiscard]] bool building_new_generation() const { return !new_generation_.empty(); }
    [[nodiscard]] std::size_t shard_count() const { return shard_count_; }
    /// Articles in the index as it will be once finished.
    [[nodiscard]] Xapian::doccount document_count() const;

    /// Commits and, for a new generation, merges, compacts and publishes it.
    /// Nothing written before finish() is visible to readers.
    void finish();
    /// Drops everything written; the index stays exactly as it was.
    void abandon();

  private:
    void open_live(const std::vector<std::filesystem::path>& databases);
    void start_new_generation(std::size_t writers);
    void finish_new_generation();
    /// Stops the writers and deletes the unpublished generation.
    void abandon_new_generation() noexcept;
    [[nodiscard]] std::filesystem::path part_path(std::size_t part, std::size_t shard) const;

    IndexStore& store_;
    IndexWriterOptions options_;
    std::size_t shard_count_ = 1;
    DocumentBuilder builder_;  ///< for add(const Article&)
    bool finished_ = false;

    // Updating the live generation: one database per shard, in a transaction.
    std::vector<Xapian::WritableDatabase> live_;
    std::vector<std::unordered_map<std::string, Xapian::termcount>> live_spelling_;

    // Building a new generation.
    std::filesystem::path new_generation_;  ///< empty when updating the live one
    std::vector<std::unique_ptr<PartWriter>> parts_;
    std::size_t next_part_ = 0;
    std::size_t added_ = 0;
    /// Ids written by this run, with where they came from: the index of
    /// their file in sources_, and the line.
    std::unordered_map<std::string, std::pair<std::uint32_t, std::uint32_t>> written_ids_;
    std::vector<std::string> sources_;
    std::map<std::string, std::string> new_metadata_;  ///< written into shard 0 at finish()
};

}  // namespace dateline::indexer
