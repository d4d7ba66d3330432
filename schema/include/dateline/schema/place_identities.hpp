#pragma once
// Place identities: the one key and display name of every country,
// historical country and US state, and every spelling that names it.
//
// A country is keyed by its ISO 3166 alpha-2 code in lower case (`us`, `gb`,
// `de`), a historical country by its English name (`soviet-union`,
// `west-germany`: ISO gives no unique code to all of them, and West Germany's
// was DE), any other place by its GeoNames id (`gn-5332921`, California).
// Spellings are canonical keys (entity.hpp) of names, alternate spellings,
// demonyms, Reuters-21578 code-book codes and AP state abbreviations:
// "usa", "u-s", "united-states", "american" all name `us`; "calif" names
// California. An identity key always names itself first: "pa" is Panama,
// Pennsylvania is "pennsylvania" or "penn".
//
// The table is compiled in (place_identity_table.inc, written by
// tools/make-place-identities.py from ../shared/data; ODbL, see NOTICE), so
// the indexer, the extractor and the query parser read the same one without
// loading a file. Lookups are binary searches over sorted constant arrays:
// no allocation, safe from any thread. docs/extraction.md explains the
// choices (historical countries, ambiguous spellings).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/entity.hpp"

namespace dateline::schema {

enum class PlaceIdentityKind : std::uint8_t {
    Country,     ///< ISO 3166 alpha-2 country or territory
    Historical,  ///< a country of the past, its own entity (successor below)
    Region,      ///< a first-level region (the US states)
};

struct PlaceIdentityRow {
    std::string_view key;      ///< "us", "soviet-union", "gn-5332921"
    std::string_view name;     ///< display name: "United States"
    std::uint32_t geonameid;   ///< GeoNames id, 0 if none (historical countries)
    std::string_view country;  ///< ISO alpha-2 of its country ("us" for a state), "" for a
                               ///< historical country
    PlaceIdentityKind kind;
    /// For a historical country, the ISO alpha-2 code of its main successor
    /// (Soviet Union -> "ru"); documentation only, nothing is implied.
    std::string_view successor;
};

/// A spelling (canonical key) and the identity key it names.
struct PlaceAliasRow {
    std::string_view alias;
    std::string_view key;
};

/// A GeoNames place that is an identity under another id: the city of
/// Washington is the District of Columbia (`gn-4138106`).
struct PlaceGeonameRow {
    std::uint32_t geonameid;
    std::string_view key;
};

/// Today's country `country` (or its first-level region `region`, GeoNames id;
/// 0 for the rest of the country) was part of the historical country `key`
/// from day `since` to day `until` (YYYYMMDD, both included).
struct HistoricalTerritoryRow {
    std::string_view country;
    std::uint32_t region;
    std::string_view key;
    int since;
    int until;
};

/// The identity a spelling's canonical key names: the identity whose key it
/// is, else the one it is an alias of; nullptr when the table has neither.
[[nodiscard]] const PlaceIdentityRow* find_place_identity(std::string_view key) noexcept;

/// The US state an AP abbreviation names, exactly as written with its dots
/// ("Pa.", "Calif.", "N.Y."; case matters), or nullptr. Looked up as written
/// because several fold to a country's code: "pa" is Panama, "Pa." is
/// Pennsylvania.
[[nodiscard]] const PlaceIdentityRow* find_state_abbreviation(std::string_view written) noexcept;

/// The identity with the GeoNames id `geonameid` (or that the place with that
/// id is: Washington, the city, is `gn-4138106`), or nullptr.
[[nodiscard]] const PlaceIdentityRow* find_place_by_geonameid(std::uint32_t geonameid) noexcept;

/// The country that held a place of today's country `code` (ISO alpha-2,
/// lower case) in first-level region `region_geonameid` (0 if unknown) on
/// `day` (YYYYMMDD; 0 when unknown, meaning today): the historical country of
/// that day where one held it (Bonn in 1987: West Germany; Moscow: the Soviet
/// Union), else today's country. nullptr where no one country held it (Berlin
/// before October 1990, split between two) or the code is unknown.
[[nodiscard]] const PlaceIdentityRow* country_on_day(std::string_view code,
                                                     std::uint32_t region_geonameid,
                                                     int day) noexcept;

/// What the name of today's country `code` alone meant on `day`, when that
/// day the country was divided between historical countries by region
/// ("Germany" of 1949 to 1990): the part that held most of its first-level
/// regions, the state that kept the name in use (West Germany, the Federal
/// Republic); nullptr when the country was not divided that day (its name
/// is today's country, as written), or `day` is 0.
[[nodiscard]] const PlaceIdentityRow* divided_country_name_on_day(std::string_view code,
                                                                  int day) noexcept;

/// "gn-" + the GeoNames id: the key of a place that has no other.
[[nodiscard]] std::string geonames_key(std::uint32_t geonameid);
/// The GeoNames id of a "gn-" key, nullopt for any other key.
[[nodiscard]] std::optional<std::uint32_t> geonameid_of_key(std::string_view key) noexcept;

/// Who a place entity is: the table's identity of its key (a code such as
/// `usa`, or an identity key), else of its display name; else a GeoNames key
/// kept as it is; else entity_identity() (the key of its display name).
[[nodiscard]] Entity place_identity(const Entity& place);

/// Terms (without prefix) for a place: its identity's key, and each of its
/// key and display-name key that the table does not know (a city's name:
/// `place:paris`). A spelling the table knows is reached through the table
/// at query time (place_query_key()), so `place:georgia` (the country) does
/// not find the US state written "Georgia". Words are not split out:
/// `place:york` must not match New York.
[[nodiscard]] std::vector<std::string> place_terms(const Entity& place);

/// The key a `place:` query value selects: its identity's key when the
/// table knows the spelling (`usa`, "U.S.", "united states" -> `us`), else
/// the value's canonical key. Empty when the value has no letters or digits.
[[nodiscard]] std::string place_query_key(std::string_view value);

/// The number of identities and spellings in the table (tests, docs).
[[nodiscard]] std::size_t place_identity_count() noexcept;
[[nodiscard]] std::size_t place_alias_count() noexcept;

}  // namespace dateline::schema
