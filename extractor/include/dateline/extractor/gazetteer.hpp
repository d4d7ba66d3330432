#pragma once
// The place gazetteer: place name -> the places it may name, with their kind,
// country, region, GeoNames id and population.
//
// Keys are schema::canonical_key() of a name ("U.S." -> "u-s"), so any
// spelling that folds to the same key finds the same places. find_key()
// gives the place a key names first: when names collide the builder puts
// countries first, then the most populous place (see gazetteer_builder.hpp);
// candidates() gives them all, for resolution by evidence
// (place_resolver.hpp).
//
// The binary file (gazetteer.bin) is read in one go into aligned memory and
// used in place: fixed-size records, an open-addressing hash table and a
// string pool, so loading costs one read and no per-entry parsing.
// A loaded Gazetteer is immutable and safe to share between threads.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "dateline/extractor/binary_io_fwd.hpp"

namespace dateline::extractor {

enum class PlaceKind : std::uint8_t { Country = 1, Region = 2, City = 3 };

/// "country", "region", "city".
[[nodiscard]] std::string_view place_kind_name(PlaceKind kind) noexcept;

/// A country's name as news and metadata write it: without a leading "The"
/// ("The Netherlands" -> "Netherlands", as GeoNames now spells it), so that
/// the extracted place and a "places: Netherlands" header are one facet row.
/// City names keep theirs ("The Hague" is the city's name, not an article).
[[nodiscard]] std::string_view country_display_name(std::string_view name) noexcept;

/// A gazetteer entry. The views point into the Gazetteer and live as long as it.
/// A country's name (and every entry's country) is its country_display_name().
struct Place {
    std::string_view name;  ///< canonical display name ("United States", "Baghdad")
    PlaceKind kind = PlaceKind::City;
    std::string_view country;  ///< display name of its country; for a country, itself;
                               ///< empty if unknown
    std::uint32_t population = 0;
    std::uint32_t geonameid = 0;  ///< GeoNames id; 0 for a historical country
    /// GeoNames id of the first-level region (a US state) a city lies in; 0
    /// if unknown, and for regions and countries.
    std::uint32_t region_geonameid = 0;
    std::string_view country_code;  ///< ISO alpha-2, lower case; "" for a historical country
    bool capital = false;           ///< a country's capital (GeoNames PPLC)
    /// Named so by one of its alternate names only ("Venice" for Dayton, the
    /// town's name of 1805; "Geneva" for Genève): a weaker claim on the name.
    bool alternate_name = false;
    /// A section of a larger city (GeoNames PPLX: Venice, Los Angeles;
    /// Jamaica, Queens), not a town of its own.
    bool section = false;
    /// A town of the small-town list: a place only where a qualifier names
    /// its country or state ("Troy, N.C."), never by a bare name.
    bool small_town = false;
};

/// On-disk record (36 bytes); public only so the builder and reader share it.
struct PackedPlace {
    std::uint32_t key_offset;
    std::uint32_t name_offset;
    std::uint32_t country_offset;
    std::uint16_t key_length;
    std::uint16_t name_length;
    std::uint16_t country_length;
    std::uint8_t kind;
    std::uint8_t flags;  ///< kCapitalFlag, kResolutionOnlyFlag, kAlternateNameFlag, kSectionFlag
    std::uint32_t population;
    std::uint32_t geonameid;
    std::uint32_t region_geonameid;
    /// On the first record of a key: how many records (itself included) the
    /// key has, consecutive in the array; 0 on the others.
    std::uint16_t candidates;
    char country_code[2];  ///< ISO alpha-2, lower case; zeros if none
};

/// PackedPlace::flags: the place is its country's capital.
inline constexpr std::uint8_t kCapitalFlag = 1;
/// PackedPlace::flags: a name only the resolver reads (English exonyms of
/// cities under a million: "Antwerp", "Cologne"), not the tagger's feature,
/// so that adding one leaves the model's input as it was trained.
inline constexpr std::uint8_t kResolutionOnlyFlag = 2;
/// PackedPlace::flags: the key is one of the place's alternate names only.
inline constexpr std::uint8_t kAlternateNameFlag = 4;
/// PackedPlace::flags: the place is a section of a city (GeoNames PPLX).
inline constexpr std::uint8_t kSectionFlag = 8;
/// PackedPlace::flags: a town of the small-town list (under 15,000 people),
/// a place only where a qualifier confirms it; always resolution-only.
inline constexpr std::uint8_t kSmallTownFlag = 16;

class Gazetteer {
  public:
    /// An empty gazetteer (finds nothing).
    Gazetteer();
    /// Reads gazetteer.bin. Throws ModelError if missing, truncated or of
    /// another format version.
    static Gazetteer load(const std::filesystem::path& path);

    /// Looks a canonical key up ("united-states", "u-s"): the place the key
    /// names first (the precedence of gazetteer_builder.hpp). The tagger's
    /// gazetteer feature reads this; names the resolver alone reads are not
    /// found here.
    [[nodiscard]] std::optional<Place> find_key(std::string_view key) const noexcept;
    /// Looks a name up by its canonical key.
    [[nodiscard]] std::optional<Place> find(std::string_view name) const;

    /// Every place a canonical key may name, the one find_key() gives first
    /// (if any), then the others in order of precedence ("paris": Paris,
    /// France; Paris, Texas; …). Empty when the key names none.
    [[nodiscard]] std::vector<Place> candidates(std::string_view key) const;

    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    /// Most words in any name (bounds multi-word matching in the tagger).
    [[nodiscard]] std::size_t max_words() const noexcept { return max_words_; }

  private:
    /// The records of `key`, the first one first; empty if none.
    [[nodiscard]] std::span<const PackedPlace> entries_of(std::string_view key) const noexcept;
    [[nodiscard]] Place unpack(const PackedPlace& entry) const noexcept;

    std::shared_ptr<const detail::FileBlob> blob_;
    std::span<const PackedPlace> entries_;
    std::span<const std::uint32_t> table_;
    std::string_view pool_;
    std::size_t max_words_ = 0;
};

}  // namespace dateline::extractor
