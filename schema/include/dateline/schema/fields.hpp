#pragma once
// The one definition of Dateline's index: every field, its role, its term
// prefix, its value slot. The indexer builds documents from this table, the
// searcher configures its query parser, its query check and its facets from
// it, so the two cannot disagree (the layout notmuch's lib/prefix.cc uses).
// docs/schema.md documents the same table for people;
// tests/unit/schema/fields_test.cpp pins it (a change here is a schema
// change: bump kSchemaVersion).
//
// Adding a field of an existing role is one row of the table plus its data
// path: for an entity field, a list in EntityLists (entity_lists.hpp, which
// the indexer's Article and the searcher's Hit share) and what fills it. Term
// spellings are in terms.hpp.

#include <xapian.h>

#include <optional>
#include <span>
#include <string_view>

namespace dateline::schema {

/// Version of the index layout. Stored in every index (metadata key
/// kSchemaVersionKey); a searcher refuses an index whose version differs.
/// 2: organisations (XORG, value slot 3).
/// 3: accent-folded text terms (text_folding.hpp).
/// 4: entities stored and counted by identity (the key of their display
/// name), people's identity terms (XPID), alias tables in the metadata.
/// 5: near-duplicate signatures (slot 4) and groups (slot 5).
/// 6: places by their identity (ISO alpha-2 countries, GeoNames ids:
/// place_identities.hpp), not by the key of their name.
inline constexpr int kSchemaVersion = 6;
inline constexpr std::string_view kSchemaVersionKey = "dateline.schema_version";
/// Metadata key holding the Snowball language the index was stemmed with.
inline constexpr std::string_view kLanguageKey = "dateline.language";

/// Term prefixes. Single upper-case letters follow Xapian's conventions
/// (Q unique id, S subject/title, D/M/Y day/month/year); Dateline's own fields
/// use X-prefixes. Every value that follows a prefix is lower-case, so no ':'
/// separator is needed. No prefix is a prefix of another.
namespace prefix {
inline constexpr std::string_view kId = "Q";
inline constexpr std::string_view kTitle = "S";
inline constexpr std::string_view kDay = "D";    // D19870302
inline constexpr std::string_view kMonth = "M";  // M198703
inline constexpr std::string_view kYear = "Y";   // Y1987
inline constexpr std::string_view kPerson = "XPER";
// A person's identity key, exactly (entity_identity()): the key terms of
// people include each word of the name, so "the articles whose person is
// `reagan`" needs terms of its own (entity_aliases.hpp).
inline constexpr std::string_view kPersonIdentity = "XPID";
inline constexpr std::string_view kPlace = "XLOC";
inline constexpr std::string_view kOrg = "XORG";
inline constexpr std::string_view kSource = "XSRC";  // source file, relative path
}  // namespace prefix

/// Value slots. Multi-valued fields keep all their values in one slot, encoded
/// by encode_entities() (see entity.hpp), which the facet counters decode.
namespace slot {
// PartialDate::sortable(): "YYYYMMDD", or "YYYYMM" / "YYYY" for an article
// dated only to a month or a year.
inline constexpr Xapian::valueno kDate = 0;
inline constexpr Xapian::valueno kPeople = 1;  // encode_entities(people)
inline constexpr Xapian::valueno kPlaces = 2;  // encode_entities(places)
inline constexpr Xapian::valueno kOrgs = 3;    // encode_entities(orgs)
// encode_signature() of the article's MinHash (near_duplicate_signature.hpp);
// empty for an article too short to have one.
inline constexpr Xapian::valueno kSignature = 4;
// near_duplicate_group_key() of the article's group (near_duplicate_group.hpp),
// what searches collapse on; empty for an article with no near duplicate.
inline constexpr Xapian::valueno kNearDuplicateGroup = 5;
}  // namespace slot

/// What a field is, which decides how it is indexed, queried and counted.
enum class FieldRole {
    Id,        ///< the unique id term (Q); `id:` filters on it
    Date,      ///< day, month and year terms and the sortable date slot; `date:` filters
    FreeText,  ///< tokenised, stemmed, positional; searched by words and phrases
    Entity,    ///< named things (people, places, orgs): key terms and an entity-list slot
    Source,    ///< the file an article came from; used by the indexer to replace files
    Stored,    ///< kept in the document data only
};

/// How queries reach an entity field's values (FieldRole::Entity only).
enum class EntityMatch {
    /// By the canonical key or the key of the display name: `place:york` must
    /// not match New York, `org:general` not General Motors.
    WholeName,
    /// Also by each word of the name longer than two letters:
    /// `person:volcker` matches Paul Volcker.
    NameWords,
    /// By the place's identity (place_identities.hpp): every spelling of a
    /// country or US state is one term (`place:usa` = `place:"u.s."`), other
    /// places by the whole name as for WholeName.
    PlaceIdentity,
};

struct FieldSpec {
    std::string_view name;        ///< field name in articles, input headers and JSON output
    std::string_view query_name;  ///< name in queries and facets ("person:"); empty if none
    std::string_view prefix;      ///< term prefix, empty for unprefixed free text or stored
    FieldRole role;
    bool facetable;                       ///< `--facet query_name` counts it (needs a slot)
    std::optional<Xapian::valueno> slot;  ///< value slot, if any
    EntityMatch entity_match;             ///< for FieldRole::Entity; WholeName otherwise
    std::string_view description;
    /// For an entity field whose key terms are not exact (NameWords): the
    /// prefix of one term per entity holding exactly its identity key.
    /// Empty where the field's own key term is exact.
    std::string_view identity_prefix = {};

    /// True for fields indexed as exact boolean terms that filter without
    /// changing the ranking (id, date, entities, source).
    [[nodiscard]] constexpr bool is_filter() const {
        return role == FieldRole::Id || role == FieldRole::Date || role == FieldRole::Entity ||
               role == FieldRole::Source;
    }
};

/// All fields, in documentation order.
[[nodiscard]] std::span<const FieldSpec> fields();
/// The entity fields (FieldRole::Entity), in table order: people, places, orgs.
[[nodiscard]] std::span<const FieldSpec> entity_fields();
/// The field named `name` in articles ("people"), or nullptr.
[[nodiscard]] const FieldSpec* find_field(std::string_view name);
/// The field queried as `query_name:`, or nullptr.
[[nodiscard]] const FieldSpec* find_query_field(std::string_view query_name);
/// The facetable field counted by `--facet name` ("person", "date"), or nullptr.
[[nodiscard]] const FieldSpec* find_facet_field(std::string_view name);

/// How text becomes terms. Shared by the TermGenerator (indexing) and the
/// QueryParser (searching).
namespace text {
/// Language used when none is given.
inline constexpr std::string_view kDefaultLanguage = "english";
/// Within-document frequency added per title word (body words add 1), so a
/// word in the title counts like several in the body under BM25.
inline constexpr Xapian::termcount kTitleWeight = 3;
/// Positions skipped between title and body so a phrase or NEAR never
/// matches across the two fields.
inline constexpr Xapian::termpos kFieldGap = 100;
/// Stemming strategy for both sides: index stemmed forms with a Z prefix, and
/// keep the unstemmed words for phrases.
inline constexpr Xapian::TermGenerator::stem_strategy kIndexStemming =
    Xapian::TermGenerator::STEM_SOME;
inline constexpr Xapian::QueryParser::stem_strategy kQueryStemming = Xapian::QueryParser::STEM_SOME;
}  // namespace text

/// The Snowball stemmer for `language` ("english", "french", ... or "none").
/// Throws std::invalid_argument naming the available languages otherwise.
[[nodiscard]] Xapian::Stem make_stemmer(std::string_view language);

}  // namespace dateline::schema
