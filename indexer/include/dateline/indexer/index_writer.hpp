#pragma once
// IndexWriter: owns the writable Xapian database for one indexing run.

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <string>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/document_builder.hpp"

namespace dateline::indexer {

/// Thrown when the index cannot be opened for writing (locked by another
/// writer, not a Dateline index, unwritable path). The message says why.
class IndexOpenError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct IndexWriterOptions {
    std::string language = "english";  ///< Snowball language; must match an existing index
    bool spelling = true;              ///< build the "did you mean" dictionary
    std::size_t batch_size = 2000;     ///< articles per commit
};

/// Adds or replaces articles by id (re-indexing never duplicates). Commits
/// every batch_size articles and on commit()/destruction, so an interrupted
/// run keeps what was committed and never leaves a half-written batch visible.
class IndexWriter {
  public:
    IndexWriter(const std::filesystem::path& index_path, const IndexWriterOptions& options);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    void add(const Article& article);
    void commit();

    [[nodiscard]] Xapian::doccount document_count() const { return db_.get_doccount(); }

  private:
    Xapian::WritableDatabase db_;
    DocumentBuilder builder_;
    std::size_t pending_ = 0;
    std::size_t batch_size_;
};

}  // namespace dateline::indexer
