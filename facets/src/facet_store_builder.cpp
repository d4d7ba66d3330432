#include "dateline/facets/facet_store_builder.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "dateline/facets/entity_dictionary.hpp"
#include "dateline/facets/facet_store.hpp"
#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/entity_aliases.hpp"
#include "dateline/schema/fields.hpp"
#include "store_layout.hpp"

namespace dateline::facets {

namespace fs = std::filesystem;
namespace sc = dateline::schema;

namespace {

constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();

// The date as the number YYYYMMDD, MM and DD 0 where the article's date is
// known only to the year or the month (store_layout.hpp); 0 when the value is
// not a valid date (the counters skip those too).
std::uint32_t day_number(std::string_view sortable) {
    const auto date = sc::PartialDate::from_sortable(sortable);
    if (!date) return 0;
    return static_cast<std::uint32_t>(date->year * 10000 + date->month * 100 + date->day);
}

// One field's rows in one shard, built in document order.
struct RowsBuilder {
    std::vector<std::uint32_t> offsets{0};  // offsets[d] = start of document d
    std::vector<std::uint32_t> entries;

    // Ends every document before `docid` (empty ones included) and starts it.
    void start(Xapian::docid docid) {
        while (offsets.size() <= docid)
            offsets.push_back(static_cast<std::uint32_t>(entries.size()));
    }
    // Ends the rows. They are kept until their field is written, beside the
    // rows of the other fields: the growth's spare capacity goes.
    void finish(Xapian::docid last_docid) {
        start(last_docid + 1);
        entries.shrink_to_fit();
    }
};

struct ShardRows {
    ShardStamp stamp;
    std::vector<RowsBuilder> fields;    // parallel to the entity fields
    std::vector<std::uint32_t> days;    // YYYYMMDD by document; 0 = none
    std::vector<std::uint32_t> groups;  // group number by document; 0 = none
};

// The dictionary sections of one column, as written to the store.
struct ColumnBytes {
    std::string text;
    std::vector<layout::EntryRecord> entries;
    std::vector<std::uint32_t> key_numbers;

    [[nodiscard]] std::string_view key(std::uint32_t entry) const {
        return std::string_view(text).substr(entries[entry].key_offset, entries[entry].key_size);
    }
    [[nodiscard]] std::string_view name(std::uint32_t entry) const {
        return std::string_view(text).substr(entries[entry].name_offset, entries[entry].name_size);
    }
};

// Numbers `dictionary`'s pairs in (key, name) byte order, as the reader
// expects, renumbers `rows` (one per shard) to match, and returns the
// dictionary's bytes. Takes the dictionary so that it is freed on return:
// the returned bytes hold the same strings.
ColumnBytes number_in_byte_order(EntityDictionary dictionary,
                                 const std::vector<RowsBuilder*>& rows) {
    const std::uint32_t pairs = dictionary.size();
    std::vector<std::uint32_t> order(pairs);
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const int by_key = dictionary.key(a).compare(dictionary.key(b));
        return by_key < 0 || (by_key == 0 && dictionary.name(a) < dictionary.name(b));
    });
    // Sized once: a key's bytes once, then each of its names.
    std::size_t text_size = 0;
    for (std::uint32_t position = 0; position < pairs; ++position) {
        const std::string_view key = dictionary.key(order[position]);
        if (position == 0 || dictionary.key(order[position - 1]) != key) text_size += key.size();
        text_size += dictionary.name(order[position]).size();
    }
    ColumnBytes bytes;
    bytes.text.reserve(text_size);
    bytes.entries.reserve(pairs);
    bytes.key_numbers.reserve(pairs);
    std::vector<std::uint32_t> renumbered(pairs);
    for (std::uint32_t position = 0; position < pairs; ++position) {
        const std::string_view key = dictionary.key(order[position]);
        const std::string_view name = dictionary.name(order[position]);
        renumbered[order[position]] = position;
        const bool same_key = position > 0 && dictionary.key(order[position - 1]) == key;
        const std::uint32_t key_offset = same_key ? bytes.entries.back().key_offset
                                                  : static_cast<std::uint32_t>(bytes.text.size());
        if (!same_key) bytes.text += key;
        const auto name_offset = static_cast<std::uint32_t>(bytes.text.size());
        bytes.text += name;
        bytes.entries.push_back({key_offset, static_cast<std::uint32_t>(key.size()), name_offset,
                                 static_cast<std::uint32_t>(name.size())});
        bytes.key_numbers.push_back(
            bytes.key_numbers.empty() ? 0 : bytes.key_numbers.back() + (same_key ? 0 : 1));
    }
    for (RowsBuilder* shard : rows) {
        for (auto& entry : shard->entries) entry = renumbered[entry];
    }
    return bytes;
}

// Whether `aliases` changes any key of `dictionary` (an alias or a hidden
// key among them): then the field has a shown column (store_layout.hpp).
bool has_shown_column(const EntityDictionary& dictionary, const sc::EntityAliases& aliases) {
    if (aliases.empty()) return false;
    for (std::uint32_t pair = 0; pair < dictionary.size(); ++pair) {
        if (aliases.find_target(dictionary.key(pair))) return true;
    }
    return false;
}

// The shown column of a field whose keys `aliases` changes
// (has_shown_column()): its raw rows `raw` (one per shard, numbered as
// `raw_bytes`) as `aliases` shows them, numbered as `shown`.
std::vector<RowsBuilder> show_rows(const ColumnBytes& raw_bytes,
                                   const std::vector<RowsBuilder*>& raw,
                                   const sc::EntityAliases& aliases, EntityDictionary& shown) {
    const auto raw_entries = static_cast<std::uint32_t>(raw_bytes.entries.size());
    // The shown entry of each raw entry; kUnset where its key is hidden.
    std::vector<std::uint32_t> shown_of(raw_entries, kUnset);
    for (std::uint32_t entry = 0; entry < raw_entries; ++entry) {
        const std::string_view key = raw_bytes.key(entry);
        if (const auto target = aliases.find_target(key)) {
            if (!target->key.empty()) shown_of[entry] = shown.add(target->key, target->name);
        } else {
            shown_of[entry] = shown.add(key, raw_bytes.name(entry));
        }
    }
    std::vector<RowsBuilder> rows(raw.size());
    for (std::size_t s = 0; s < raw.size(); ++s) {
        const RowsBuilder& from = *raw[s];
        RowsBuilder& to = rows[s];
        // A document shows at most as many entities as it has.
        to.offsets.reserve(from.offsets.size());
        to.entries.reserve(from.entries.size());
        for (Xapian::docid docid = 1; docid + 1 < from.offsets.size(); ++docid) {
            to.start(docid);
            const std::size_t first_of_document = to.entries.size();
            for (std::uint32_t i = from.offsets[docid]; i < from.offsets[docid + 1]; ++i) {
                const std::uint32_t as_shown = shown_of[from.entries[i]];
                if (as_shown == kUnset) continue;
                // Each shown key once per article, its first entity naming
                // it (as FacetCounter resolves the value slots).
                const std::string_view key = shown.key(as_shown);
                const bool repeated =
                    std::any_of(to.entries.begin() + static_cast<std::ptrdiff_t>(first_of_document),
                                to.entries.end(),
                                [&](std::uint32_t earlier) { return shown.key(earlier) == key; });
                if (!repeated) to.entries.push_back(as_shown);
            }
        }
        to.finish(static_cast<Xapian::docid>(from.offsets.size() - 2));
    }
    return rows;
}

// Appends the entities of one document (a value-slot encoding) to `rows`,
// each key once, its first occurrence: what the counters always counted.
void add_entities(RowsBuilder& rows, EntityDictionary& dictionary, std::string_view encoded,
                  std::vector<sc::Entity>& scratch) {
    scratch = sc::decode_entities(encoded);
    for (std::size_t i = 0; i < scratch.size(); ++i) {
        const auto& entity = scratch[i];
        const bool repeated =
            std::any_of(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(i),
                        [&](const sc::Entity& earlier) { return earlier.key == entity.key; });
        if (!repeated) rows.entries.push_back(dictionary.add(entity.key, entity.name));
    }
}

std::vector<std::string> entity_field_names() {
    std::vector<std::string> names;
    for (const auto& field : sc::entity_fields()) names.emplace_back(field.name);
    return names;
}

// Writes the store's bytes: each section as it is added, 8-byte aligned,
// after room left for the header and the table of contents, which are
// written last. Sections go to the file at once, so that the builder can
// free each column as soon as it is written instead of holding the whole
// store in memory; the price is that the number of sections must be known
// when the file is opened.
class StoreWriter {
  public:
    // Creates (or truncates) `path` for a store of `sections` sections.
    // Throws FacetStoreError.
    StoreWriter(const fs::path& path, std::uint32_t shards, std::uint32_t fields,
                std::uint32_t sections)
        : path_(path), shards_(shards), fields_(fields), expected_sections_(sections) {
        fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd_ < 0) fail("cannot create", errno);
        sections_.reserve(sections);
        // Zeros where the header and the table go, replaced by finish().
        const std::vector<char> zeros(
            align(sizeof(layout::Header) + std::uint64_t{sections} * sizeof(layout::SectionEntry)));
        put(zeros.data(), zeros.size());
    }
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;
    ~StoreWriter() {
        if (fd_ >= 0) ::close(fd_);
    }

    template <typename T>
    void add(layout::SectionKind kind, std::uint32_t field, std::uint32_t shard,
             std::span<const T> values) {
        add_bytes(kind, field, shard,
                  {reinterpret_cast<const char*>(values.data()), values.size_bytes()});
    }

    // Throws FacetStoreError, or std::logic_error past the sections counted.
    void add_bytes(layout::SectionKind kind, std::uint32_t field, std::uint32_t shard,
                   std::string_view bytes) {
        if (sections_.size() == expected_sections_) {
            throw std::logic_error("facet store: more sections than counted");
        }
        pad_to(align(written_));
        sections_.push_back(layout::SectionEntry{kind, field, shard, 0, written_, bytes.size()});
        put(bytes.data(), bytes.size());
    }

    // Writes the header and the table of contents and syncs the file.
    // Throws FacetStoreError, or std::logic_error when sections counted
    // were not added.
    void finish() {
        if (sections_.size() != expected_sections_) {
            throw std::logic_error("facet store: fewer sections than counted");
        }
        pad_to(align(written_));
        layout::Header header{};
        std::memcpy(header.magic, layout::kMagic, sizeof header.magic);
        header.format_version = layout::kFormatVersion;
        header.schema_version = static_cast<std::uint32_t>(sc::kSchemaVersion);
        header.byte_order = layout::kByteOrderMark;
        header.section_count = static_cast<std::uint32_t>(sections_.size());
        header.shard_count = shards_;
        header.field_count = fields_;
        header.file_size = written_;
        put_at(0, &header, sizeof header);
        put_at(sizeof header, sections_.data(), sections_.size() * sizeof(layout::SectionEntry));
        if (::fsync(fd_) != 0) fail("cannot sync", errno);
        const int fd = std::exchange(fd_, -1);
        if (::close(fd) != 0) fail("cannot write", errno);
    }

  private:
    static std::uint64_t align(std::uint64_t offset) {
        return (offset + layout::kAlignment - 1) / layout::kAlignment * layout::kAlignment;
    }
    [[noreturn]] void fail(const std::string& what, int error) const {
        throw FacetStoreError("facet store: " + what + " " + path_.string() + ": " +
                              std::strerror(error));
    }

    // Appends `size` bytes at the end of what is written.
    void put(const void* data, std::size_t size) {
        put_at(written_, data, size);
        written_ += size;
    }
    void put_at(std::uint64_t offset, const void* data, std::size_t size) {
        const auto* bytes = static_cast<const char*>(data);
        while (size > 0) {
            const ssize_t n = ::pwrite(fd_, bytes, size, static_cast<off_t>(offset));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) fail("cannot write", n < 0 ? errno : ENOSPC);
            bytes += n;
            size -= static_cast<std::size_t>(n);
            offset += static_cast<std::uint64_t>(n);
        }
    }
    void pad_to(std::uint64_t target) {
        static constexpr char kZeros[layout::kAlignment] = {};
        if (target > written_) put(kZeros, static_cast<std::size_t>(target - written_));
    }

    fs::path path_;
    int fd_ = -1;
    std::uint32_t shards_;
    std::uint32_t fields_;
    std::uint32_t expected_sections_;
    std::uint64_t written_ = 0;  // bytes from the start of the file
    std::vector<layout::SectionEntry> sections_;
};

// Writes the store of `built` (the rows of every shard) and `dictionaries`
// (the entity fields' pairs, as numbered in the rows) to `path`: the
// sections in the order of store_layout.hpp, each column freed once written.
// Throws FacetStoreError.
void write_store(const fs::path& path, const std::vector<std::string>& fields,
                 std::vector<EntityDictionary> dictionaries, std::vector<ShardRows> built,
                 const sc::AliasTables& aliases, std::uint32_t group_count) {
    const auto shards = static_cast<std::uint32_t>(built.size());
    // The table of contents comes first in the file, so the sections are
    // counted before any is written: whether a field has a shown column is
    // known from its dictionary.
    const std::uint32_t column_sections = 3 + 2 * shards;
    std::uint32_t sections = 2 + (1 + shards) + (1 + shards);  // shards, names; dates; groups
    std::vector<bool> shown_columns(fields.size());
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const sc::EntityAliases& table = aliases.of(sc::entity_fields()[f]);
        shown_columns[f] = has_shown_column(dictionaries[f], table);
        sections += column_sections + (table.encode().empty() ? 0 : 1) +
                    (shown_columns[f] ? column_sections : 0);
    }
    StoreWriter writer(path, shards, static_cast<std::uint32_t>(fields.size()), sections);

    std::vector<layout::ShardRecord> shard_records(shards);
    for (std::size_t s = 0; s < shards; ++s) {
        layout::ShardRecord& record = shard_records[s];
        const std::string& uuid = built[s].stamp.uuid;
        std::memcpy(record.uuid, uuid.data(), std::min(uuid.size(), layout::kUuidBytes));
        record.revision = built[s].stamp.revision;
        record.last_docid = built[s].stamp.last_docid;
    }
    writer.add<layout::ShardRecord>(layout::SectionKind::Shards, 0, 0, shard_records);
    std::string field_names;
    for (const auto& name : fields) field_names += name + '\n';
    writer.add_bytes(layout::SectionKind::FieldNames, 0, 0, field_names);

    const auto add_column = [&](const layout::ColumnSections& kinds, std::uint32_t field,
                                const ColumnBytes& bytes, const std::vector<RowsBuilder*>& rows) {
        writer.add_bytes(kinds.text, field, 0, bytes.text);
        writer.add<layout::EntryRecord>(kinds.entries, field, 0, bytes.entries);
        writer.add<std::uint32_t>(kinds.entry_keys, field, 0, bytes.key_numbers);
        for (std::size_t s = 0; s < rows.size(); ++s) {
            writer.add<std::uint32_t>(kinds.offsets, field, static_cast<std::uint32_t>(s),
                                      rows[s]->offsets);
            writer.add<std::uint32_t>(kinds.rows, field, static_cast<std::uint32_t>(s),
                                      rows[s]->entries);
        }
    };
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const auto field = static_cast<std::uint32_t>(f);
        const sc::EntityAliases& table = aliases.of(sc::entity_fields()[f]);
        std::vector<RowsBuilder*> raw_rows;
        for (auto& shard : built) raw_rows.push_back(&shard.fields[f]);
        EntityDictionary shown;
        std::vector<RowsBuilder> shown_rows;
        {
            const ColumnBytes raw = number_in_byte_order(std::move(dictionaries[f]), raw_rows);
            add_column(layout::kRawColumn, field, raw, raw_rows);
            if (const std::string& alias_text = table.encode(); !alias_text.empty())
                writer.add_bytes(layout::SectionKind::AliasText, field, 0, alias_text);
            if (shown_columns[f]) shown_rows = show_rows(raw, raw_rows, table, shown);
        }
        // The raw column is written: its rows go before the shown column is
        // numbered.
        for (auto& shard : built) shard.fields[f] = RowsBuilder();
        if (!shown_columns[f]) continue;
        std::vector<RowsBuilder*> shown_pointers;
        for (auto& shard : shown_rows) shown_pointers.push_back(&shard);
        const ColumnBytes shown_bytes = number_in_byte_order(std::move(shown), shown_pointers);
        add_column(layout::kShownColumn, field, shown_bytes, shown_pointers);
    }

    // Number the days in date order, as the reader expects. Archives come
    // mostly in date order: skipping repeats of the previous document's day
    // leaves few to sort.
    std::vector<std::uint32_t> days;
    for (const auto& shard : built) {
        for (const std::uint32_t day : shard.days) {
            if (day != 0 && (days.empty() || days.back() != day)) days.push_back(day);
        }
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    writer.add<std::uint32_t>(layout::SectionKind::Days, 0, 0, days);
    for (std::size_t s = 0; s < shards; ++s) {
        for (auto& day : built[s].days) {
            if (day == 0) continue;
            day = static_cast<std::uint32_t>(std::lower_bound(days.begin(), days.end(), day) -
                                             days.begin()) +
                  1;
        }
        writer.add<std::uint32_t>(layout::SectionKind::DateRows, 0, static_cast<std::uint32_t>(s),
                                  built[s].days);
    }

    const std::vector<std::uint32_t> group_counts{group_count};
    writer.add<std::uint32_t>(layout::SectionKind::GroupCount, 0, 0, group_counts);
    for (std::size_t s = 0; s < shards; ++s) {
        writer.add<std::uint32_t>(layout::SectionKind::GroupRows, 0, static_cast<std::uint32_t>(s),
                                  built[s].groups);
    }
    writer.finish();
}

}  // namespace

FacetStoreUpdate update_facet_store(const std::vector<fs::path>& databases) {
    const auto file = facet_store_file(databases);
    if (!file) throw FacetStoreError("facet store: the databases share no generation folder");

    std::vector<Xapian::Database> shards;
    std::vector<ShardStamp> stamps;
    for (const auto& path : databases) {
        shards.emplace_back(path.string());
        stamps.push_back(stamp_of(shards.back()));
    }
    const auto fields = entity_field_names();

    FacetStoreUpdate update;
    const auto previous = FacetStore::open(*file);
    if (previous && previous->describes(stamps) && previous->field_names() == fields) return update;
    // The previous store can lend its rows when it counted the same
    // databases (UUIDs) at an earlier revision: their documents up to its
    // last_docid are those it counted, or deleted since.
    bool incremental =
        previous && previous->field_names() == fields && previous->shards().size() == stamps.size();
    for (std::size_t s = 0; incremental && s < stamps.size(); ++s) {
        const ShardStamp& before = previous->shards()[s];
        incremental = before.uuid == stamps[s].uuid && before.revision <= stamps[s].revision &&
                      before.last_docid <= stamps[s].last_docid;
    }
    update.kind = incremental ? FacetStoreUpdate::Kind::Incremental : FacetStoreUpdate::Kind::Full;

    std::vector<EntityDictionary> dictionaries(fields.size());
    // Previous entry number -> this build's, per field, filled as met.
    std::vector<std::vector<std::uint32_t>> translated(fields.size());
    if (incremental) {
        for (std::size_t f = 0; f < fields.size(); ++f) {
            translated[f].assign(previous->entity_column(fields[f])->entry_count(), kUnset);
        }
    }
    std::vector<ShardRows> built(shards.size());
    std::vector<sc::Entity> scratch;
    // Near-duplicate group key -> its number (from 1), over every shard.
    std::unordered_map<std::string, std::uint32_t> group_numbers;
    for (std::size_t s = 0; s < shards.size(); ++s) {
        const Xapian::Database& db = shards[s];
        ShardRows& rows = built[s];
        rows.stamp = stamps[s];
        rows.fields.resize(fields.size());
        rows.days.assign(std::size_t{rows.stamp.last_docid} + 1, 0);
        const Xapian::docid copied_up_to = incremental ? previous->shards()[s].last_docid : 0;

        // Documents the previous store counted that are still there.
        std::vector<Xapian::docid> kept;
        if (copied_up_to > 0) {
            for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
                if (*it > copied_up_to) break;
                kept.push_back(*it);
            }
            update.documents_copied += static_cast<Xapian::doccount>(kept.size());
            const auto& days = previous->dates().days();
            for (const Xapian::docid docid : kept) {
                if (const auto day = previous->dates().day_index(s, docid)) {
                    rows.days[docid] = days[*day];
                }
            }
        }
        // Documents added since (all of them for a full build), from the
        // value slots: each stream visits the documents that have the value.
        auto date = db.valuestream_begin(sc::slot::kDate);
        if (copied_up_to > 0 && date != db.valuestream_end(sc::slot::kDate)) {
            date.skip_to(copied_up_to + 1);
        }
        for (; date != db.valuestream_end(sc::slot::kDate); ++date) {
            rows.days[date.get_docid()] = day_number(*date);
        }
        // Groups are read whole, also in an incremental update: a run may
        // put older articles into a group (indexer/near_duplicate_grouping),
        // and the slot's stream visits only the grouped articles.
        rows.groups.assign(std::size_t{rows.stamp.last_docid} + 1, 0);
        for (auto group = db.valuestream_begin(sc::slot::kNearDuplicateGroup);
             group != db.valuestream_end(sc::slot::kNearDuplicateGroup); ++group) {
            const auto next = static_cast<std::uint32_t>(group_numbers.size() + 1);
            rows.groups[group.get_docid()] = group_numbers.try_emplace(*group, next).first->second;
        }
        for (std::size_t f = 0; f < fields.size(); ++f) {
            const sc::FieldSpec& spec = sc::entity_fields()[f];
            RowsBuilder& field_rows = rows.fields[f];
            field_rows.offsets.reserve(std::size_t{rows.stamp.last_docid} + 2);
            if (copied_up_to > 0) {
                const EntityColumn& column = *previous->entity_column(fields[f]);
                for (const Xapian::docid docid : kept) {
                    field_rows.start(docid);
                    for (const std::uint32_t entry : column.entries(s, docid)) {
                        if (entry >= column.entry_count()) continue;
                        std::uint32_t& number = translated[f][entry];
                        if (number == kUnset) {
                            number = dictionaries[f].add(column.key(entry), column.name(entry));
                        }
                        field_rows.entries.push_back(number);
                    }
                }
            }
            const Xapian::valueno slot = *spec.slot;
            auto it = db.valuestream_begin(slot);
            if (copied_up_to > 0 && it != db.valuestream_end(slot)) it.skip_to(copied_up_to + 1);
            for (; it != db.valuestream_end(slot); ++it) {
                field_rows.start(it.get_docid());
                add_entities(field_rows, dictionaries[f], *it, scratch);
            }
            field_rows.finish(rows.stamp.last_docid);
        }
        update.documents_read += db.get_doccount() - static_cast<Xapian::doccount>(kept.size());
    }
    const auto group_count = static_cast<std::uint32_t>(group_numbers.size());
    std::unordered_map<std::string, std::uint32_t>().swap(group_numbers);  // the keys are done with

    // The alias tables of the commit this store describes: the indexer
    // writes them in the commit that publishes a run (entity_aliases.hpp).
    const sc::AliasTables aliases = sc::AliasTables::read(shards.front());
    const fs::path temporary = fs::path(*file).concat(".tmp");
    try {
        write_store(temporary, fields, std::move(dictionaries), std::move(built), aliases,
                    group_count);
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
    if (std::rename(temporary.c_str(), file->c_str()) != 0) {
        const int error = errno;
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw FacetStoreError("facet store: cannot replace " + file->string() + ": " +
                              std::strerror(error));
    }
    return update;
}

}  // namespace dateline::facets
