#pragma once
// IndexWriter: writes one run's changes into an index folder (see
// index_store.hpp), as one database or as N shards.

#include <xapian.h>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/document_builder.hpp"
#include "dateline/indexer/file_state.hpp"
#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/prepared_article.hpp"
#include "dateline/indexer/write_strategy.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::indexer {

struct IndexWriterOptions {
    /// Snowball language; must match an existing index. Default: english.
    std::string language = std::string(schema::text::kDefaultLanguage);
    bool spelling = true;           ///< build the "did you mean" dictionary
    std::size_t batch_size = 2000;  ///< articles per flush while building a new generation
    bool rebuild = false;           ///< build a new generation even if one exists
    bool compact = true;            ///< compact a new generation before publishing it
    /// Databases the articles are spread over, by a hash of their id. 0 keeps
    /// the index's own count (1 for a new index); another count than the
    /// index's needs a rebuild.
    std::size_t shards = 0;
    /// Threads storing documents while a new generation is built, each into
    /// its own part, merged by the compaction (so without compaction, one).
    std::size_t writers = 2;
    /// Articles each database of a new generation's parts holds before its
    /// writer goes on in a new one; the compaction merges them all (0: no
    /// limit; ignored without compaction). See part_writer.hpp for why.
    std::size_t database_articles = 100000;
};

/// Adds articles (never two with one id) and removes those of changed files,
/// through one of two strategies (write_strategy.hpp) chosen when it opens:
/// an update of the live generation (in_place_update.hpp), or, with
/// `rebuild` or for an index without a generation, a new generation
/// (new_generation.hpp). In both, readers see the old state or the new one,
/// and finish() records what is derived from the whole archive (the alias
/// tables, archive_aliases.hpp) in the commit that publishes the articles.
/// Not thread-safe: one thread calls it (a new generation's parts have their
/// own threads).
class IndexWriter {
  public:
    /// Removes what interrupted runs left, then opens the index for the
    /// chosen strategy. Throws IndexOpenError (an index of another shard
    /// count than `options.shards` without a rebuild, another language, not
    /// a Dateline index, unwritable) or IndexLockedError.
    IndexWriter(IndexStore& store, const IndexWriterOptions& options);
    /// Abandons the run unless finish() or abandon() was called. Never throws.
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    /// Adds an article whose document was built elsewhere. The caller makes
    /// sure its id is not in the index (indexed_source()).
    void add(PreparedArticle article) { strategy_->add(std::move(article)); }
    /// Builds the article's document on this thread, then adds it.
    void add(const Article& article);

    /// "path" or "path:line" of the article indexed under `article_id`
    /// (already, or earlier in this run); nullopt when there is none.
    [[nodiscard]] std::optional<std::string> indexed_source(const std::string& article_id) const {
        return strategy_->indexed_source(article_id);
    }
    /// Ids of the articles indexed from `relative_path` (before this run).
    [[nodiscard]] std::set<std::string> ids_from_source(const std::string& relative_path) const {
        return strategy_->ids_from_source(relative_path);
    }
    /// Removes every article read from `relative_path`.
    void remove_source(const std::string& relative_path) {
        strategy_->remove_source(relative_path);
    }

    /// The file states recorded by the previous run (none for a new generation).
    [[nodiscard]] std::map<std::string, FileState> file_states() const {
        return strategy_->file_states();
    }
    /// Records (or, with nullopt, forgets) a file's state, committed with the articles.
    void set_file_state(const std::string& relative_path, const std::optional<FileState>& state) {
        strategy_->set_file_state(relative_path, state);
    }

    /// Sets (or, with an empty value, deletes) an index-wide metadata entry,
    /// committed with the articles.
    void set_metadata(const std::string& key, const std::string& value) {
        strategy_->set_metadata(key, value);
    }

    [[nodiscard]] std::size_t shard_count() const { return strategy_->shard_count(); }
    /// Articles in the index as it will be once finished.
    [[nodiscard]] Xapian::doccount document_count() const { return strategy_->document_count(); }

    /// Commits and, for a new generation, merges, compacts and publishes it.
    /// Nothing written before finish() is visible to readers; once it
    /// returns, readers opening the index see everything.
    void finish();
    /// Drops everything written; the index stays exactly as it was.
    void abandon();

  private:
    IndexWriterOptions options_;
    DocumentBuilder builder_;  ///< for add(const Article&)
    std::unique_ptr<WriteStrategy> strategy_;
    bool finished_ = false;
};

}  // namespace dateline::indexer
