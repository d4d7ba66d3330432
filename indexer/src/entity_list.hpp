#pragma once
// Private helper of the readers: building the entity lists of an
// Article, which must hold no two entities with the same key.

#include <algorithm>
#include <string_view>
#include <vector>

#include "dateline/schema/entity.hpp"

namespace dateline::indexer {

/// Appends `entity` unless its key is empty or already in `list`.
inline void add_entity(std::vector<schema::Entity>& list, schema::Entity entity) {
    if (entity.key.empty()) return;
    const bool present = std::any_of(list.begin(), list.end(),
                                     [&](const schema::Entity& e) { return e.key == entity.key; });
    if (!present) list.push_back(std::move(entity));
}

/// Appends an entity per name in `names`, separated by ';' or ','.
inline void add_entity_names(std::vector<schema::Entity>& list, std::string_view names) {
    while (!names.empty()) {
        const auto end = std::min(names.find_first_of(";,"), names.size());
        std::string_view name = names.substr(0, end);
        names.remove_prefix(std::min(end + 1, names.size()));
        while (!name.empty() && (name.front() == ' ' || name.front() == '\t'))
            name.remove_prefix(1);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
        if (!name.empty()) add_entity(list, schema::entity_from_name(name));
    }
}

}  // namespace dateline::indexer
