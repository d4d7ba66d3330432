#include "dateline/indexer/entity_extractor.hpp"

#include <algorithm>

#include "dateline/schema/fields.hpp"

namespace dateline::indexer {

namespace {

void merge_into(std::vector<schema::Entity>& known, std::vector<schema::Entity> found) {
    for (auto& entity : found) {
        if (entity.key.empty()) continue;
        const bool present = std::any_of(known.begin(), known.end(),
                                         [&](const auto& k) { return k.key == entity.key; });
        if (!present) known.push_back(std::move(entity));
    }
}

}  // namespace

void merge_entities(Article& article, ExtractedEntities found) {
    for (const auto& field : schema::entity_fields()) {
        merge_into(article.entities(field), std::move(found.entities(field)));
    }
}

}  // namespace dateline::indexer
