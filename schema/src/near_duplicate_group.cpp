#include "dateline/schema/near_duplicate_group.hpp"

#include <xxhash.h>

#include <cstdint>

namespace dateline::schema {

namespace {
// Separates the id from the hash: ids are text, never a control character.
constexpr char kSeparator = '\x1f';
}  // namespace

std::string near_duplicate_group_key(std::string_view leader_id, const Signature& signature) {
    const std::string bytes = encode_signature(signature);
    std::uint64_t hash = XXH3_64bits(bytes.data(), bytes.size());
    std::string key(leader_id);
    key += kSeparator;
    std::string hex(16, '0');
    for (auto digit = hex.rbegin(); digit != hex.rend(); ++digit, hash >>= 4U) {
        *digit = "0123456789abcdef"[hash & 0xFU];
    }
    return key + hex;
}

std::string_view near_duplicate_group_leader(std::string_view key) {
    const auto separator = key.rfind(kSeparator);
    if (separator == std::string_view::npos) return {};
    return key.substr(0, separator);
}

}  // namespace dateline::schema
