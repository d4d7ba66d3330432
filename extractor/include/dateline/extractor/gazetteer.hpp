#pragma once
// The place gazetteer: place name -> canonical place, with its kind and country.
//
// Keys are schema::canonical_key() of a name ("U.S." -> "u-s"), so any
// spelling that folds to the same key finds the same place. Each key maps to
// one place: when names collide the builder keeps countries first, then the
// most populous place (see gazetteer_builder.hpp).
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
};

/// On-disk record (24 bytes); public only so the builder and reader share it.
struct PackedPlace {
    std::uint32_t key_offset;
    std::uint32_t name_offset;
    std::uint32_t country_offset;
    std::uint16_t key_length;
    std::uint16_t name_length;
    std::uint16_t country_length;
    std::uint8_t kind;
    std::uint8_t reserved;
    std::uint32_t population;
};

class Gazetteer {
  public:
    /// An empty gazetteer (finds nothing).
    Gazetteer();
    /// Reads gazetteer.bin. Throws ModelError if missing, truncated or of
    /// another format version.
    static Gazetteer load(const std::filesystem::path& path);

    /// Looks a canonical key up ("united-states", "u-s").
    [[nodiscard]] std::optional<Place> find_key(std::string_view key) const noexcept;
    /// Looks a name up by its canonical key.
    [[nodiscard]] std::optional<Place> find(std::string_view name) const;

    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    /// Most words in any name (bounds multi-word matching in the tagger).
    [[nodiscard]] std::size_t max_words() const noexcept { return max_words_; }

  private:
    std::shared_ptr<const detail::FileBlob> blob_;
    std::span<const PackedPlace> entries_;
    std::span<const std::uint32_t> table_;
    std::string_view pool_;
    std::size_t max_words_ = 0;
};

}  // namespace dateline::extractor
