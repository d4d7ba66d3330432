#pragma once
// EntityExtractor: the place where people and places found in the text itself
// join those an article's metadata names.
//
// Extraction is pure: a function of the article's text, testable without an
// index. Metadata wins: extracted entities are only added, never replace.

#include <vector>

#include "dateline/indexer/article.hpp"
#include "dateline/schema/entity.hpp"

namespace dateline::indexer {

struct ExtractedEntities {
    std::vector<schema::Entity> people;
    std::vector<schema::Entity> places;
};

class EntityExtractor {
  public:
    virtual ~EntityExtractor() = default;
    /// People and places named in the article's title and body.
    [[nodiscard]] virtual ExtractedEntities extract(const Article& article) const = 0;
};

/// Adds `found` to the article's people and places, skipping keys it already has.
void merge_entities(Article& article, ExtractedEntities found);

}  // namespace dateline::indexer
