#pragma once
// FacetStore: the entities and dates of every article of an index, as
// arrays by document id, read in place from a memory-mapped file.
//
// Why: counting a facet from the value slots decodes each matching
// article's entity list and looks its names up in maps, about 2 µs per
// article and facet (docs/performance.md). The store keeps, per entity field
// (people, places, orgs), a dictionary of every (key, display name) pair the
// archive has, sorted, and per document the numbers of its pairs; per
// document also the number of its day. Counting a match is then a few array
// reads and increments.
//
// What it holds is derived data, in two forms per field. The raw column is
// exactly what the value slots say (each key once per article, its first
// occurrence, as the counters always counted). The shown column is the same
// entities as the index's alias tables (schema/entity_aliases.hpp) show them
// at the store's revision: aliases replaced by their targets, hidden keys
// dropped, each shown key once per article. The tables are recomputed by
// every run, in the commit that publishes it, and the store is rewritten
// after each commit, so both describe the same revision; a searcher with
// the index's own tables counts the shown column as it is, with nothing to
// resolve per search (resolving every key of a large archive before each
// faceted search cost milliseconds: docs/performance.md).
//
// dateline-index writes the store after each commit
// (facet_store_builder.hpp), beside the generation it describes, one file
// for all the generation's shards, written to a temporary name and renamed.
// It records each database's UUID and revision; a reader uses the store only
// when they are those of the databases it opened (describes()), so a stale
// store (a killed run, a run of an older version) is never read: the searcher
// then counts from the value slots, as before.
//
// Layout: facets/src/store_layout.hpp. Numbers are native byte order; a file
// written on a machine of the other order is refused like any invalid file.
//
// Documents are numbered as in their shard (1-based). A document of a shard
// beyond the store's last_docid() or without entities has an empty row; so
// does a deleted one.
//
// Thread safety: a FacetStore is immutable; its const members may run
// concurrently. It stays valid while the object lives even when dateline-index
// replaces the file (the mapping keeps the old file's pages).

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::facets {

/// The store file of an index generation whose databases are `databases`
/// (in stub order): "dateline-facets" in the generation folder, that is the
/// database folder itself for one database, or the folder holding the
/// shards. nullopt when the databases have no common generation folder (a
/// hand-made stub listing unrelated databases: those have no store).
[[nodiscard]] std::optional<std::filesystem::path> facet_store_file(
    const std::vector<std::filesystem::path>& databases);

/// What one database was when the store was written.
struct ShardStamp {
    std::string uuid;
    Xapian::rev revision = 0;
    Xapian::docid last_docid = 0;

    friend bool operator==(const ShardStamp&, const ShardStamp&) = default;
};

/// The stamp of an open single database (Database::get_uuid(),
/// get_revision(), get_lastdocid()).
[[nodiscard]] ShardStamp stamp_of(const Xapian::Database& database);

/// One entity field's dictionary and rows.
class EntityColumn {
  public:
    /// Number of distinct (key, name) pairs: entries are 0 .. entry_count()-1.
    [[nodiscard]] std::uint32_t entry_count() const { return entry_count_; }
    [[nodiscard]] std::string_view key(std::uint32_t entry) const;
    [[nodiscard]] std::string_view name(std::uint32_t entry) const;
    /// Number of the entry's key: entries of one key share it; keys are
    /// numbered in byte order from 0.
    [[nodiscard]] std::uint32_t key_number(std::uint32_t entry) const {
        return key_numbers_[entry];
    }
    /// Number of distinct keys.
    [[nodiscard]] std::uint32_t key_count() const { return key_count_; }
    /// The entries whose key is `key` (adjacent; empty when none).
    [[nodiscard]] std::pair<std::uint32_t, std::uint32_t> entries_of_key(
        std::string_view key) const;

    /// The entries of document `docid` of `shard`: empty beyond the shard's
    /// last_docid, for a deleted document, or for a row the file has damaged
    /// (bounds are checked here, not when the file is opened, so that opening
    /// costs nothing per document). Entry numbers may still be damaged:
    /// callers skip those not below entry_count().
    [[nodiscard]] std::span<const std::uint32_t> entries(std::size_t shard,
                                                         Xapian::docid docid) const {
        const Rows& rows = rows_[shard];
        if (std::size_t{docid} + 1 >= rows.offsets.size()) return {};
        const std::uint32_t begin = rows.offsets[docid];
        const std::uint32_t end = rows.offsets[docid + 1];
        if (begin > end || end > rows.entries.size()) return {};
        return rows.entries.subspan(begin, end - begin);
    }

    /// The entries of every document of `shard`, one row after the other:
    /// what entries() gives for docids 1 .. last_docid, in one span, for
    /// counting a whole archive without a look-up per document. Empty when
    /// the shard's bounds are damaged; a damaged row inside them is not
    /// noticed here (entries() would skip it), so callers still skip entry
    /// numbers not below entry_count().
    [[nodiscard]] std::span<const std::uint32_t> all_entries(std::size_t shard) const {
        const Rows& rows = rows_[shard];
        if (rows.offsets.size() < 2) return {};
        const std::uint32_t begin = rows.offsets[1];
        const std::uint32_t end = rows.offsets.back();
        if (begin > end || end > rows.entries.size()) return {};
        return rows.entries.subspan(begin, end - begin);
    }

  private:
    friend class FacetStore;
    struct Entry {
        std::uint32_t key_offset, key_size, name_offset, name_size;
    };
    std::string_view text_;
    std::span<const Entry> entries_;
    std::span<const std::uint32_t> key_numbers_;
    std::uint32_t entry_count_ = 0;
    std::uint32_t key_count_ = 0;
    struct Rows {
        std::span<const std::uint32_t> offsets;  // last_docid + 2 values
        std::span<const std::uint32_t> entries;
    };
    std::vector<Rows> rows_;  // per shard
};

/// The day of every document.
class DateColumn {
  public:
    /// Every date some document has, ascending, as YYYYMMDD numbers; a date
    /// known only to the month is YYYYMM00, to the year YYYY0000.
    [[nodiscard]] std::span<const std::uint32_t> days() const { return days_; }
    /// The day of document `docid` of `shard` as an index into days(), or
    /// nullopt when it has none (or lies beyond the shard's last_docid, or
    /// its row is damaged).
    [[nodiscard]] std::optional<std::uint32_t> day_index(std::size_t shard,
                                                         Xapian::docid docid) const {
        const auto& rows = rows_[shard];
        if (docid >= rows.size()) return std::nullopt;
        const std::uint32_t day = rows[docid];
        if (day == 0 || day > days_.size()) return std::nullopt;
        return day - 1;
    }

    /// The day of every document of `shard`, by docid (element 0 unused):
    /// 0 for none, else one more than the index into days(); values above
    /// days().size() are damaged and to be skipped. For counting a whole
    /// archive without a look-up per document.
    [[nodiscard]] std::span<const std::uint32_t> all_days(std::size_t shard) const {
        return rows_[shard];
    }

  private:
    friend class FacetStore;
    std::span<const std::uint32_t> days_;
    std::vector<std::span<const std::uint32_t>> rows_;  // per shard
};

/// The near-duplicate group of every document (schema/near_duplicate_group.hpp):
/// the groups of slot::kNearDuplicateGroup numbered 1 .. group_count(), the
/// same number for one key in every shard.
///
/// Why: collapsing a search's matches to one per group with Xapian's collapse
/// key reads that slot for every match, about a third of a broad query's
/// time; a number per document is an array read (searcher/store_collapse.hpp).
class GroupColumn {
  public:
    [[nodiscard]] std::uint32_t group_count() const { return group_count_; }
    /// The group of document `docid` of `shard`: 0 for none (or beyond the
    /// shard's last_docid, or damaged), else 1 .. group_count().
    [[nodiscard]] std::uint32_t group(std::size_t shard, Xapian::docid docid) const {
        const auto& rows = rows_[shard];
        if (docid >= rows.size()) return 0;
        const std::uint32_t group = rows[docid];
        return group <= group_count_ ? group : 0;
    }

  private:
    friend class FacetStore;
    std::uint32_t group_count_ = 0;
    std::vector<std::span<const std::uint32_t>> rows_;  // per shard
};

class FacetStore {
  public:
    /// Maps and checks the store at `file`. nullopt when there is none or it
    /// is not a valid store of this format and schema version (a damaged or
    /// truncated file, another version): the caller counts without it.
    [[nodiscard]] static std::optional<FacetStore> open(const std::filesystem::path& file);

    /// True when the store was written from exactly these databases, in this
    /// order, as they are now (UUID and revision of each).
    [[nodiscard]] bool describes(const std::vector<ShardStamp>& shards) const;

    [[nodiscard]] const std::vector<ShardStamp>& shards() const { return shards_; }

    /// The raw column of the entity field named `field_name` ("people"):
    /// what the documents say; nullptr when the store has none.
    [[nodiscard]] const EntityColumn* entity_column(std::string_view field_name) const;
    /// The shown column of that field: its entities as the alias tables of
    /// the databases the store describes show them (the raw column itself
    /// when the tables change nothing in the field); nullptr when the store
    /// has no such field.
    [[nodiscard]] const EntityColumn* shown_column(std::string_view field_name) const;
    /// Entity field names, in store order.
    [[nodiscard]] const std::vector<std::string>& field_names() const { return field_names_; }
    [[nodiscard]] const DateColumn& dates() const { return dates_; }
    [[nodiscard]] const GroupColumn& groups() const { return groups_; }
    /// The alias table of the entity field named `field_name` as the index
    /// metadata held it at the store's revision (schema::EntityAliases::
    /// encode()): empty for an empty table or a field the store lacks.
    /// Reading it here costs no copy out of the database's B-tree, which for
    /// the tables of a large archive took longer than a short search
    /// (docs/performance.md). The view lives as long as the store.
    [[nodiscard]] std::string_view alias_text(std::string_view field_name) const;

  private:
    FacetStore() = default;
    struct Mapping;
    std::shared_ptr<const Mapping> mapping_;  // keeps the bytes mapped
    std::vector<ShardStamp> shards_;
    // Where `field_name` is in field_names_, if it is.
    [[nodiscard]] std::optional<std::size_t> field_index(std::string_view field_name) const;

    std::vector<std::string> field_names_;
    std::vector<EntityColumn> columns_;  // parallel to field_names_
    // Parallel to field_names_; none where the aliases change nothing.
    std::vector<std::optional<EntityColumn>> shown_columns_;
    std::vector<std::string_view> alias_texts_;  // parallel to field_names_
    DateColumn dates_;
    GroupColumn groups_;
};

}  // namespace dateline::facets
