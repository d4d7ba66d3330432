#pragma once
// How values become boolean terms: the one spelling of every term the
// indexer writes and the searcher looks up (prefixes in fields.hpp).
//
//   id        "Q" + id                          Qreuters-901
//   date      "D" YYYYMMDD, "M" YYYYMM, "Y" YYYY D19870303 M198703 Y1987
//   entity    the field's prefix + each key     XPERvolcker XLOCwest-germany
//   source    "XSRC" + relative path            XSRCreut2-000.sgm
//
// Terms are returned whole; whether one fits Xapian's term length limit is
// for the writer to decide.

#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::schema {

/// The unique id term of an article ("Q" + id).
[[nodiscard]] std::string id_term(std::string_view article_id);
/// The article id an id term names ("Qreuters-9" -> "reuters-9"); empty for
/// another term.
[[nodiscard]] std::string_view id_from_term(std::string_view term);

/// The term shared by every article read from the file `relative_path`.
[[nodiscard]] std::string source_term(std::string_view relative_path);

/// The three terms of a date: an article is indexed with all of them, so
/// `date:` finds it by its year, its month or its day.
struct DateTerms {
    std::string day;    ///< "D19870303"
    std::string month;  ///< "M198703"
    std::string year;   ///< "Y1987"
};
[[nodiscard]] DateTerms date_terms(const Date& date);
/// The terms of an article's date as far as its precision goes: all three
/// for a day, the month's and the year's for a month, the year's for a year
/// (an article dated "Jan 2021" is not found by any day).
[[nodiscard]] std::vector<std::string> article_date_terms(const PartialDate& date);
/// The term of a year, month or day typed in a query: the one date_terms()
/// gives its first day at that precision ("1987-03" -> "M198703").
[[nodiscard]] std::string date_term(const PartialDate& date);

/// The terms of an entity in the entity field `field` (FieldRole::Entity):
/// person_terms(), place_terms() (place_identities.hpp) or whole_name_terms()
/// as field.entity_match says, each with the field's prefix.
[[nodiscard]] std::vector<std::string> entity_terms(const FieldSpec& field, const Entity& entity);
/// Who `entity` is in the entity field `field`, as its value slot stores it
/// and its facet counts it: place_identity() for places, entity_identity()
/// otherwise.
[[nodiscard]] Entity entity_identity(const FieldSpec& field, const Entity& entity);
/// The term that selects exactly the articles whose entity in `field` has the
/// identity `key` (entity_identity()): the field's identity prefix + key where
/// it has one (people, whose key terms include each word), else its prefix +
/// key.
[[nodiscard]] std::string entity_identity_term(const FieldSpec& field, std::string_view key);

/// The term a query value selects in the entity field `field`: the prefix
/// and the name's canonical key (`org:"Banque de France"` ->
/// "XORGbanque-de-france"), for places the key of the identity the spelling
/// names (`place:"U.S."` -> "XLOCus", place_query_key()).
/// Empty when the name has no letters or digits.
[[nodiscard]] std::string entity_query_term(const FieldSpec& field, std::string_view name);

}  // namespace dateline::schema
