#pragma once
// Private: the 64-bit string hash shared by feature hashing, the name list and
// the gazetteer table. Changing it invalidates every model file, so the file
// headers carry a format version that must be bumped with it.

#include <cstdint>
#include <string_view>

namespace dateline::extractor::detail {

/// Finaliser of MurmurHash3: spreads every input bit over the whole word.
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
    x ^= x >> 33U;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33U;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33U;
    return x;
}

/// FNV-1a over the bytes, seeded, then mixed. Not cryptographic.
[[nodiscard]] constexpr std::uint64_t hash_bytes(std::string_view bytes,
                                                 std::uint64_t seed = 0) noexcept {
    std::uint64_t h = 0xcbf29ce484222325ULL ^ mix64(seed + 0x9e3779b97f4a7c15ULL);
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return mix64(h);
}

/// Combines two hashes (order matters).
[[nodiscard]] constexpr std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b) noexcept {
    return mix64(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6U) + (a >> 2U)));
}

}  // namespace dateline::extractor::detail
