#include "dateline/schema/entity_aliases.hpp"

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_set>

namespace dateline::schema {

namespace {

/// Tabs and line breaks would break the line format; a name has no use for them.
void replace_separators(std::string& text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
}

}  // namespace

std::string_view EntityAliases::alias_of(const Line& line) const {
    return std::string_view(text_).substr(line.alias, line.key - 1 - line.alias);
}

std::string_view EntityAliases::key_of(const Line& line) const {
    return std::string_view(text_).substr(line.key, line.name - 1 - line.key);
}

std::string_view EntityAliases::name_of(const Line& line) const {
    return std::string_view(text_).substr(line.name, line.end - line.name);
}

const EntityAliases::Line* EntityAliases::find(std::string_view alias) const {
    const auto it = std::lower_bound(
        lines_.begin(), lines_.end(), alias,
        [this](const Line& line, std::string_view wanted) { return alias_of(line) < wanted; });
    if (it == lines_.end() || alias_of(*it) != alias) return nullptr;
    return &*it;
}

std::optional<Entity> EntityAliases::resolve(const Entity& entity) const {
    const Line* line = find(entity.key);
    if (!line) return entity;
    if (key_of(*line).empty()) return std::nullopt;  // hidden
    return Entity{std::string(key_of(*line)), std::string(name_of(*line))};
}

std::optional<Entity> EntityAliases::target_of(std::string_view key) const {
    const Line* line = find(key);
    if (!line || key_of(*line).empty()) return std::nullopt;
    return Entity{std::string(key_of(*line)), std::string(name_of(*line))};
}

bool EntityAliases::hides(std::string_view key) const {
    const Line* line = find(key);
    return line && key_of(*line).empty();
}

std::optional<EntityAliases::TargetView> EntityAliases::find_target(std::string_view alias) const {
    const Line* line = find(alias);
    if (!line) return std::nullopt;
    return TargetView{key_of(*line), name_of(*line)};
}

std::vector<std::string_view> EntityAliases::aliases_of(std::string_view target_key) const {
    std::vector<std::string_view> aliases;
    if (target_key.empty()) return aliases;
    for (const Line& line : lines_)
        if (key_of(line) == target_key) aliases.push_back(alias_of(line));
    return aliases;
}

void EntityAliases::merge_missing(const EntityAliases& other) {
    if (other.empty()) return;
    // The builder keeps the last of two lines for one alias: this table's.
    Builder merged(other);
    for (const Line& line : lines_)
        merged.add(std::string(alias_of(line)),
                   Entity{std::string(key_of(line)), std::string(name_of(line))});
    *this = std::move(merged).build();
}

EntityAliases EntityAliases::decode(std::string text) {
    // The stored form is taken as it is when every line is well formed, the
    // aliases strictly increase and the last line ends: the common case, as
    // the indexer writes encode(). Anything else goes through the builder.
    EntityAliases table;
    bool canonical = text.size() < std::numeric_limits<std::uint32_t>::max();
    std::size_t start = 0;
    while (canonical && start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::size_t first_tab = text.find('\t', start);
        if (end == std::string::npos || first_tab >= end || first_tab == start) {
            canonical = false;
            break;
        }
        const std::size_t second_tab = text.find('\t', first_tab + 1);
        if (second_tab >= end || text.find('\t', second_tab + 1) < end) {
            canonical = false;
            break;
        }
        const Line line{
            static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(first_tab + 1),
            static_cast<std::uint32_t>(second_tab + 1), static_cast<std::uint32_t>(end)};
        const std::string_view view(text);
        const std::string_view alias = view.substr(start, first_tab - start);
        const std::string_view key = view.substr(first_tab + 1, second_tab - first_tab - 1);
        // A hidden key has no name; an alias equal to its target is no alias.
        if (alias == key || (key.empty() && end != second_tab + 1) ||
            (!table.lines_.empty() &&
             !(view.substr(table.lines_.back().alias,
                           table.lines_.back().key - 1 - table.lines_.back().alias) < alias))) {
            canonical = false;
            break;
        }
        table.lines_.push_back(line);
        start = end + 1;
    }
    if (canonical) {
        table.text_ = std::move(text);
        return table;
    }

    Builder builder;
    std::string_view rest(text);
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        const auto first_tab = line.find('\t');
        const auto second_tab = first_tab == std::string_view::npos
                                    ? std::string_view::npos
                                    : line.find('\t', first_tab + 1);
        if (second_tab != std::string_view::npos && first_tab > 0) {
            builder.add(std::string(line.substr(0, first_tab)),
                        Entity{std::string(line.substr(first_tab + 1, second_tab - first_tab - 1)),
                               std::string(line.substr(second_tab + 1))});
        }
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    return std::move(builder).build();
}

EntityAliases::Builder::Builder(const EntityAliases& table) {
    aliases_.reserve(table.size());
    for (const Line& line : table.lines_) {
        aliases_.push_back(
            Alias{std::string(table.alias_of(line)),
                  Entity{std::string(table.key_of(line)), std::string(table.name_of(line))}});
    }
}

void EntityAliases::Builder::add(std::string alias, Entity target) {
    replace_separators(alias);
    replace_separators(target.key);
    if (alias.empty() || alias == target.key) return;
    if (target.key.empty()) target.name.clear();
    replace_separators(target.name);
    aliases_.push_back(Alias{std::move(alias), std::move(target)});
}

EntityAliases EntityAliases::Builder::build() && {
    // Sorted by alias, the order of adding kept among equals: the last of a
    // run is the one that wins.
    std::stable_sort(aliases_.begin(), aliases_.end(),
                     [](const Alias& a, const Alias& b) { return a.alias < b.alias; });
    EntityAliases table;
    for (std::size_t i = 0; i < aliases_.size(); ++i) {
        if (i + 1 < aliases_.size() && aliases_[i + 1].alias == aliases_[i].alias) continue;
        const Alias& entry = aliases_[i];
        std::string& text = table.text_;
        Line line{};
        line.alias = static_cast<std::uint32_t>(text.size());
        text += entry.alias;
        text += '\t';
        line.key = static_cast<std::uint32_t>(text.size());
        text += entry.target.key;
        text += '\t';
        line.name = static_cast<std::uint32_t>(text.size());
        text += entry.target.name;
        line.end = static_cast<std::uint32_t>(text.size());
        text += '\n';
        table.lines_.push_back(line);
    }
    if (table.text_.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("alias table over 4 GB");
    aliases_.clear();
    return table;
}

std::vector<Entity> resolve_entities(const EntityAliases& aliases,
                                     const std::vector<Entity>& entities) {
    std::vector<Entity> shown;
    std::unordered_set<std::string> seen;
    for (const auto& entity : entities) {
        auto resolved = aliases.resolve(entity);
        if (!resolved || !seen.insert(resolved->key).second) continue;
        shown.push_back(std::move(*resolved));
    }
    return shown;
}

std::string aliases_metadata_key(const FieldSpec& field) {
    return "dateline.aliases." + std::string(field.name);
}

namespace {

std::size_t entity_index(const FieldSpec& field) {
    const auto entities = entity_fields();
    if (&field < entities.data() || &field >= entities.data() + entities.size()) {
        throw std::invalid_argument("not an entity field: " + std::string(field.name));
    }
    return static_cast<std::size_t>(&field - entities.data());
}

}  // namespace

struct AliasTables::OnDemand {
    explicit OnDemand(std::vector<TableSource> from)
        : sources(std::move(from)), read(entity_fields().size()) {}

    // The table of field number `field`, read the first time.
    const EntityAliases& table(std::size_t field) {
        if (const EntityAliases* done = ready[field].load(std::memory_order_acquire)) return *done;
        const std::scoped_lock lock(mutex);
        if (!read[field]) {
            auto table = std::make_unique<EntityAliases>();
            bool first = true;
            for (const auto& source : sources) {
                EntityAliases part = EntityAliases::decode(source(entity_fields()[field]));
                // The first database's table as it is: merging it into an
                // empty one would only copy every line again.
                if (first)
                    *table = std::move(part);
                else
                    table->merge_missing(part);
                first = false;
            }
            read[field] = std::move(table);
            ready[field].store(read[field].get(), std::memory_order_release);
        }
        return *read[field];
    }

    std::mutex mutex;  // guards sources and read
    std::vector<TableSource> sources;
    // Per field; set once, never changed after (so references stay valid).
    std::vector<std::unique_ptr<const EntityAliases>> read;
    // Per field, read[field] once set: checked without the lock.
    std::vector<std::atomic<const EntityAliases*>> ready{entity_fields().size()};
};

AliasTables::AliasTables() : tables_(entity_fields().size()) {}

const EntityAliases& AliasTables::of(const FieldSpec& field) const {
    const std::size_t index = entity_index(field);
    if (on_demand_) return on_demand_->table(index);
    return tables_[index];
}

EntityAliases& AliasTables::of(const FieldSpec& field) {
    read_all();
    return tables_[entity_index(field)];
}

void AliasTables::read_all() {
    if (!on_demand_) return;
    for (std::size_t i = 0; i < tables_.size(); ++i) tables_[i] = on_demand_->table(i);
    on_demand_.reset();
}

AliasTables AliasTables::read(const Xapian::Database& db) {
    AliasTables tables;
    for (const auto& field : entity_fields())
        tables.of(field) = EntityAliases::decode(db.get_metadata(aliases_metadata_key(field)));
    return tables;
}

AliasTables AliasTables::read_on_demand(std::vector<Xapian::Database> databases) {
    std::vector<TableSource> sources;
    for (auto& database : databases) sources.push_back(metadata_source(std::move(database)));
    return read_on_demand(std::move(sources));
}

AliasTables::TableSource AliasTables::metadata_source(Xapian::Database db) {
    return [db = std::move(db)](const FieldSpec& field) {
        return db.get_metadata(aliases_metadata_key(field));
    };
}

AliasTables AliasTables::read_on_demand(std::vector<TableSource> sources) {
    AliasTables tables;
    tables.on_demand_ = std::make_shared<OnDemand>(std::move(sources));
    return tables;
}

void AliasTables::write(Xapian::WritableDatabase& db) const {
    for (const auto& field : entity_fields())
        db.set_metadata(aliases_metadata_key(field), of(field).encode());
}

void AliasTables::merge_missing(const AliasTables& other) {
    read_all();
    for (const auto& field : entity_fields()) of(field).merge_missing(other.of(field));
}

bool operator==(const AliasTables& a, const AliasTables& b) {
    return std::ranges::all_of(entity_fields(),
                               [&](const FieldSpec& field) { return a.of(field) == b.of(field); });
}

}  // namespace dateline::schema
