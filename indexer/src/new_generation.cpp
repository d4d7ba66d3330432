#include "dateline/indexer/new_generation.hpp"

#include <algorithm>
#include <functional>

#include "dateline/indexer/archive_aliases.hpp"
#include "dateline/indexer/near_duplicate_grouping.hpp"
#include "dateline/schema/index_metadata.hpp"
#include "dateline/schema/stored_article.hpp"

namespace dateline::indexer {

namespace fs = std::filesystem;

NewGeneration::NewGeneration(IndexStore& store, std::size_t shard_count,
                             const IndexWriterOptions& options)
    : store_(store), options_(options), shard_count_(shard_count), spelling_(shard_count) {
    folder_ = store_.prepare_new_generation();
    const std::size_t writers = options_.compact ? std::max<std::size_t>(1, options_.writers) : 1;
    // The writers share the batch; every database also flushes once its
    // articles' text passes its share of a fixed budget, so memory stays
    // bounded whatever the articles' sizes and the number of shards.
    const std::size_t databases = writers * shard_count_;
    PartWriterLimits limits;
    limits.flush_articles = std::max<std::size_t>(1, options_.batch_size / writers);
    limits.flush_text_bytes =
        std::max<std::size_t>(std::size_t{4} << 20, (std::size_t{128} << 20) / databases);
    // Without compaction the one database per shard is the index itself.
    // With it, the parts are a scratch copy: a flush need not wait for the
    // disk (a 1M build took 1,520 s with the writers' fsyncs and 1,221 s
    // without, docs/performance.md), and a part may be one of a series.
    if (options_.compact) {
        limits.database_articles = options_.database_articles;
        limits.sync_flushes = false;
    }
    try {
        for (std::size_t part = 0; part < writers; ++part) {
            std::vector<fs::path> paths;
            for (std::size_t shard = 0; shard < shard_count_; ++shard) {
                paths.push_back(part_path(part, shard));
                fs::create_directories(paths.back().parent_path());
            }
            parts_.push_back(std::make_unique<PartWriter>(paths, limits));
        }
    } catch (const Xapian::Error& e) {
        // get_description() carries the system's reason ("No space left on device").
        abandon();
        throw IndexOpenError("cannot create a new index in " + folder_.string() + ": " +
                             e.get_description());
    } catch (const fs::filesystem_error& e) {
        abandon();
        throw IndexOpenError("cannot create a new index in " + folder_.string() + ": " +
                             e.code().message());
    }
}

NewGeneration::~NewGeneration() = default;

fs::path NewGeneration::part_path(std::size_t part, std::size_t shard) const {
    const fs::path shard_dir = IndexStore::shard_path(folder_, shard, shard_count_);
    // Without compaction one writer writes the shard's database itself;
    // with it, writers write parts that the compaction merges.
    if (!options_.compact) return shard_dir;
    return shard_dir / ("part-" + std::to_string(part));
}

int NewGeneration::reopen_flags() const {
    return Xapian::DB_OPEN | (options_.compact ? Xapian::DB_NO_SYNC : 0);
}

void NewGeneration::add(PreparedArticle article) {
    const std::size_t shard = shard_of(article.id, shard_count_);
    if (sources_.empty() || sources_.back() != article.source.relative_path) {
        sources_.push_back(article.source.relative_path);
    }
    // The first article of an id keeps it (a later one is a duplicate the
    // run reports against the first's source).
    if (written_ids_.add(article.id) == written_from_.size()) {
        written_from_.emplace_back(static_cast<std::uint32_t>(sources_.size() - 1),
                                   static_cast<std::uint32_t>(article.source.line));
    }
    SpellingCounts& spelling = spelling_[shard];
    for (auto& [word, count] : article.spelling) spelling[std::move(word)] += count;
    article.spelling.clear();
    parts_[next_part_]->add(shard, std::move(article));
    next_part_ = (next_part_ + 1) % parts_.size();
    ++added_;
    if (spelling.size() >= kSpellingBatchWords) hand_over_spelling(shard);
}

void NewGeneration::hand_over_spelling(std::size_t shard) {
    if (spelling_[shard].empty()) return;
    // Split by word, so each part adds a share of the words, none twice: one
    // part adding them all held the trigram lists of every word in memory at
    // once (200k synthetic articles: peak 313 MB against 290).
    std::vector<SpellingCounts> shares(parts_.size());
    const std::hash<std::string> hash;
    SpellingCounts& counted = spelling_[shard];
    while (!counted.empty()) {
        auto word = counted.extract(counted.begin());
        shares[hash(word.key()) % shares.size()].insert(std::move(word));
    }
    counted = SpellingCounts();  // gives back the bucket array too
    for (std::size_t part = 0; part < parts_.size(); ++part) {
        if (!shares[part].empty()) parts_[part]->add_spelling(shard, std::move(shares[part]));
    }
}

std::optional<std::string> NewGeneration::indexed_source(const std::string& article_id) const {
    const auto id = written_ids_.find(article_id);
    if (!id) return std::nullopt;
    const auto [source, line] = written_from_[*id];
    return schema::source_label(sources_[source], line);
}

std::set<std::string> NewGeneration::ids_from_source(const std::string& /*relative_path*/) const {
    return {};
}

void NewGeneration::remove_source(const std::string& /*relative_path*/) {}

std::map<std::string, FileState> NewGeneration::file_states() const { return {}; }

void NewGeneration::set_file_state(const std::string& relative_path,
                                   const std::optional<FileState>& state) {
    const std::string key = file_state_key(relative_path);
    if (key.empty()) return;
    if (state) {
        file_metadata_[key] = encode_file_state(*state);
    } else {
        file_metadata_.erase(key);
    }
}

void NewGeneration::set_metadata(const std::string& key, const std::string& value) {
    if (value.empty()) {
        file_metadata_.erase(key);
    } else {
        file_metadata_[key] = value;
    }
}

Xapian::doccount NewGeneration::document_count() const {
    return static_cast<Xapian::doccount>(added_);
}

void NewGeneration::finish() {
    // The last spelling words go to the parts in turn. Then one writer after
    // the other commits its last batch and hands its freed pages back (PartWriter),
    // so their last and largest flushes do not add up in memory.
    for (std::size_t shard = 0; shard < shard_count_; ++shard) hand_over_spelling(shard);
    for (auto& part : parts_) part->finish();
    // Every database written, per shard: the parts' in turn, each part's in
    // the order it started them (the first holds the shard's metadata).
    std::vector<std::vector<fs::path>> written(shard_count_);
    for (const auto& part : parts_) {
        for (std::size_t shard = 0; shard < shard_count_; ++shard) {
            const auto& paths = part->databases(shard);
            written[shard].insert(written[shard].end(), paths.begin(), paths.end());
        }
    }
    parts_.clear();
    {
        // Groups span every part and shard; they are written into the parts
        // before these are read for the alias tables and merged.
        std::vector<Xapian::WritableDatabase> all;
        for (const auto& paths : written) {
            for (const auto& path : paths) all.emplace_back(path.string(), reopen_flags());
        }
        assign_near_duplicate_groups(all);
        for (auto& db : all) {
            db.commit();
            db.close();
        }
    }
    Xapian::Database archive;  // every database of every shard: the whole new generation
    for (const auto& paths : written) {
        for (const auto& path : paths) archive.add_database(Xapian::Database(path.string()));
    }
    // Every shard describes itself (it may be served on its own); the file
    // states and what is derived from the whole archive go into shard 0.
    for (std::size_t shard = 0; shard < shard_count_; ++shard) {
        Xapian::WritableDatabase db(written[shard].front().string(), reopen_flags());
        schema::write_index_metadata(db, options_.language);
        if (shard == 0) {
            for (const auto& [key, value] : file_metadata_) db.set_metadata(key, value);
            // Derived from the whole archive, published with it.
            compute_alias_tables(archive).write(db);
        }
        db.commit();
        db.close();
    }
    fs::path ready = folder_;
    if (options_.compact) {
        // Compaction merges the parts and makes a smaller, faster index; it
        // writes a copy, so the parts are only deleted once it is complete.
        ready = store_.compaction_target(folder_);
        for (std::size_t shard = 0; shard < shard_count_; ++shard) {
            Xapian::Database merged;
            for (const auto& path : written[shard]) {
                merged.add_database(Xapian::Database(path.string()));
            }
            const fs::path target = IndexStore::shard_path(ready, shard, shard_count_);
            fs::create_directories(target.parent_path());
            merged.compact(target.string());
        }
        fs::remove_all(folder_);
    }
    store_.publish(ready, shard_count_);
}

void NewGeneration::abandon() {
    parts_.clear();  // stops the writer threads
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
}

}  // namespace dateline::indexer
