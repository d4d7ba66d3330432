#include "dateline/schema/fields.hpp"

#include <array>
#include <stdexcept>
#include <string>

namespace dateline::schema {

namespace {

constexpr std::array kFields{
    FieldSpec{"id", "id", prefix::kId, FieldKind::Boolean, std::nullopt,
              "unique article id, stable across rebuilds"},
    FieldSpec{"date", "date", prefix::kDay, FieldKind::Boolean, slot::kDate,
              "publication day; also year (Y) and month (M) terms"},
    FieldSpec{"title", "title", prefix::kTitle, FieldKind::FreeText, std::nullopt,
              "headline; also indexed unprefixed with a higher weight"},
    FieldSpec{"body", "", "", FieldKind::FreeText, std::nullopt, "article text"},
    FieldSpec{"people", "person", prefix::kPerson, FieldKind::Boolean, slot::kPeople,
              "people named, by canonical key and by each word of the name"},
    FieldSpec{"places", "place", prefix::kPlace, FieldKind::Boolean, slot::kPlaces,
              "places named, by canonical key"},
    FieldSpec{"source", "", prefix::kSource, FieldKind::Boolean, std::nullopt,
              "file the article came from (relative path), with its line in the data"},
    FieldSpec{"url", "", "", FieldKind::Stored, std::nullopt, "original address, if known"},
};

}  // namespace

std::span<const FieldSpec> fields() { return kFields; }

const FieldSpec* find_query_field(std::string_view query_name) {
    for (const auto& field : kFields) {
        if (!field.query_name.empty() && field.query_name == query_name) return &field;
    }
    return nullptr;
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
