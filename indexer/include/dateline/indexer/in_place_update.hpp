#pragma once
// InPlaceUpdate: the WriteStrategy of an incremental run. It changes the live
// generation's databases (one per shard) inside one Xapian transaction each,
// committed by finish(): readers see the old index or the new one, and an
// interrupted run changes nothing. With shards, the shard holding the file
// states (shard 0) commits last, so a run killed between two shard commits
// is redone by the next run. Spelling words are counted in memory and added
// at finish(), one add_spelling() per word and shard.
//
// A changed article is removed and added again, never replaced in place: a
// document number keeps its values for the life of a database, which lets
// the facet store copy the rows of the documents it has already counted
// (facets/facet_store_builder.hpp).

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "dateline/indexer/write_strategy.hpp"

namespace dateline::indexer {

class InPlaceUpdate final : public WriteStrategy {
  public:
    /// Opens `databases` (the live generation's, in shard order, of the index
    /// at `index_dir`) for writing and starts their transactions. Throws
    /// IndexLockedError when a database is locked, IndexOpenError when one
    /// cannot be opened, is not a Dateline index or was built in another
    /// language than `language`.
    InPlaceUpdate(const std::filesystem::path& index_dir,
                  const std::vector<std::filesystem::path>& databases, const std::string& language);

    [[nodiscard]] std::size_t shard_count() const override { return databases_.size(); }
    void add(PreparedArticle article) override;
    [[nodiscard]] std::optional<std::string> indexed_source(
        const std::string& article_id) const override;
    [[nodiscard]] std::set<std::string> ids_from_source(
        const std::string& relative_path) const override;
    void remove_source(const std::string& relative_path) override;
    [[nodiscard]] std::map<std::string, FileState> file_states() const override;
    void set_file_state(const std::string& relative_path,
                        const std::optional<FileState>& state) override;
    void set_metadata(const std::string& key, const std::string& value) override;
    [[nodiscard]] Xapian::doccount document_count() const override;
    void finish() override;
    void abandon() override;

  private:
    std::vector<Xapian::WritableDatabase> databases_;
    std::vector<std::unordered_map<std::string, Xapian::termcount>> spelling_;  ///< per shard
};

}  // namespace dateline::indexer
