#pragma once
// IndexWriter: writes one generation of an index folder (see index_store.hpp).

#include <xapian.h>

#include <cstddef>
#include <stdexcept>
#include <string>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/document_builder.hpp"
#include "dateline/indexer/index_store.hpp"

namespace dateline::indexer {

/// Thrown when the index cannot be opened for writing (not a Dateline index,
/// another language, unwritable). The message says why.
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
};

/// Adds or replaces articles by id (re-indexing never duplicates).
///
/// Two ways of writing, and in both readers see the old state or the new one:
///  * into the live generation, inside one Xapian transaction committed by
///    finish(): an interrupted run changes nothing;
///  * into a new generation (a rebuild, or the first build), flushed in
///    batches and published by finish() with an atomic stub swap: an
///    interrupted run leaves a "*.new" folder that the next run removes.
class IndexWriter {
  public:
    IndexWriter(IndexStore& store, const IndexWriterOptions& options);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    void add(const Article& article);
    /// Removes every article read from `relative_path`.
    void remove_source(const std::string& relative_path);
    /// Commits and, for a new generation, publishes it. Nothing written
    /// before finish() is visible to readers.
    void finish();
    /// Drops everything written; the index stays exactly as it was.
    void abandon();

    [[nodiscard]] Xapian::doccount document_count() const { return db_.get_doccount(); }
    /// The database being written (for metadata such as file states).
    [[nodiscard]] Xapian::WritableDatabase& database() { return db_; }

  private:
    IndexStore& store_;
    std::filesystem::path new_generation_;  ///< empty when updating the live one
    Xapian::WritableDatabase db_;
    DocumentBuilder builder_;
    std::size_t pending_ = 0;
    std::size_t batch_size_;
    bool compact_;
    bool finished_ = false;
};

}  // namespace dateline::indexer
