#include "dateline/schema/place_identities.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace dateline::schema {

namespace {

#include "place_identity_table.inc"

constexpr std::string_view kGeonamesPrefix = "gn-";

template <typename Row, std::size_t N>
constexpr bool sorted_by(const Row (&rows)[N], std::string_view Row::*member) {
    for (std::size_t i = 1; i < N; ++i) {
        if (!(rows[i - 1].*member < rows[i].*member)) return false;
    }
    return true;
}
static_assert(sorted_by(kPlaceIdentityRows, &PlaceIdentityRow::key),
              "place identities must be sorted by key");
static_assert(sorted_by(kPlaceAliasRows, &PlaceAliasRow::alias),
              "place aliases must be sorted by spelling");
static_assert(sorted_by(kPlaceAbbreviationRows, &PlaceAliasRow::alias),
              "state abbreviations must be sorted");

const PlaceIdentityRow* find_row(std::string_view key) noexcept {
    const auto it = std::lower_bound(
        std::begin(kPlaceIdentityRows), std::end(kPlaceIdentityRows), key,
        [](const PlaceIdentityRow& row, std::string_view k) { return row.key < k; });
    return it != std::end(kPlaceIdentityRows) && it->key == key ? &*it : nullptr;
}

}  // namespace

const PlaceIdentityRow* find_place_identity(std::string_view key) noexcept {
    if (const PlaceIdentityRow* row = find_row(key)) return row;
    const auto it = std::lower_bound(
        std::begin(kPlaceAliasRows), std::end(kPlaceAliasRows), key,
        [](const PlaceAliasRow& row, std::string_view k) { return row.alias < k; });
    if (it == std::end(kPlaceAliasRows) || it->alias != key) return nullptr;
    return find_row(it->key);
}

const PlaceIdentityRow* find_state_abbreviation(std::string_view written) noexcept {
    const auto it = std::lower_bound(
        std::begin(kPlaceAbbreviationRows), std::end(kPlaceAbbreviationRows), written,
        [](const PlaceAliasRow& row, std::string_view w) { return row.alias < w; });
    if (it == std::end(kPlaceAbbreviationRows) || it->alias != written) return nullptr;
    return find_row(it->key);
}

const PlaceIdentityRow* find_place_by_geonameid(std::uint32_t geonameid) noexcept {
    if (geonameid == 0) return nullptr;
    for (const PlaceGeonameRow& row : kPlaceGeonameRows) {
        if (row.geonameid == geonameid) return find_row(row.key);
    }
    // A few hundred rows, looked up once per resolved place: a scan is fine.
    const auto it =
        std::find_if(std::begin(kPlaceIdentityRows), std::end(kPlaceIdentityRows),
                     [&](const PlaceIdentityRow& row) { return row.geonameid == geonameid; });
    return it != std::end(kPlaceIdentityRows) ? &*it : nullptr;
}

const PlaceIdentityRow* country_on_day(std::string_view code, std::uint32_t region_geonameid,
                                       int day) noexcept {
    if (day != 0) {
        // Region rows come before a country's whole-country row; a country
        // whose rows name regions only holds none but them.
        bool split = false;
        for (const HistoricalTerritoryRow& row : kHistoricalTerritoryRows) {
            if (row.country != code || day < row.since || day > row.until) continue;
            if (row.region == 0 || row.region == region_geonameid) return find_row(row.key);
            split = true;
        }
        if (split) return nullptr;
    }
    return find_row(code);
}

const PlaceIdentityRow* divided_country_name_on_day(std::string_view code, int day) noexcept {
    if (day == 0) return nullptr;
    // Region rows of one historical country are consecutive in the table.
    std::string_view best;
    std::size_t best_regions = 0;
    std::string_view current;
    std::size_t regions = 0;
    const auto close = [&] {
        if (regions > best_regions) {
            best = current;
            best_regions = regions;
        }
    };
    for (const HistoricalTerritoryRow& row : kHistoricalTerritoryRows) {
        if (row.country != code || day < row.since || day > row.until) continue;
        if (row.region == 0) return nullptr;  // a whole country held the rest: not divided
        if (row.key != current) {
            close();
            current = row.key;
            regions = 0;
        }
        ++regions;
    }
    close();
    return best.empty() ? nullptr : find_row(best);
}

std::string geonames_key(std::uint32_t geonameid) {
    std::string key(kGeonamesPrefix);
    key += std::to_string(geonameid);
    return key;
}

std::optional<std::uint32_t> geonameid_of_key(std::string_view key) noexcept {
    if (!key.starts_with(kGeonamesPrefix)) return std::nullopt;
    const std::string_view digits = key.substr(kGeonamesPrefix.size());
    std::uint32_t id = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (error != std::errc{} || end != digits.data() + digits.size() || id == 0)
        return std::nullopt;
    return id;
}

Entity place_identity(const Entity& place) {
    const auto known = [](const PlaceIdentityRow& row) {
        return Entity{std::string(row.key), std::string(row.name)};
    };
    if (const PlaceIdentityRow* row = find_place_identity(place.key)) return known(*row);
    if (geonameid_of_key(place.key)) return place;
    if (const PlaceIdentityRow* row = find_place_identity(canonical_key(place.name)))
        return known(*row);
    return entity_identity(place);
}

std::vector<std::string> place_terms(const Entity& place) {
    std::vector<std::string> terms{place_identity(place).key};
    for (std::string key : {place.key, canonical_key(place.name)}) {
        if (key.empty() || find_place_identity(key) != nullptr) continue;
        if (std::find(terms.begin(), terms.end(), key) == terms.end())
            terms.push_back(std::move(key));
    }
    return terms;
}

std::string place_query_key(std::string_view value) {
    std::string key = canonical_key(value);
    if (const PlaceIdentityRow* row = find_place_identity(key)) return std::string(row->key);
    return key;
}

std::size_t place_identity_count() noexcept { return std::size(kPlaceIdentityRows); }
std::size_t place_alias_count() noexcept { return std::size(kPlaceAliasRows); }

}  // namespace dateline::schema
