#include "dateline/indexer/in_place_update.hpp"

#include <numeric>

#include "dateline/indexer/archive_aliases.hpp"
#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/near_duplicate_grouping.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_metadata.hpp"
#include "dateline/schema/stored_article.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::indexer {

namespace fs = std::filesystem;

namespace {

Xapian::WritableDatabase open_database(const fs::path& path) {
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

InPlaceUpdate::InPlaceUpdate(const fs::path& index_dir, const std::vector<fs::path>& databases,
                             const std::string& language) {
    for (const auto& path : databases) {
        auto db = open_database(path);
        try {
            const std::string recorded = schema::check_index_metadata(db);
            if (db.get_doccount() > 0 && recorded != language) {
                throw IndexOpenError("index " + index_dir.string() + " was built with language '" +
                                     recorded + "', not '" + language + "'; use --lang " +
                                     recorded + " or --rebuild");
            }
        } catch (const schema::IncompatibleIndexError& e) {
            throw IndexOpenError("index " + index_dir.string() + ": " + e.what());
        }
        db.begin_transaction(/*flushed=*/true);
        schema::write_index_metadata(db, language);
        databases_.push_back(std::move(db));
    }
    spelling_.resize(databases_.size());
}

void InPlaceUpdate::add(PreparedArticle article) {
    const std::size_t shard = shard_of(article.id, shard_count());
    databases_[shard].add_document(article.document);
    auto& spelling = spelling_[shard];
    for (auto& [word, count] : article.spelling) spelling[std::move(word)] += count;
}

std::optional<std::string> InPlaceUpdate::indexed_source(const std::string& article_id) const {
    // The database answers for what this run added too (the transaction's
    // changes are visible to the writer).
    const auto& db = databases_[shard_of(article_id, shard_count())];
    const std::string id_term = schema::id_term(article_id);
    const auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return std::nullopt;
    try {
        return schema::decode_stored_article(db.get_document(*posting).get_data()).source;
    } catch (const std::exception&) {
        return "?";
    }
}

std::set<std::string> InPlaceUpdate::ids_from_source(const std::string& relative_path) const {
    std::set<std::string> ids;
    const std::string source_term = schema::source_term(relative_path);
    for (const auto& db : databases_) {
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

void InPlaceUpdate::remove_source(const std::string& relative_path) {
    const std::string source_term = schema::source_term(relative_path);
    for (auto& db : databases_) db.delete_document(source_term);
}

std::map<std::string, FileState> InPlaceUpdate::file_states() const {
    if (databases_.empty()) return {};
    return load_file_states(databases_.front());
}

void InPlaceUpdate::set_file_state(const std::string& relative_path,
                                   const std::optional<FileState>& state) {
    const std::string key = file_state_key(relative_path);
    if (key.empty()) return;
    // An empty value deletes the key.
    databases_.front().set_metadata(key, state ? encode_file_state(*state) : std::string());
}

void InPlaceUpdate::set_metadata(const std::string& key, const std::string& value) {
    databases_.front().set_metadata(key, value);
}

Xapian::doccount InPlaceUpdate::document_count() const {
    return std::accumulate(
        databases_.begin(), databases_.end(), Xapian::doccount{0},
        [](Xapian::doccount sum, const auto& db) { return sum + db.get_doccount(); });
}

void InPlaceUpdate::finish() {
    // Within the transaction: the groups are committed with the articles.
    assign_near_duplicate_groups(databases_);
    // Read through the shards' own, uncommitted state, so the alias tables
    // describe the archive this commit publishes.
    Xapian::Database archive;
    for (const auto& shard : databases_) archive.add_database(shard);
    compute_alias_tables(archive).write(databases_.front());
    // Shard 0 holds the file states: committed last, it is what makes the
    // run count as done.
    for (std::size_t shard = databases_.size(); shard-- > 0;) {
        for (const auto& [word, count] : spelling_[shard]) {
            databases_[shard].add_spelling(word, count);
        }
        databases_[shard].commit_transaction();
    }
}

void InPlaceUpdate::abandon() {
    for (auto& db : databases_) db.cancel_transaction();
}

}  // namespace dateline::indexer
