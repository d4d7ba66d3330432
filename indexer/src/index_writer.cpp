#include "dateline/indexer/index_writer.hpp"

#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_metadata.hpp"

namespace dateline::indexer {

namespace {

Xapian::WritableDatabase open_generation(const std::filesystem::path& path, int flags) {
    try {
        return Xapian::WritableDatabase(path.string(), flags);
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexLockedError("index generation " + path.string() +
                               " is locked by another writer");
    } catch (const Xapian::Error& e) {
        throw IndexOpenError("cannot open " + path.string() + " for writing: " + e.get_msg());
    }
}

std::filesystem::path choose_target(IndexStore& store, bool rebuild,
                                    std::filesystem::path& new_generation) {
    store.remove_stale_generations();
    if (!rebuild) {
        if (auto current = store.current_generation()) return *current;
    }
    new_generation = store.prepare_new_generation();
    return new_generation;
}

}  // namespace

IndexWriter::IndexWriter(IndexStore& store, const IndexWriterOptions& options)
    : store_(store),
      db_(open_generation(choose_target(store, options.rebuild, new_generation_),
                          Xapian::DB_CREATE_OR_OPEN)),
      builder_(schema::make_stemmer(options.language), options.spelling ? &db_ : nullptr),
      batch_size_(options.batch_size == 0 ? 1 : options.batch_size),
      compact_(options.compact) {
    try {
        const std::string recorded = schema::check_index_metadata(db_);
        if (db_.get_doccount() > 0 && recorded != options.language) {
            throw IndexOpenError("index " + store.dir().string() + " was built with language '" +
                                 recorded + "', not '" + options.language + "'; use --lang " +
                                 recorded + " or --rebuild");
        }
    } catch (const schema::IncompatibleIndexError& e) {
        throw IndexOpenError("index " + store.dir().string() + ": " + e.what());
    }
    if (new_generation_.empty()) db_.begin_transaction(/*flushed=*/true);
    schema::write_index_metadata(db_, options.language);
}

IndexWriter::~IndexWriter() {
    if (finished_) return;
    // Not finished: an exception or an early return. A destructor must not throw.
    try {
        abandon();
    } catch (...) {
    }
}

void IndexWriter::abandon() {
    // An open transaction is cancelled; an unpublished generation is deleted
    // (had the process died instead, the next run would delete it).
    finished_ = true;
    if (new_generation_.empty()) {
        db_.cancel_transaction();
        return;
    }
    db_.close();
    std::error_code ignored;
    std::filesystem::remove_all(new_generation_, ignored);
}

void IndexWriter::add(const Article& article) {
    db_.replace_document(DocumentBuilder::id_term(article.id), builder_.build(article));
    // Flushing is only safe where readers cannot see it: in a new generation.
    if (!new_generation_.empty() && ++pending_ >= batch_size_) {
        db_.commit();
        pending_ = 0;
    }
}

void IndexWriter::remove_source(const std::string& relative_path) {
    db_.delete_document(std::string(schema::prefix::kSource) + relative_path);
}

void IndexWriter::finish() {
    if (new_generation_.empty()) {
        db_.commit_transaction();
    } else {
        db_.commit();
        db_.close();
        std::filesystem::path ready = new_generation_;
        if (compact_) {
            // Compacting makes a smaller, faster index; it writes a copy, so
            // the uncompacted build is only deleted once the copy is complete.
            ready = store_.compaction_target(new_generation_);
            Xapian::Database(new_generation_.string()).compact(ready.string());
            std::filesystem::remove_all(new_generation_);
        }
        store_.publish(ready);
    }
    finished_ = true;
}

}  // namespace dateline::indexer
