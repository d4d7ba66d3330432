#include "dateline/facets/facet_store.hpp"

#include <algorithm>
#include <boost/interprocess/file_mapping.hpp>
#include <boost/interprocess/mapped_region.hpp>
#include <cstring>
#include <system_error>

#include "dateline/schema/fields.hpp"
#include "store_layout.hpp"

namespace dateline::facets {

namespace fs = std::filesystem;
namespace bip = boost::interprocess;

namespace {

constexpr std::string_view kStoreFileName = "dateline-facets";

// A section of the mapped file, checked to lie within it.
struct Section {
    const unsigned char* data = nullptr;
    std::uint64_t size = 0;
};

template <typename T>
std::span<const T> as_array(Section section) {
    return {reinterpret_cast<const T*>(section.data), section.size / sizeof(T)};
}

}  // namespace

std::optional<fs::path> facet_store_file(const std::vector<fs::path>& databases) {
    if (databases.empty()) return std::nullopt;
    if (databases.size() == 1) return databases.front() / kStoreFileName;
    const fs::path generation = databases.front().parent_path();
    for (const auto& database : databases) {
        if (database.parent_path() != generation) return std::nullopt;
    }
    return generation / kStoreFileName;
}

ShardStamp stamp_of(const Xapian::Database& database) {
    return ShardStamp{database.get_uuid(), database.get_revision(), database.get_lastdocid()};
}

std::string_view EntityColumn::key(std::uint32_t entry) const {
    const Entry& e = entries_[entry];
    if (std::uint64_t{e.key_offset} + e.key_size > text_.size()) return {};
    return text_.substr(e.key_offset, e.key_size);
}

std::string_view EntityColumn::name(std::uint32_t entry) const {
    const Entry& e = entries_[entry];
    if (std::uint64_t{e.name_offset} + e.name_size > text_.size()) return {};
    return text_.substr(e.name_offset, e.name_size);
}

std::pair<std::uint32_t, std::uint32_t> EntityColumn::entries_of_key(std::string_view key) const {
    std::uint32_t low = 0;
    std::uint32_t high = entry_count_;
    while (low < high) {  // first entry whose key is not below `key`
        const std::uint32_t middle = low + (high - low) / 2;
        if (this->key(middle) < key) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    std::uint32_t end = low;
    while (end < entry_count_ && this->key(end) == key) ++end;
    return {low, end};
}

struct FacetStore::Mapping {
    bip::file_mapping file;
    bip::mapped_region region;
};

std::optional<FacetStore> FacetStore::open(const fs::path& file) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) return std::nullopt;
    auto mapping = std::make_shared<Mapping>();
    try {
        mapping->file = bip::file_mapping(file.c_str(), bip::read_only);
        mapping->region = bip::mapped_region(mapping->file, bip::read_only);
    } catch (const bip::interprocess_exception&) {
        return std::nullopt;  // unreadable, or empty (nothing to map)
    }
    const auto* bytes = static_cast<const unsigned char*>(mapping->region.get_address());
    const std::uint64_t size = mapping->region.get_size();

    layout::Header header{};
    if (size < sizeof header) return std::nullopt;
    std::memcpy(&header, bytes, sizeof header);
    if (std::memcmp(header.magic, layout::kMagic, sizeof header.magic) != 0 ||
        header.format_version != layout::kFormatVersion ||
        header.byte_order != layout::kByteOrderMark ||
        header.schema_version != static_cast<std::uint32_t>(schema::kSchemaVersion) ||
        header.file_size != size || header.shard_count == 0) {
        return std::nullopt;
    }
    const std::uint64_t table_end =
        sizeof header + std::uint64_t{header.section_count} * sizeof(layout::SectionEntry);
    if (table_end > size) return std::nullopt;
    std::vector<layout::SectionEntry> table(header.section_count);
    std::memcpy(table.data(), bytes + sizeof header, table.size() * sizeof(layout::SectionEntry));

    const auto find = [&](layout::SectionKind kind, std::uint32_t field,
                          std::uint32_t shard) -> std::optional<Section> {
        for (const auto& entry : table) {
            if (entry.kind != kind || entry.field != field || entry.shard != shard) continue;
            if (entry.offset % layout::kAlignment != 0 || entry.offset > size ||
                entry.size > size - entry.offset) {
                return std::nullopt;
            }
            return Section{bytes + entry.offset, entry.size};
        }
        return std::nullopt;
    };

    FacetStore store;
    const auto shards = find(layout::SectionKind::Shards, 0, 0);
    if (!shards || shards->size != header.shard_count * sizeof(layout::ShardRecord)) {
        return std::nullopt;
    }
    for (std::uint32_t shard = 0; shard < header.shard_count; ++shard) {
        layout::ShardRecord record{};
        std::memcpy(&record, shards->data + shard * sizeof record, sizeof record);
        const std::string_view uuid(record.uuid, layout::kUuidBytes);
        store.shards_.push_back(ShardStamp{std::string(uuid.substr(0, uuid.find('\0'))),
                                           static_cast<Xapian::rev>(record.revision),
                                           record.last_docid});
    }

    const auto names = find(layout::SectionKind::FieldNames, 0, 0);
    if (!names) return std::nullopt;
    std::string_view name_text(reinterpret_cast<const char*>(names->data), names->size);
    while (!name_text.empty()) {
        const auto end = name_text.find('\n');
        if (end == std::string_view::npos) return std::nullopt;
        store.field_names_.emplace_back(name_text.substr(0, end));
        name_text.remove_prefix(end + 1);
    }
    if (store.field_names_.size() != header.field_count) return std::nullopt;

    // A document's row spans offsets[d] .. offsets[d + 1], d <= last_docid.
    const auto offsets_size = [&](std::uint32_t shard) {
        return (std::uint64_t{store.shards_[shard].last_docid} + 2) * sizeof(std::uint32_t);
    };
    const auto read_column = [&](const layout::ColumnSections& kinds,
                                 std::uint32_t field) -> std::optional<EntityColumn> {
        EntityColumn column;
        const auto text = find(kinds.text, field, 0);
        const auto entries = find(kinds.entries, field, 0);
        const auto keys = find(kinds.entry_keys, field, 0);
        if (!text || !entries || !keys || entries->size % sizeof(layout::EntryRecord) != 0) {
            return std::nullopt;
        }
        column.text_ = {reinterpret_cast<const char*>(text->data), text->size};
        column.entries_ = as_array<EntityColumn::Entry>(*entries);
        column.entry_count_ = static_cast<std::uint32_t>(column.entries_.size());
        column.key_numbers_ = as_array<std::uint32_t>(*keys);
        if (column.key_numbers_.size() != column.entry_count_) return std::nullopt;
        column.key_count_ = column.entry_count_ == 0 ? 0 : column.key_numbers_.back() + 1;
        for (std::uint32_t shard = 0; shard < header.shard_count; ++shard) {
            const auto offsets = find(kinds.offsets, field, shard);
            const auto rows = find(kinds.rows, field, shard);
            if (!offsets || !rows || offsets->size != offsets_size(shard)) return std::nullopt;
            column.rows_.push_back(
                {as_array<std::uint32_t>(*offsets), as_array<std::uint32_t>(*rows)});
        }
        return column;
    };
    for (std::uint32_t field = 0; field < header.field_count; ++field) {
        auto column = read_column(layout::kRawColumn, field);
        if (!column) return std::nullopt;
        store.columns_.push_back(std::move(*column));
        // No shown sections: the alias tables change nothing in the field.
        std::optional<EntityColumn> shown;
        if (find(layout::kShownColumn.text, field, 0)) {
            shown = read_column(layout::kShownColumn, field);
            if (!shown) return std::nullopt;
        }
        store.shown_columns_.push_back(std::move(shown));
        const auto alias_text = find(layout::SectionKind::AliasText, field, 0);
        store.alias_texts_.push_back(
            alias_text ? std::string_view(reinterpret_cast<const char*>(alias_text->data),
                                          alias_text->size)
                       : std::string_view());
    }

    const auto days = find(layout::SectionKind::Days, 0, 0);
    if (!days) return std::nullopt;
    store.dates_.days_ = as_array<std::uint32_t>(*days);
    for (std::uint32_t shard = 0; shard < header.shard_count; ++shard) {
        const auto rows = find(layout::SectionKind::DateRows, 0, shard);
        if (!rows || rows->size != offsets_size(shard) - sizeof(std::uint32_t)) return std::nullopt;
        store.dates_.rows_.push_back(as_array<std::uint32_t>(*rows));
    }
    const auto group_count = find(layout::SectionKind::GroupCount, 0, 0);
    if (!group_count || group_count->size != sizeof(std::uint32_t)) return std::nullopt;
    store.groups_.group_count_ = as_array<std::uint32_t>(*group_count).front();
    for (std::uint32_t shard = 0; shard < header.shard_count; ++shard) {
        const auto rows = find(layout::SectionKind::GroupRows, 0, shard);
        if (!rows || rows->size != offsets_size(shard) - sizeof(std::uint32_t)) return std::nullopt;
        store.groups_.rows_.push_back(as_array<std::uint32_t>(*rows));
    }
    store.mapping_ = std::move(mapping);
    return store;
}

bool FacetStore::describes(const std::vector<ShardStamp>& shards) const {
    if (shards.size() != shards_.size()) return false;
    for (std::size_t i = 0; i < shards.size(); ++i) {
        // The revision says the database is as counted; the UUID that it is
        // the same database (a rebuilt one starts its revisions again).
        if (shards[i].uuid != shards_[i].uuid || shards[i].revision != shards_[i].revision) {
            return false;
        }
    }
    return true;
}

std::optional<std::size_t> FacetStore::field_index(std::string_view field_name) const {
    const auto it = std::find(field_names_.begin(), field_names_.end(), field_name);
    if (it == field_names_.end()) return std::nullopt;
    return static_cast<std::size_t>(it - field_names_.begin());
}

const EntityColumn* FacetStore::entity_column(std::string_view field_name) const {
    const auto field = field_index(field_name);
    return field ? &columns_[*field] : nullptr;
}

const EntityColumn* FacetStore::shown_column(std::string_view field_name) const {
    const auto field = field_index(field_name);
    if (!field) return nullptr;
    return shown_columns_[*field] ? &*shown_columns_[*field] : &columns_[*field];
}

std::string_view FacetStore::alias_text(std::string_view field_name) const {
    const auto field = field_index(field_name);
    return field ? alias_texts_[*field] : std::string_view();
}

}  // namespace dateline::facets
