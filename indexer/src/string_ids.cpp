#include "dateline/indexer/string_ids.hpp"

#include <functional>
#include <limits>
#include <stdexcept>

namespace dateline::indexer {

namespace {

constexpr std::size_t kMinSlots = 16;

}  // namespace

std::string_view StringIds::text(std::uint32_t id) const {
    return std::string_view(text_).substr(starts_[id], starts_[id + 1] - starts_[id]);
}

std::size_t StringIds::slot_of(std::string_view text) const {
    // Linear probing from the hash; the size is a power of two.
    const std::size_t mask = slots_.size() - 1;
    const std::size_t hash = std::hash<std::string_view>{}(text);
    std::size_t slot = hash & mask;
    while (slots_[slot] != 0 && this->text(slots_[slot] - 1) != text) slot = (slot + 1) & mask;
    return slot;
}

void StringIds::grow_table() {
    std::vector<std::uint32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? kMinSlots : 2 * old.size(), 0);
    for (const std::uint32_t entry : old) {
        if (entry != 0) slots_[slot_of(text(entry - 1))] = entry;
    }
}

std::optional<std::uint32_t> StringIds::find(std::string_view text) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint32_t entry = slots_[slot_of(text)];
    if (entry == 0) return std::nullopt;
    return entry - 1;
}

std::uint32_t StringIds::add(std::string_view text) {
    // The table is kept at most half full, so that probes stay short.
    if (2 * (size() + 1) > slots_.size()) grow_table();
    const std::size_t slot = slot_of(text);
    if (slots_[slot] != 0) return slots_[slot] - 1;
    if (text_.size() + text.size() > std::numeric_limits<std::uint32_t>::max() ||
        size() >= std::numeric_limits<std::int32_t>::max())
        throw std::length_error("StringIds: over 4 GB of text or 2^31 strings");
    const auto id = static_cast<std::uint32_t>(size());
    text_.append(text);
    starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    slots_[slot] = id + 1;
    return id;
}

}  // namespace dateline::indexer
