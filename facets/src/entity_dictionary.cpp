#include "dateline/facets/entity_dictionary.hpp"

#include <functional>
#include <limits>
#include <stdexcept>

namespace dateline::facets {

namespace {

constexpr std::size_t kMinSlots = 16;

std::size_t hash_of(std::string_view key, std::string_view name) {
    // Combined so that ("ab", "c") and ("a", "bc") hash apart.
    const std::size_t k = std::hash<std::string_view>{}(key);
    const std::size_t n = std::hash<std::string_view>{}(name);
    return k ^ (n + 0x9e3779b97f4a7c15U + (k << 6U) + (k >> 2U));
}

}  // namespace

std::string_view EntityDictionary::key(std::uint32_t pair) const {
    const Pair& p = pairs_[pair];
    return std::string_view(text_).substr(p.start, p.key_size);
}

std::string_view EntityDictionary::name(std::uint32_t pair) const {
    const Pair& p = pairs_[pair];
    return std::string_view(text_).substr(std::size_t{p.start} + p.key_size, p.name_size);
}

std::size_t EntityDictionary::slot_of(std::string_view key, std::string_view name) const {
    // Linear probing from the hash; the size is a power of two.
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash_of(key, name) & mask;
    while (slots_[slot] != 0 &&
           (this->key(slots_[slot] - 1) != key || this->name(slots_[slot] - 1) != name)) {
        slot = (slot + 1) & mask;
    }
    return slot;
}

void EntityDictionary::grow_table() {
    std::vector<std::uint32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? kMinSlots : 2 * old.size(), 0);
    for (const std::uint32_t entry : old) {
        if (entry != 0) slots_[slot_of(key(entry - 1), name(entry - 1))] = entry;
    }
}

std::uint32_t EntityDictionary::add(std::string_view key, std::string_view name) {
    // The table is kept at most half full, so that probes stay short.
    if (2 * (pairs_.size() + 1) > slots_.size()) grow_table();
    const std::size_t slot = slot_of(key, name);
    if (slots_[slot] != 0) return slots_[slot] - 1;
    if (text_.size() + key.size() + name.size() > std::numeric_limits<std::uint32_t>::max() ||
        pairs_.size() >= std::numeric_limits<std::int32_t>::max())
        throw std::length_error("EntityDictionary: over 4 GB of text or 2^31 pairs");
    const auto number = static_cast<std::uint32_t>(pairs_.size());
    pairs_.push_back(Pair{static_cast<std::uint32_t>(text_.size()),
                          static_cast<std::uint32_t>(key.size()),
                          static_cast<std::uint32_t>(name.size())});
    text_.append(key);
    text_.append(name);
    slots_[slot] = number + 1;
    return number;
}

}  // namespace dateline::facets
