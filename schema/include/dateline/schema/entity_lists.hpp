#pragma once
// EntityLists: an article's entities, one list per entity field of the
// schema (fields.hpp: people, places, orgs).
//
// The indexer's Article, the extractor's findings and the searcher's Hit each
// are one, so code that treats every entity field alike (building terms and
// slots, reading headers, printing) loops over entity_fields() and reaches
// the list with entities(field), while code about one field keeps its name
// (article.people). A new entity field is a row of the table, a member here
// and a case in entities().

#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::schema {

struct EntityLists {
    std::vector<Entity> people;  ///< FieldSpec "people"
    std::vector<Entity> places;  ///< FieldSpec "places"
    std::vector<Entity> orgs;    ///< FieldSpec "orgs"

    /// The list of the entity field `field` (FieldRole::Entity). Throws
    /// std::invalid_argument for a field of another role.
    [[nodiscard]] std::vector<Entity>& entities(const FieldSpec& field);
    [[nodiscard]] const std::vector<Entity>& entities(const FieldSpec& field) const;

    friend bool operator==(const EntityLists&, const EntityLists&) = default;
};

}  // namespace dateline::schema
