#include "dateline/schema/entity_lists.hpp"

#include <stdexcept>
#include <string>

namespace dateline::schema {

namespace {

// Shared by the const and non-const accessors.
template <typename Lists>
auto& list_of(Lists& lists, const FieldSpec& field) {
    // Each entity field has its own prefix: the one property that names it.
    if (field.role == FieldRole::Entity) {
        if (field.prefix == prefix::kPerson) return lists.people;
        if (field.prefix == prefix::kPlace) return lists.places;
        if (field.prefix == prefix::kOrg) return lists.orgs;
    }
    throw std::invalid_argument("no entity list for field '" + std::string(field.name) + "'");
}

}  // namespace

std::vector<Entity>& EntityLists::entities(const FieldSpec& field) { return list_of(*this, field); }

const std::vector<Entity>& EntityLists::entities(const FieldSpec& field) const {
    return list_of(*this, field);
}

}  // namespace dateline::schema
