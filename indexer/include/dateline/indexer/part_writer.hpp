#pragma once
// PartWriter: a thread that writes documents into one part of a new index
// generation.
//
// Xapian has one writer per database, and storing documents (updating the
// posting lists, flushing them to disk) is the largest single cost of
// indexing. A new generation is therefore written as several parts, each by
// its own PartWriter thread, and the parts are merged into the published
// databases by Xapian::Database::compact(), which the build does anyway. A
// part holds one database per shard of the index.
//
// A part may also be written as a series of databases, a new one started
// after the flush at which the current holds `database_articles` articles
// (see PartWriterLimits): every flush merges
// the buffered postings into the database's B-trees, and that merge costs
// more as the database grows (building 1M synthetic articles into one
// database per writer: 900 articles a second at 250,000 articles, 800 at
// 650,000; in databases of 100,000: 1,000 at 450,000 and at 600,000).
// Smaller databases keep every flush as cheap as a small archive's; the
// compaction merges them all once, as Lucene merges its segments.

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "dateline/indexer/prepared_article.hpp"

namespace dateline::indexer {

/// When a part's database is flushed to disk, and how far the thread may lag.
struct PartWriterLimits {
    std::size_t flush_articles = 2000;                     ///< articles buffered per database
    std::size_t flush_text_bytes = std::size_t{64} << 20;  ///< article text buffered per database
    std::size_t queue_articles = 256;                      ///< articles waiting for the thread
    /// Growth of the process's resident memory since the last trim above
    /// which a flush hands the free heap pages back to the system.
    std::size_t trim_growth_bytes = std::size_t{256} << 20;
    /// Articles a database holds before the part goes on in a new one, at
    /// the first flush that reaches them, so a database holds whole batches
    /// (0: one database per shard, whatever its size).
    std::size_t database_articles = 0;
    /// Whether a flush waits until the disk holds it (fsync). Parts the
    /// compaction copies, and that an interrupted run deletes, need not.
    bool sync_flushes = true;
};

class PartWriter {
  public:
    /// Creates one empty database per path (one per shard) and starts the
    /// thread. A shard's next databases, if any, are "PATH-1", "PATH-2" …
    /// Throws Xapian::Error when a database cannot be created.
    PartWriter(const std::vector<std::filesystem::path>& shard_paths, PartWriterLimits limits);
    /// Stops the thread, dropping what it has not written. Never throws.
    ~PartWriter();
    PartWriter(const PartWriter&) = delete;
    PartWriter& operator=(const PartWriter&) = delete;

    /// Queues `article` for database `shard`; waits while the queue is full.
    /// Rethrows the error that stopped the thread, if any (a full disk).
    void add(std::size_t shard, PreparedArticle article);

    /// Queues words and their counts for the spelling dictionary of database
    /// `shard`, in the order of the articles around it; waits while the
    /// queue is full. Rethrows the thread's error, if any.
    void add_spelling(std::size_t shard, SpellingCounts words);

    /// Lets the thread write everything queued, commit and close the
    /// databases, without waiting for it: closing every part before
    /// finishing any lets them finish side by side. No add() after it.
    void close();

    /// close(), then waits until the databases are committed and closed;
    /// rethrows the thread's error, if any.
    void finish();

    /// The databases written for `shard`, in the order they were started,
    /// the path given to the constructor first. Complete once finish()
    /// returned.
    [[nodiscard]] const std::vector<std::filesystem::path>& databases(std::size_t shard) const {
        return shards_[shard].paths;
    }

  private:
    struct Shard {
        Xapian::WritableDatabase db;
        std::vector<std::filesystem::path> paths;  ///< every database started, `db`'s last
        std::size_t articles = 0;                  ///< since the last flush
        std::size_t text_bytes = 0;                ///< since the last flush
        std::size_t database_articles = 0;         ///< in `db`
    };
    /// What the thread does next: store an article, or add spelling words.
    struct Job {
        std::size_t shard = 0;
        std::variant<PreparedArticle, SpellingCounts> work;
    };

    void run();
    void queue(Job job);
    void write(Shard& shard, PreparedArticle article);
    void flush(Shard& shard);
    void start_next_database(Shard& shard);
    [[nodiscard]] int create_flags() const;
    void stop_and_join() noexcept;

    std::vector<Shard> shards_;
    PartWriterLimits limits_;
    std::size_t resident_after_trim_ = 0;  ///< process RSS after this thread's last trim

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Job> queue_;     ///< guarded by mutex_
    bool closing_ = false;      ///< guarded by mutex_
    bool stopping_ = false;     ///< guarded by mutex_: drop the queue
    std::exception_ptr error_;  ///< guarded by mutex_
    std::thread thread_;
};

}  // namespace dateline::indexer
