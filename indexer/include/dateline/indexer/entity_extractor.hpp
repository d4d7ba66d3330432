#pragma once
// EntityExtractor: the place where entities (people, places, orgs) found in
// the text itself join those an article's metadata names.
//
// Extraction is pure: a function of the article's text, testable without an
// index. Metadata wins: extracted entities are only added, never replace.

#include <vector>

#include "dateline/indexer/article.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/entity_lists.hpp"

namespace dateline::indexer {

/// What an extractor found, one list per entity field.
struct ExtractedEntities : schema::EntityLists {};

class EntityExtractor {
  public:
    virtual ~EntityExtractor() = default;
    /// Entities named in the article's title and body.
    [[nodiscard]] virtual ExtractedEntities extract(const Article& article) const = 0;
    /// Gives the article's metadata entities the identities extraction
    /// gives the same entities in text (a `places: Lisbon` header is the
    /// GeoNames place a text's "Lisbon" is). Default: leaves them.
    virtual void identify(Article& /*article*/) const {}
};

/// Adds `found` to the article's entity lists, each skipping keys it already has.
void merge_entities(Article& article, ExtractedEntities found);

}  // namespace dateline::indexer
