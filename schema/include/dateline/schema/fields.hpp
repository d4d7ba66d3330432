#pragma once
// The one definition of Dateline's index: every field, its term prefix, its
// kind, its value slot. The indexer builds documents from this table and the
// searcher configures its query parser from it, so the two cannot disagree.
// docs/schema.md documents the same table for people; tests/unit/schema_test.cpp
// pins it (a change here is a schema change: bump kSchemaVersion).

#include <xapian.h>

#include <optional>
#include <span>
#include <string_view>

namespace dateline::schema {

/// Version of the index layout. Stored in every index (metadata key
/// kSchemaVersionKey); a searcher refuses an index whose version differs.
inline constexpr int kSchemaVersion = 1;
inline constexpr std::string_view kSchemaVersionKey = "dateline.schema_version";
/// Metadata key holding the Snowball language the index was stemmed with.
inline constexpr std::string_view kLanguageKey = "dateline.language";

/// Term prefixes. Single upper-case letters follow Xapian's conventions
/// (Q unique id, S subject/title, D/M/Y day/month/year); Dateline's own fields
/// use X-prefixes. Every value that follows a prefix is lower-case, so no ':'
/// separator is needed.
namespace prefix {
inline constexpr std::string_view kId = "Q";
inline constexpr std::string_view kTitle = "S";
inline constexpr std::string_view kDay = "D";    // D19870302
inline constexpr std::string_view kMonth = "M";  // M198703
inline constexpr std::string_view kYear = "Y";   // Y1987
inline constexpr std::string_view kPerson = "XPER";
inline constexpr std::string_view kPlace = "XLOC";
inline constexpr std::string_view kSource = "XSRC";  // source file, relative path
}  // namespace prefix

/// Value slots. Multi-valued fields keep all their values in one slot, encoded
/// by encode_entities() (see entity.hpp), which the facet counters decode.
namespace slot {
inline constexpr Xapian::valueno kDate = 0;    // Date::sortable(), "YYYYMMDD"
inline constexpr Xapian::valueno kPeople = 1;  // encode_entities(people)
inline constexpr Xapian::valueno kPlaces = 2;  // encode_entities(places)
}  // namespace slot

enum class FieldKind {
    FreeText,  ///< tokenised, stemmed, positional; searched by words and phrases
    Boolean,   ///< exact terms used as filters; do not affect the score
    Stored,    ///< kept in the document data only
};

struct FieldSpec {
    std::string_view name;        ///< field name in the article and JSON output
    std::string_view query_name;  ///< name in queries ("person:"), empty if not queryable
    std::string_view prefix;      ///< term prefix, empty for unprefixed free text or stored
    FieldKind kind;
    std::optional<Xapian::valueno> slot;  ///< value slot, if any
    std::string_view description;
};

/// All fields, in documentation order.
[[nodiscard]] std::span<const FieldSpec> fields();
/// The field queried as `query_name:`, or nullptr.
[[nodiscard]] const FieldSpec* find_query_field(std::string_view query_name);

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
