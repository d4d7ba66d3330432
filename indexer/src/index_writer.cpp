#include "dateline/indexer/index_writer.hpp"

#include <xxhash.h>

#include <algorithm>
#include <numeric>

#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_metadata.hpp"
#include "dateline/schema/stored_article.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::indexer {

namespace fs = std::filesystem;

namespace {

Xapian::WritableDatabase open_live_database(const fs::path& path) {
    try {
        return Xapian::WritableDatabase(path.string(), Xapian::DB_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexLockedError("index database " + path.string() + " is locked by another writer");
    } catch (const Xapian::Error& e) {
        throw IndexOpenError("cannot open " + path.string() +
                             " for writing: " + e.get_description());
    }
}

}  // namespace

std::size_t shard_of(std::string_view article_id, std::size_t shard_count) {
    if (shard_count <= 1) return 0;
    return static_cast<std::size_t>(XXH3_64bits(article_id.data(), article_id.size()) %
                                    shard_count);
}

IndexWriter::IndexWriter(IndexStore& store, const IndexWriterOptions& options)
    : store_(store), options_(options), builder_(schema::make_stemmer(options.language)) {
    store_.remove_stale_generations();
    const auto live = store_.current_databases();
    if (!options.rebuild && !live.empty()) {
        if (options.shards != 0 && options.shards != live.size()) {
            throw IndexOpenError("index " + store.dir().string() + " has " +
                                 std::to_string(live.size()) + " shard(s), not " +
                                 std::to_string(options.shards) +
                                 "; use --rebuild to change the number of shards");
        }
        shard_count_ = live.size();
        open_live(live);
    } else {
        shard_count_ = options.shards != 0 ? options.shards : std::max<std::size_t>(1, live.size());
        start_new_generation(options.compact ? std::max<std::size_t>(1, options.writers) : 1);
    }
}

IndexWriter::~IndexWriter() {
    if (finished_) return;
    // Not finished: an exception or an early return. A destructor must not throw.
    try {
        abandon();
    } catch (...) {
    }
}

void IndexWriter::open_live(const std::vector<fs::path>& databases) {
    for (const auto& path : databases) {
        auto db = open_live_database(path);
        try {
            const std::string recorded = schema::check_index_metadata(db);
            if (db.get_doccount() > 0 && recorded != options_.language) {
                throw IndexOpenError(
                    "index " + store_.dir().string() + " was built with language '" + recorded +
                    "', not '" + options_.language + "'; use --lang " + recorded + " or --rebuild");
            }
        } catch (const schema::IncompatibleIndexError& e) {
            throw IndexOpenError("index " + store_.dir().string() + ": " + e.what());
        }
        db.begin_transaction(/*flushed=*/true);
        schema::write_index_metadata(db, options_.language);
        live_.push_back(std::move(db));
    }
    live_spelling_.resize(live_.size());
}

fs::path IndexWriter::part_path(std::size_t part, std::size_t shard) const {
    const fs::path shard_dir = IndexStore::shard_path(new_generation_, shard, shard_count_);
    // Without compaction one writer writes the shard's database itself;
    // with it, writers write parts that the compaction merges.
    if (!options_.compact) return shard_dir;
    return shard_dir / ("part-" + std::to_string(part));
}

void IndexWriter::start_new_generation(std::size_t writers) {
    new_generation_ = store_.prepare_new_generation();
    // The writers share the batch; every database also flushes once its
    // articles' text passes its share of a fixed budget, so memory stays
    // bounded whatever the articles' sizes and the number of shards.
    const std::size_t databases = writers * shard_count_;
    PartWriterLimits limits;
    limits.flush_articles = std::max<std::size_t>(1, options_.batch_size / writers);
    limits.flush_text_bytes =
        std::max<std::size_t>(std::size_t{4} << 20, (std::size_t{128} << 20) / databases);
    try {
        for (std::size_t part = 0; part < writers; ++part) {
            std::vector<fs::path> paths;
            for (std::size_t shard = 0; shard < shard_count_; ++shard) {
                paths.push_back(part_path(part, shard));
                fs::create_directories(paths.back().parent_path());
            }
            parts_.push_back(std::make_unique<PartWriter>(paths, limits, options_.spelling));
        }
    } catch (const Xapian::Error& e) {
        // get_description() carries the system's reason ("No space left on device").
        abandon_new_generation();
        throw IndexOpenError("cannot create a new index in " + new_generation_.string() + ": " +
                             e.get_description());
    } catch (const fs::filesystem_error& e) {
        abandon_new_generation();
        throw IndexOpenError("cannot create a new index in " + new_generation_.string() + ": " +
                             e.code().message());
    }
}

void IndexWriter::add(PreparedArticle article) {
    const std::size_t shard = shard_of(article.id, shard_count_);
    if (building_new_generation()) {
        if (sources_.empty() || sources_.back() != article.source.relative_path) {
            sources_.push_back(article.source.relative_path);
        }
        written_ids_.emplace(article.id,
                             std::pair{static_cast<std::uint32_t>(sources_.size() - 1),
                                       static_cast<std::uint32_t>(article.source.line)});
        parts_[next_part_]->add(shard, std::move(article));
        next_part_ = (next_part_ + 1) % parts_.size();
        ++added_;
        return;
    }
    live_[shard].add_document(article.document);
    auto& spelling = live_spelling_[shard];
    for (auto& [word, count] : article.spelling) spelling[std::move(word)] += count;
}

void IndexWriter::add(const Article& article) { add(builder_.prepare(article, options_.spelling)); }

std::optional<std::string> IndexWriter::indexed_source(const std::string& article_id) const {
    if (building_new_generation()) {
        const auto it = written_ids_.find(article_id);
        if (it == written_ids_.end()) return std::nullopt;
        return schema::source_label(sources_[it->second.first], it->second.second);
    }
    // The live database answers for what this run added too (the
    // transaction's changes are visible to the writer).
    const auto& db = live_[shard_of(article_id, shard_count_)];
    const std::string id_term = schema::id_term(article_id);
    const auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return std::nullopt;
    try {
        return schema::decode_stored_article(db.get_document(*posting).get_data()).source;
    } catch (const std::exception&) {
        return "?";
    }
}

std::set<std::string> IndexWriter::ids_from_source(const std::string& relative_path) const {
    std::set<std::string> ids;
    const std::string source_term = schema::source_term(relative_path);
    for (const auto& db : live_) {
        for (auto it = db.postlist_begin(source_term); it != db.postlist_end(source_term); ++it) {
            const auto doc = db.get_document(*it);
            auto term = doc.termlist_begin();
            term.skip_to(std::string(schema::prefix::kId));
            if (term == doc.termlist_end()) continue;
            const std::string id_term = *term;
            if (const auto id = schema::id_from_term(id_term); !id.empty()) ids.emplace(id);
        }
    }
    return ids;
}

void IndexWriter::remove_source(const std::string& relative_path) {
    const std::string source_term = schema::source_term(relative_path);
    for (auto& db : live_) db.delete_document(source_term);
}

std::map<std::string, FileState> IndexWriter::file_states() const {
    if (live_.empty()) return {};
    return load_file_states(live_.front());
}

void IndexWriter::set_file_state(const std::string& relative_path,
                                 const std::optional<FileState>& state) {
    const std::string key = file_state_key(relative_path);
    if (key.empty()) return;
    const std::string value = state ? encode_file_state(*state) : std::string();
    if (building_new_generation()) {
        if (state) {
            new_metadata_[key] = value;
        } else {
            new_metadata_.erase(key);
        }
        return;
    }
    live_.front().set_metadata(key, value);  // an empty value deletes the key
}

Xapian::doccount IndexWriter::document_count() const {
    if (building_new_generation()) return static_cast<Xapian::doccount>(added_);
    return std::accumulate(
        live_.begin(), live_.end(), Xapian::doccount{0},
        [](Xapian::doccount sum, const auto& db) { return sum + db.get_doccount(); });
}

void IndexWriter::finish() {
    if (building_new_generation()) {
        finish_new_generation();
    } else {
        // Shard 0 holds the file states: committed last, it is what makes
        // the run count as done.
        for (std::size_t shard = live_.size(); shard-- > 0;) {
            for (const auto& [word, count] : live_spelling_[shard])
                live_[shard].add_spelling(word, count);
            live_[shard].commit_transaction();
        }
    }
    finished_ = true;
}

void IndexWriter::finish_new_generation() {
    for (auto& part : parts_) part->finish();
    const std::size_t parts = parts_.size();
    parts_.clear();
    // Every shard describes itself (it may be served on its own); the file
    // states go into shard 0.
    for (std::size_t shard = 0; shard < shard_count_; ++shard) {
        Xapian::WritableDatabase db(part_path(0, shard).string(), Xapian::DB_OPEN);
        schema::write_index_metadata(db, options_.language);
        if (shard == 0) {
            for (const auto& [key, value] : new_metadata_) db.set_metadata(key, value);
        }
        db.commit();
        db.close();
    }
    fs::path ready = new_generation_;
    if (options_.compact) {
        // Compaction merges the parts and makes a smaller, faster index; it
        // writes a copy, so the parts are only deleted once it is complete.
        ready = store_.compaction_target(new_generation_);
        for (std::size_t shard = 0; shard < shard_count_; ++shard) {
            Xapian::Database merged;
            for (std::size_t part = 0; part < parts; ++part) {
                merged.add_database(Xapian::Database(part_path(part, shard).string()));
            }
            const fs::path target = IndexStore::shard_path(ready, shard, shard_count_);
            fs::create_directories(target.parent_path());
            merged.compact(target.string());
        }
        fs::remove_all(new_generation_);
    }
    store_.publish(ready, shard_count_);
}

void IndexWriter::abandon() {
    // Open transactions are cancelled; an unpublished generation is deleted
    // (had the process died instead, the next run would delete it).
    finished_ = true;
    if (!building_new_generation()) {
        for (auto& db : live_) db.cancel_transaction();
        return;
    }
    abandon_new_generation();
}

void IndexWriter::abandon_new_generation() noexcept {
    parts_.clear();  // stops the writer threads
    std::error_code ignored;
    fs::remove_all(new_generation_, ignored);
}

}  // namespace dateline::indexer
