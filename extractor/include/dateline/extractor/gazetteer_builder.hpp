#pragma once
// Builds gazetteer.bin from ISO 3166 (Debian iso-codes) and GeoNames tables.
//
// Sources and what is taken from them:
//  * GeoNames countryInfo: the canonical country display names ("Iran",
//    "United States"; a leading "The" dropped, see country_display_name(),
//    the full name kept as an alias) and capitals;
//  * iso_3166-1.json: more country names (name, official_name, common_name)
//    as aliases; plus the short forms news uses ("U.S.", "US", "UK",
//    "Britain", "America", "Holland", ...) and former states ("Soviet Union",
//    "USSR", "West Germany", "Yugoslavia", ...);
//  * GeoNames admin1 regions (kind region, with their country);
//  * GeoNames cities15000: name and ASCII name of every city, and the
//    one-word ASCII alternate names ("Bombay", "Peking") of cities with at
//    least min_alternate_population (multi-word alternates are mostly
//    translations: "White House" is an alternate name of Casablanca).
// A key keeps every place it may name, with its GeoNames id, region and
// country code (for resolution by evidence, place_resolver.hpp); the first,
// which find_key() gives and the tagger's feature reads, has the highest
// priority: country > region/city by population (regions count as
// kRegionPopulation; alternate names a tenth of theirs). Alternate names of
// cities between min_resolution_alternate_population and
// min_alternate_population are read by the resolver only.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace dateline::extractor {

struct GazetteerSources {
    std::filesystem::path iso3166_json = "/usr/share/iso-codes/json/iso_3166-1.json";
    std::filesystem::path country_info;  ///< geonames-countryInfo.tsv
    std::filesystem::path admin1;        ///< geonames-admin1-regions.tsv
    std::filesystem::path cities;        ///< geonames-cities15000-*.tsv.gz
    /// geonames-cities1000-*.tsv.gz, optional: the towns it adds (of 1,000
    /// people or more, not in `cities`) are for the resolver only, and only
    /// where a qualifier names their country or state ("Troy, N.C.").
    std::filesystem::path small_towns;
    /// Cities at least this large also get their ASCII alternate names.
    /// Default: 1,000,000.
    std::uint32_t min_alternate_population = 1'000'000;
    /// Cities at least this large get their ASCII alternate names for the
    /// resolver only, not as the tagger's feature ("Antwerp", "Cologne",
    /// "Gothenburg": English names of cities whose GeoNames name is their
    /// own). Default: 100,000.
    std::uint32_t min_resolution_alternate_population = 100'000;
    /// Below this size a city's resolver-only alternate name must resemble
    /// its GeoNames or ASCII name (the same first two letters, half their
    /// letters in order, or one inside the other but for a letter: "Antwerp"
    /// of Antwerpen, "Hague" of The Hague). GeoNames lists jokes and
    /// other places' names among the alternates of mid-sized cities
    /// ("Google" of Topeka, "Waterloo" of Austin), and English text writes
    /// those words for something else; the exonyms news uses are mostly
    /// of larger cities ("Cologne" of Köln). Default: 500,000.
    std::uint32_t min_unlike_alternate_population = 500'000;

    /// The standard file names under a shared/data/gazetteers folder.
    static GazetteerSources in_shared_dir(const std::filesystem::path& gazetteer_dir);
};

struct GazetteerBuildStats {
    std::size_t countries = 0;
    std::size_t regions = 0;
    std::size_t cities = 0;
    std::size_t small_towns = 0;  ///< added for qualified mentions only
    std::size_t entries = 0;      ///< keys
    std::size_t places = 0;       ///< places of all keys (a key may name several)
    std::size_t bytes = 0;
};

/// Reads the sources and writes the binary gazetteer. Throws InputError for
/// a missing or malformed source.
GazetteerBuildStats build_gazetteer(const GazetteerSources& sources,
                                    const std::filesystem::path& output);

}  // namespace dateline::extractor
