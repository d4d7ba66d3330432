#include "dateline/extractor/gazetteer.hpp"

#include "binary_io.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/schema/entity.hpp"
#include "gazetteer_format.hpp"

namespace dateline::extractor {

std::string_view place_kind_name(PlaceKind kind) noexcept {
    switch (kind) {
        case PlaceKind::Country:
            return "country";
        case PlaceKind::Region:
            return "region";
        case PlaceKind::City:
            return "city";
    }
    return "city";
}

std::string_view country_display_name(std::string_view name) noexcept {
    constexpr std::string_view kArticle = "The ";
    if (name.size() > kArticle.size() && name.starts_with(kArticle))
        name.remove_prefix(kArticle.size());
    return name;
}

Gazetteer::Gazetteer() = default;

Gazetteer Gazetteer::load(const std::filesystem::path& path) {
    auto blob = std::make_shared<detail::FileBlob>(detail::FileBlob::read(path));
    detail::BlobReader in(blob->data(), blob->size(), path.string());
    in.expect_magic(detail::kGazetteerMagic);
    const auto entry_count = static_cast<std::size_t>(in.u64());
    const auto capacity = static_cast<std::size_t>(in.u64());
    const auto pool_size = static_cast<std::size_t>(in.u64());
    const auto max_words = static_cast<std::size_t>(in.u64());
    if (capacity == 0 || (capacity & (capacity - 1)) != 0)
        throw ModelError(path.string() + ": bad table size");
    Gazetteer g;
    g.entries_ = in.array<PackedPlace>(entry_count);
    g.table_ = in.array<std::uint32_t>(capacity);
    const auto pool = in.array<char>(pool_size);
    g.pool_ = std::string_view(pool.data(), pool.size());
    g.max_words_ = max_words;
    for (std::size_t i = 0; i < g.entries_.size(); ++i) {
        const PackedPlace& e = g.entries_[i];
        if (std::size_t{e.key_offset} + e.key_length > pool_size ||
            std::size_t{e.name_offset} + e.name_length > pool_size ||
            std::size_t{e.country_offset} + e.country_length > pool_size ||
            i + e.candidates > g.entries_.size()) {
            throw ModelError(path.string() + ": corrupt entry");
        }
    }
    for (const std::uint32_t slot : g.table_) {
        if (slot > g.entries_.size() || (slot != 0 && g.entries_[slot - 1].candidates == 0))
            throw ModelError(path.string() + ": corrupt table");
    }
    g.blob_ = std::move(blob);
    return g;
}

std::span<const PackedPlace> Gazetteer::entries_of(std::string_view key) const noexcept {
    if (table_.empty() || key.empty()) return {};
    const std::size_t mask = table_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(detail::gazetteer_hash(key)) & mask;;
         i = (i + 1) & mask) {
        const std::uint32_t slot = table_[i];
        if (slot == 0) return {};
        const PackedPlace& e = entries_[slot - 1];
        if (pool_.substr(e.key_offset, e.key_length) == key)
            return entries_.subspan(slot - 1, e.candidates);
    }
}

Place Gazetteer::unpack(const PackedPlace& e) const noexcept {
    const auto kind = static_cast<PlaceKind>(e.kind);
    std::string_view name = pool_.substr(e.name_offset, e.name_length);
    if (kind == PlaceKind::Country) name = country_display_name(name);
    const std::size_t code_length = e.country_code[0] == 0 ? 0 : 2;
    return Place{name,
                 kind,
                 country_display_name(pool_.substr(e.country_offset, e.country_length)),
                 e.population,
                 e.geonameid,
                 e.region_geonameid,
                 std::string_view(e.country_code, code_length),
                 (e.flags & kCapitalFlag) != 0,
                 (e.flags & kAlternateNameFlag) != 0,
                 (e.flags & kSectionFlag) != 0,
                 (e.flags & kSmallTownFlag) != 0};
}

std::optional<Place> Gazetteer::find_key(std::string_view key) const noexcept {
    const auto entries = entries_of(key);
    if (entries.empty() || (entries.front().flags & kResolutionOnlyFlag) != 0) return std::nullopt;
    return unpack(entries.front());
}

std::vector<Place> Gazetteer::candidates(std::string_view key) const {
    std::vector<Place> places;
    for (const PackedPlace& e : entries_of(key)) places.push_back(unpack(e));
    return places;
}

std::optional<Place> Gazetteer::find(std::string_view name) const {
    return find_key(schema::canonical_key(name));
}

}  // namespace dateline::extractor
