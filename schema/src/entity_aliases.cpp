#include "dateline/schema/entity_aliases.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace dateline::schema {

void EntityAliases::add(std::string alias, Entity target) {
    if (alias.empty() || alias == target.key) return;
    if (target.key.empty()) target.name.clear();
    if (const auto old = targets_.find(alias); old != targets_.end()) {
        if (auto list = aliases_.find(old->second.key); list != aliases_.end()) {
            std::erase(list->second, alias);
        }
    }
    if (!target.key.empty()) aliases_[target.key].push_back(alias);
    targets_.insert_or_assign(std::move(alias), std::move(target));
}

std::optional<Entity> EntityAliases::resolve(const Entity& entity) const {
    const auto it = targets_.find(entity.key);
    if (it == targets_.end()) return entity;
    if (it->second.key.empty()) return std::nullopt;
    return it->second;
}

const Entity* EntityAliases::target_of(std::string_view key) const {
    const auto it = targets_.find(key);
    if (it == targets_.end() || it->second.key.empty()) return nullptr;
    return &it->second;
}

std::span<const std::string> EntityAliases::aliases_of(std::string_view target_key) const {
    const auto it = aliases_.find(target_key);
    if (it == aliases_.end()) return {};
    return it->second;
}

void EntityAliases::merge_missing(const EntityAliases& other) {
    for (const auto& [alias, target] : other.targets_) {
        if (!targets_.contains(alias)) add(alias, target);
    }
}

std::string EntityAliases::encode() const {
    std::vector<const std::pair<const std::string, Entity>*> entries;
    entries.reserve(targets_.size());
    for (const auto& entry : targets_) entries.push_back(&entry);
    std::sort(entries.begin(), entries.end(),
              [](const auto* a, const auto* b) { return a->first < b->first; });
    std::string text;
    for (const auto* entry : entries) {
        text += entry->first;
        text += '\t';
        text += entry->second.key;
        text += '\t';
        text += entry->second.name;
        text += '\n';
    }
    return text;
}

EntityAliases EntityAliases::decode(std::string_view text) {
    EntityAliases aliases;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        const auto first_tab = line.find('\t');
        const auto second_tab = first_tab == std::string_view::npos
                                    ? std::string_view::npos
                                    : line.find('\t', first_tab + 1);
        if (second_tab != std::string_view::npos && first_tab > 0) {
            aliases.add(std::string(line.substr(0, first_tab)),
                        Entity{std::string(line.substr(first_tab + 1, second_tab - first_tab - 1)),
                               std::string(line.substr(second_tab + 1))});
        }
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return aliases;
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

AliasTables::AliasTables() : tables_(entity_fields().size()) {}

const EntityAliases& AliasTables::of(const FieldSpec& field) const {
    return tables_[entity_index(field)];
}

EntityAliases& AliasTables::of(const FieldSpec& field) { return tables_[entity_index(field)]; }

AliasTables AliasTables::read(const Xapian::Database& db) {
    AliasTables tables;
    for (const auto& field : entity_fields())
        tables.of(field) = EntityAliases::decode(db.get_metadata(aliases_metadata_key(field)));
    return tables;
}

void AliasTables::write(Xapian::WritableDatabase& db) const {
    for (const auto& field : entity_fields())
        db.set_metadata(aliases_metadata_key(field), of(field).encode());
}

void AliasTables::merge_missing(const AliasTables& other) {
    for (std::size_t i = 0; i < tables_.size(); ++i) tables_[i].merge_missing(other.tables_[i]);
}

}  // namespace dateline::schema
