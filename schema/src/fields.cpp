#include "dateline/schema/fields.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace dateline::schema {

namespace {

constexpr auto kWhole = EntityMatch::WholeName;

// clang-format off
constexpr std::array kFields{
    //        name       query     prefix           role                facet  slot
    FieldSpec{"id",      "id",     prefix::kId,     FieldRole::Id,       false, std::nullopt,  kWhole,
              "unique article id, stable across rebuilds"},
    FieldSpec{"date",    "date",   prefix::kDay,    FieldRole::Date,     true,  slot::kDate,   kWhole,
              "publication day; also year (Y) and month (M) terms"},
    FieldSpec{"title",   "title",  prefix::kTitle,  FieldRole::FreeText, false, std::nullopt,  kWhole,
              "headline; also indexed unprefixed with a higher weight"},
    FieldSpec{"body",    "",       "",              FieldRole::FreeText, false, std::nullopt,  kWhole,
              "article text"},
    FieldSpec{"people",  "person", prefix::kPerson, FieldRole::Entity,   true,  slot::kPeople,
              EntityMatch::NameWords, "people named, by canonical key and by each word of the name",
              prefix::kPersonIdentity},
    FieldSpec{"places",  "place",  prefix::kPlace,  FieldRole::Entity,   true,  slot::kPlaces,
              EntityMatch::PlaceIdentity, "places named, by identity (ISO country code, GeoNames id)"},
    FieldSpec{"orgs",    "org",    prefix::kOrg,    FieldRole::Entity,   true,  slot::kOrgs,   kWhole,
              "organisations named, by canonical key"},
    FieldSpec{"source",  "",       prefix::kSource, FieldRole::Source,   false, std::nullopt,  kWhole,
              "file the article came from (relative path), with its line in the data"},
    FieldSpec{"url",     "",       "",              FieldRole::Stored,   false, std::nullopt,  kWhole,
              "original address, if known"},
};
// clang-format on

constexpr bool is_entity(const FieldSpec& field) { return field.role == FieldRole::Entity; }

// entity_fields() is a span of the table: the entity rows must be adjacent.
constexpr auto kFirstEntity = std::find_if(kFields.begin(), kFields.end(), is_entity);
constexpr auto kEndEntity = std::find_if_not(kFirstEntity, kFields.end(), is_entity);
static_assert(std::none_of(kEndEntity, kFields.end(), is_entity),
              "entity fields must be adjacent rows of the table");

// Identity terms are only for fields whose key terms are not exact.
static_assert(std::all_of(kFields.begin(), kFields.end(),
                          [](const FieldSpec& field) {
                              return field.identity_prefix.empty() ||
                                     (field.role == FieldRole::Entity &&
                                      field.entity_match == EntityMatch::NameWords);
                          }),
              "identity terms belong to NameWords entity fields");

// A facet is counted from a value slot; only entity and date slots have a
// counter (searcher/include/dateline/searcher/facet_counter.hpp).
static_assert(std::all_of(kFields.begin(), kFields.end(),
                          [](const FieldSpec& field) {
                              return !field.facetable || (field.slot && !field.query_name.empty() &&
                                                          (field.role == FieldRole::Entity ||
                                                           field.role == FieldRole::Date));
                          }),
              "a facetable field needs a query name, a slot and a facet counter");

}  // namespace

std::span<const FieldSpec> fields() { return kFields; }

std::span<const FieldSpec> entity_fields() { return {kFirstEntity, kEndEntity}; }

const FieldSpec* find_field(std::string_view name) {
    for (const auto& field : kFields) {
        if (field.name == name) return &field;
    }
    return nullptr;
}

const FieldSpec* find_query_field(std::string_view query_name) {
    for (const auto& field : kFields) {
        if (!field.query_name.empty() && field.query_name == query_name) return &field;
    }
    return nullptr;
}

const FieldSpec* find_facet_field(std::string_view name) {
    const FieldSpec* field = find_query_field(name);
    return field != nullptr && field->facetable ? field : nullptr;
}

Xapian::Stem make_stemmer(std::string_view language) {
    try {
        return Xapian::Stem(std::string(language));
    } catch (const Xapian::InvalidArgumentError&) {
        throw std::invalid_argument("unknown stemming language '" + std::string(language) +
                                    "' (available: " + Xapian::Stem::get_available_languages() +
                                    ")");
    }
}

}  // namespace dateline::schema
