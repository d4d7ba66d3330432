#include "dateline/indexer/part_writer.hpp"

#include <malloc.h>
#include <unistd.h>

#include <fstream>
#include <string>

namespace dateline::indexer {

namespace {

// The process's resident memory in bytes (/proc/self/statm), 0 if unknown.
// Read from the system rather than from glibc's mallinfo2(), which crashes
// under the sanitizers' allocators (below).
std::size_t resident_bytes() {
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0;
    std::size_t resident = 0;
    if (!(statm >> pages >> resident)) return 0;
    return resident * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

// Hands the heap's free pages back to the system, where glibc's malloc is
// the allocator. dateline-index links jemalloc (DATELINE_JEMALLOC), which
// returns freed pages itself as they age: glibc's malloc_trim() then finds its
// own heap nearly empty and returns at once. Not under a sanitizer: it
// replaces malloc, and malloc_trim() then walks arenas that were never set
// up, which crashes on any thread but the main one.
void release_free_heap() {
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    ::malloc_trim(0);
#endif
}

}  // namespace

PartWriter::PartWriter(const std::vector<std::filesystem::path>& shard_paths,
                       PartWriterLimits limits)
    : limits_(limits) {
    shards_.reserve(shard_paths.size());
    for (const auto& path : shard_paths) {
        shards_.push_back(
            Shard{Xapian::WritableDatabase(path.string(), create_flags()), {path}, 0, 0, 0});
    }
    thread_ = std::thread([this] { run(); });
}

PartWriter::~PartWriter() { stop_and_join(); }

int PartWriter::create_flags() const {
    return Xapian::DB_CREATE | (limits_.sync_flushes ? 0 : Xapian::DB_NO_SYNC);
}

void PartWriter::stop_and_join() noexcept {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
        closing_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void PartWriter::add(std::size_t shard, PreparedArticle article) {
    queue(Job{shard, std::move(article)});
}

void PartWriter::add_spelling(std::size_t shard, SpellingCounts words) {
    queue(Job{shard, std::move(words)});
}

void PartWriter::queue(Job job) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < limits_.queue_articles || error_; });
    if (error_) std::rethrow_exception(error_);
    queue_.push_back(std::move(job));
    lock.unlock();
    changed_.notify_all();
}

void PartWriter::close() {
    {
        const std::lock_guard lock(mutex_);
        closing_ = true;
    }
    changed_.notify_all();
}

void PartWriter::finish() {
    close();
    if (thread_.joinable()) thread_.join();
    if (error_) std::rethrow_exception(error_);
}

void PartWriter::run() {
    try {
        for (;;) {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
            if (stopping_) return;
            if (queue_.empty()) break;  // closed, and everything queued is written
            Job job = std::move(queue_.front());
            queue_.pop_front();
            lock.unlock();
            changed_.notify_all();  // room in the queue
            Shard& shard = shards_[job.shard];
            if (auto* article = std::get_if<PreparedArticle>(&job.work)) {
                write(shard, std::move(*article));
            } else {
                for (const auto& [word, count] : std::get<SpellingCounts>(job.work))
                    shard.db.add_spelling(word, count);
            }
        }
        // The last documents go to disk on this thread.
        for (auto& shard : shards_) {
            flush(shard);
            shard.db.close();
        }
        // What the run does next (grouping, alias tables, compaction) then
        // reuses these pages instead of adding its own.
        release_free_heap();
    } catch (...) {
        const std::lock_guard lock(mutex_);
        error_ = std::current_exception();
        changed_.notify_all();
    }
}

void PartWriter::write(Shard& shard, PreparedArticle article) {
    // A full database is left for a new one when the next article comes
    // (after a flush: nothing is buffered), so none is ever left empty.
    if (limits_.database_articles != 0 && shard.articles == 0 &&
        shard.database_articles >= limits_.database_articles) {
        start_next_database(shard);
    }
    // Ids are unique within a new generation (the caller checks), so no
    // replace_document() lookup of the id term is needed.
    shard.db.add_document(article.document);
    ++shard.articles;
    ++shard.database_articles;
    shard.text_bytes += article.text_bytes;
    if (shard.articles >= limits_.flush_articles || shard.text_bytes >= limits_.flush_text_bytes) {
        flush(shard);
    }
}

void PartWriter::start_next_database(Shard& shard) {
    // Flushed before: closing loses nothing. Spelling words added from here
    // on go to the new database; the compaction sums their frequencies.
    shard.db.close();
    std::string name = shard.paths.front().filename().string();
    name.push_back('-');
    name.append(std::to_string(shard.paths.size()));
    std::filesystem::path next = shard.paths.front().parent_path() / name;
    shard.db = Xapian::WritableDatabase(next.string(), create_flags());
    shard.paths.push_back(std::move(next));
    shard.database_articles = 0;
}

void PartWriter::flush(Shard& shard) {
    shard.db.commit();
    // The flushed postings were allocated by this thread and the documents
    // by the worker threads, in other malloc arenas; glibc keeps such freed
    // memory mapped. Handing the free pages back after every flush kept
    // memory lowest, but a trim madvises every free page and makes the other
    // core flush its TLB: on 200k synthetic articles a build took 291 s
    // (540 CPU s) trimming after every flush, 288 s trimming above 64 MB
    // free, and 219 s (409 CPU s) above 256 MB free, for a peak of 316 MB
    // against 273 MB (trims by the free heap glibc reports). So the pages go
    // back only when the process has grown by far more than a flush's worth
    // since the last trim, and once when the writing ends (run()).
    const std::size_t resident = resident_bytes();
    if (resident >= resident_after_trim_ + limits_.trim_growth_bytes) {
        release_free_heap();
        resident_after_trim_ = resident_bytes();
    }
    shard.articles = 0;
    shard.text_bytes = 0;
}

}  // namespace dateline::indexer
