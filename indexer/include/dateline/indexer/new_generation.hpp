#pragma once
// NewGeneration: the WriteStrategy of a rebuild and of the first build. A new
// generation is written beside the live one (index_store.hpp), by
// `writers` PartWriter threads (part_writer.hpp) that each fill one part
// database per shard and flush in batches; finish() merges the parts with
// Xapian's compaction (or, with compaction off, the one writer's part is the
// shard) and publishes the generation with an atomic stub swap. Until then
// readers see the live generation; an interrupted run leaves "gen-N.*"
// folders that the next run removes.
//
// The articles written are remembered (id -> file and line) so duplicates
// are found without asking the databases, which the writer threads own.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/index_writer.hpp"
#include "dateline/indexer/part_writer.hpp"
#include "dateline/indexer/string_ids.hpp"
#include "dateline/indexer/write_strategy.hpp"

namespace dateline::indexer {

class NewGeneration final : public WriteStrategy {
  public:
    /// Prepares an empty generation of `shard_count` shards in `store` and
    /// starts the writer threads (options.writers, 1 without compaction).
    /// Uses language, spelling, batch_size, compact and writers of
    /// `options`. Throws IndexOpenError when the generation cannot be created
    /// (a full disk, an unwritable folder).
    NewGeneration(IndexStore& store, std::size_t shard_count, const IndexWriterOptions& options);
    /// Stops the writer threads; an unpublished generation stays on disk for
    /// the next run to remove unless abandon() was called.
    ~NewGeneration() override;
    NewGeneration(const NewGeneration&) = delete;
    NewGeneration& operator=(const NewGeneration&) = delete;

    [[nodiscard]] std::size_t shard_count() const override { return shard_count_; }
    void add(PreparedArticle article) override;
    [[nodiscard]] std::optional<std::string> indexed_source(
        const std::string& article_id) const override;
    /// Nothing was indexed before in a new generation: empty.
    [[nodiscard]] std::set<std::string> ids_from_source(
        const std::string& relative_path) const override;
    /// Nothing to remove from a new generation.
    void remove_source(const std::string& relative_path) override;
    /// A new generation starts without file states: empty.
    [[nodiscard]] std::map<std::string, FileState> file_states() const override;
    void set_file_state(const std::string& relative_path,
                        const std::optional<FileState>& state) override;
    void set_metadata(const std::string& key, const std::string& value) override;
    [[nodiscard]] Xapian::doccount document_count() const override;
    void finish() override;
    void abandon() override;

  private:
    [[nodiscard]] std::filesystem::path part_path(std::size_t part, std::size_t shard) const;
    /// How finish() opens the written databases again: without waiting for
    /// the disk when they are a scratch copy for the compaction.
    [[nodiscard]] int reopen_flags() const;
    /// Hands a shard's counted spelling words to the parts, each word to one
    /// part (by its hash).
    void hand_over_spelling(std::size_t shard);

    /// Distinct words counted per shard before they go to the parts' spelling
    /// dictionaries in one batch (about 20 MB). Counted here, on the thread
    /// that hands articles out, rather than by each part: each part saw
    /// about two thirds of Reuters-21578's words (33,411 and 33,490 of
    /// 45,499), so every word shared by the parts had its trigram lists
    /// built twice and merged by the compaction.
    static constexpr std::size_t kSpellingBatchWords = std::size_t{1} << 18;

    IndexStore& store_;
    IndexWriterOptions options_;
    std::size_t shard_count_;
    std::filesystem::path folder_;  ///< the generation being built ("gen-N.new")
    std::vector<std::unique_ptr<PartWriter>> parts_;
    std::size_t next_part_ = 0;
    std::vector<SpellingCounts> spelling_;  ///< per shard: counted, not yet handed over
    std::size_t added_ = 0;
    /// Ids written by this run (StringIds: a million ids cost about 30 MB
    /// where a hash map of strings took 80), and per id where it came from:
    /// the index of its file in sources_, and the line.
    StringIds written_ids_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> written_from_;
    std::vector<std::string> sources_;
    std::map<std::string, std::string> file_metadata_;  ///< written into shard 0 at finish()
};

}  // namespace dateline::indexer
