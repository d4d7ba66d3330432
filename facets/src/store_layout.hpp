#pragma once
// The bytes of a facet store file (facet_store.hpp says what it holds and
// why). Private to the facets library: the writer and the reader share it.
//
//   Header                         at offset 0
//   SectionEntry[section_count]    right after the header
//   sections                       each at an 8-byte aligned offset
//
// Numbers are in the byte order of the machine that wrote the file (the file
// is mapped and read in place, never shipped elsewhere); kByteOrderMark
// tells a reader on another order that the file is not for it. Sections:
//
//   Shards        ShardRecord[shards]: what each database was when counted
//   FieldNames    the entity fields' names, '\n'-terminated, in field order
//   KeyText       per field: the bytes of every key and name of its entries
//   Entries       per field: EntryRecord[], sorted by key then name (bytes)
//   EntryKeys     per field: u32[] per entry, the number of its key (entries
//                 of one key are adjacent, so key numbers follow key order)
//   Days          u32[]: every date any article has, YYYYMMDD, ascending; a
//                 date known only to the month is YYYYMM00, to the year
//                 YYYY0000 (schema::PartialDate)
//   EntityOffsets per field and shard: u32[last_docid + 2]; document d's
//                 entries are EntityRows[offsets[d] .. offsets[d + 1])
//   EntityRows    per field and shard: u32[] entry numbers
//   DateRows      per shard: u32[last_docid + 1]; 0 = no date, else
//                 1 + the day's index in Days
//   GroupCount    u32[1]: the number of near-duplicate groups
//   GroupRows     per shard: u32[last_docid + 1]; 0 = in no group, else
//                 1 + the number of the document's near-duplicate group
//                 (slot::kNearDuplicateGroup; numbers shared by the shards)
//   AliasText     per field: its alias table as the index metadata has it
//                 (schema::EntityAliases::encode()); none for an empty table
//
// and per field whose entities the index's alias tables change (an alias or
// a hidden key among its keys), the shown column: the same five kinds of
// section for the entities as the tables show them (each aliased entry
// replaced by its target, hidden ones dropped, each shown key once per
// document, its first entity naming it), read as one more EntityColumn:
//
//   ShownKeyText, ShownEntries, ShownEntryKeys, ShownOffsets, ShownRows

#include <cstdint>

namespace dateline::facets::layout {

inline constexpr char kMagic[8] = {'D', 'L', 'F', 'A', 'C', 'E', 'T', 'S'};
/// Bumped whenever the layout changes; a reader ignores other versions (and
/// the next dateline-index run writes the file anew).
/// 2: dates known only to the month or year are kept (YYYYMM00, YYYY0000).
/// 3: shown columns (the entities as the alias tables show them).
/// 4: near-duplicate groups, alias tables.
inline constexpr std::uint32_t kFormatVersion = 4;
inline constexpr std::uint32_t kByteOrderMark = 0x01020304;
inline constexpr std::uint64_t kAlignment = 8;

struct Header {
    char magic[8];
    std::uint32_t format_version;
    std::uint32_t schema_version;  ///< schema::kSchemaVersion of the writer
    std::uint32_t byte_order;      ///< kByteOrderMark as written
    std::uint32_t section_count;
    std::uint32_t shard_count;
    std::uint32_t field_count;
    std::uint64_t file_size;  ///< the whole file: a truncated copy is refused
};

enum class SectionKind : std::uint32_t {
    Shards = 1,
    FieldNames = 2,
    KeyText = 3,
    Entries = 4,
    EntryKeys = 5,
    Days = 6,
    EntityOffsets = 7,
    EntityRows = 8,
    DateRows = 9,
    ShownKeyText = 10,
    ShownEntries = 11,
    ShownEntryKeys = 12,
    ShownOffsets = 13,
    ShownRows = 14,
    GroupCount = 15,
    GroupRows = 16,
    AliasText = 17,
};

/// The five sections of one entity column: the raw one (what the documents
/// say) or the shown one (as the alias tables show it).
struct ColumnSections {
    SectionKind text, entries, entry_keys, offsets, rows;
};
inline constexpr ColumnSections kRawColumn = {SectionKind::KeyText, SectionKind::Entries,
                                              SectionKind::EntryKeys, SectionKind::EntityOffsets,
                                              SectionKind::EntityRows};
inline constexpr ColumnSections kShownColumn = {
    SectionKind::ShownKeyText, SectionKind::ShownEntries, SectionKind::ShownEntryKeys,
    SectionKind::ShownOffsets, SectionKind::ShownRows};

/// `field` and `shard` are 0 where the kind has none.
struct SectionEntry {
    SectionKind kind;
    std::uint32_t field;
    std::uint32_t shard;
    std::uint32_t reserved;
    std::uint64_t offset;
    std::uint64_t size;  ///< bytes
};

inline constexpr std::size_t kUuidBytes = 64;

struct ShardRecord {
    char uuid[kUuidBytes];  ///< Database::get_uuid(), NUL-padded
    std::uint64_t revision;
    std::uint32_t last_docid;
    std::uint32_t reserved;
};

struct EntryRecord {
    std::uint32_t key_offset;  ///< into the field's KeyText
    std::uint32_t key_size;
    std::uint32_t name_offset;
    std::uint32_t name_size;
};

}  // namespace dateline::facets::layout
