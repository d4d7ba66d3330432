#pragma once
// IndexStore: the on-disk layout of an index folder, its generations and its
// writer lock.
//
//   DIR/XAPIANDB        Xapian stub file: "auto gen-000007" — what every reader opens
//   DIR/gen-000007/     the live generation (a glass database)
//   DIR/gen-000007/shard-0/ ...  or, for an index of N shards (--shards N), one
//                       glass database per shard, each named on its own stub
//                       line ("auto gen-000007/shard-0"); Xapian opens them
//                       as one database
//   DIR/gen-000006/     the previous generation, kept one cycle for readers
//                       that opened the stub just before a swap
//   DIR/gen-000008.new/ a generation being built (a rebuild or a first build),
//   DIR/gen-000008.compact/  and its compacted copy, before the swap
//   DIR/dateline.lock   flock()ed by the one writer
//   DIR/collection-runs when each collection was last read (collection_runs.hpp)
//
// Readers open DIR itself: Xapian follows the XAPIANDB stub. A new generation
// is published by writing the stub to a temporary file and rename()ing it
// over the old one, so a reader sees either the old generation or the new,
// never a half-built one, whenever the writer is killed.

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dateline::indexer {

/// Thrown when another process holds the index's lock.
class IndexLockedError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// Thrown for a folder that cannot be used as an index (not writable, or
/// something other than a Dateline index folder).
class IndexStoreError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class IndexStore {
  public:
    /// Creates DIR if needed and takes the writer lock (non-blocking).
    /// Throws IndexLockedError if another writer holds it, IndexStoreError if
    /// DIR cannot be created or locked.
    explicit IndexStore(std::filesystem::path dir);
    ~IndexStore();
    IndexStore(const IndexStore&) = delete;
    IndexStore& operator=(const IndexStore&) = delete;

    [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

    /// The live generation's folder, or nullopt when the index has none yet.
    [[nodiscard]] std::optional<std::filesystem::path> current_generation() const;

    /// The live generation's databases: the generation folder itself, or its
    /// shards in order. Empty when the index has no generation yet.
    [[nodiscard]] std::vector<std::filesystem::path> current_databases() const;

    /// Where shard `shard` of a generation built at `generation` goes
    /// (`generation` itself for an index of one shard).
    [[nodiscard]] static std::filesystem::path shard_path(const std::filesystem::path& generation,
                                                          std::size_t shard,
                                                          std::size_t shard_count);

    /// A fresh, empty folder path for the next generation ("gen-N.new"); any
    /// leftover from an interrupted run is removed first.
    [[nodiscard]] std::filesystem::path prepare_new_generation();

    /// Where to write a compacted copy of `built` ("gen-N.compact").
    [[nodiscard]] std::filesystem::path compaction_target(const std::filesystem::path& built);

    /// Moves `built` (from prepare_new_generation or compaction_target), a
    /// generation of `shard_count` shards laid out by shard_path(), to its
    /// final name, points the stub at it atomically, syncs, and deletes
    /// generations older than the one it replaced. Returns the published folder.
    std::filesystem::path publish(const std::filesystem::path& built, std::size_t shard_count = 1);

    /// Removes folders no stub points to: unfinished builds ("gen-N.*") and
    /// generations older than the previous one.
    void remove_stale_generations();

  private:
    [[nodiscard]] std::optional<unsigned> current_number() const;
    /// The stub's targets, relative to dir_ ("gen-000007" or "gen-000007/shard-0"...).
    [[nodiscard]] std::vector<std::string> stub_targets() const;

    std::filesystem::path dir_;
    int lock_fd_ = -1;
};

}  // namespace dateline::indexer
