#include "dateline/indexer/index_writer.hpp"

#include <xxhash.h>

#include <algorithm>

#include "dateline/indexer/in_place_update.hpp"
#include "dateline/indexer/new_generation.hpp"

namespace dateline::indexer {

std::size_t shard_of(std::string_view article_id, std::size_t shard_count) {
    if (shard_count <= 1) return 0;
    return static_cast<std::size_t>(XXH3_64bits(article_id.data(), article_id.size()) %
                                    shard_count);
}

IndexWriter::IndexWriter(IndexStore& store, const IndexWriterOptions& options)
    : options_(options), builder_(schema::make_stemmer(options.language)) {
    store.remove_stale_generations();
    const auto live = store.current_databases();
    if (!options.rebuild && !live.empty()) {
        if (options.shards != 0 && options.shards != live.size()) {
            throw IndexOpenError("index " + store.dir().string() + " has " +
                                 std::to_string(live.size()) + " shard(s), not " +
                                 std::to_string(options.shards) +
                                 "; use --rebuild to change the number of shards");
        }
        strategy_ = std::make_unique<InPlaceUpdate>(store.dir(), live, options.language);
    } else {
        const std::size_t shards =
            options.shards != 0 ? options.shards : std::max<std::size_t>(1, live.size());
        strategy_ = std::make_unique<NewGeneration>(store, shards, options);
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

void IndexWriter::add(const Article& article) { add(builder_.prepare(article, options_.spelling)); }

void IndexWriter::finish() {
    strategy_->finish();
    finished_ = true;
}

void IndexWriter::abandon() {
    // Open transactions are cancelled; an unpublished generation is deleted
    // (had the process died instead, the next run would delete it).
    finished_ = true;
    strategy_->abandon();
}

}  // namespace dateline::indexer
