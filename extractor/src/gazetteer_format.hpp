#pragma once
// Private: the gazetteer.bin layout shared by Gazetteer (reader) and the
// builder. Layout: magic, u64 entry count, u64 table capacity (power of two),
// u64 string pool size, u64 max words; PackedPlace[entry count];
// u32 table[capacity] (index + 1 of a key's first entry, 0 = empty, linear
// probing from gazetteer_hash(key)); char pool[pool size]. Arrays are 8-byte
// aligned. A key's entries are consecutive, the first holding their count.
// Version 002 added GeoNames ids, regions, country codes and the candidates.

#include <cstdint>
#include <string_view>

#include "hash.hpp"

namespace dateline::extractor::detail {

inline constexpr std::string_view kGazetteerMagic = "DLGAZ002";

[[nodiscard]] inline std::uint64_t gazetteer_hash(std::string_view key) noexcept {
    return hash_bytes(key, 0x47415a);  // "GAZ"
}

}  // namespace dateline::extractor::detail
