#pragma once
// The distinct (key, name) pairs of one entity field, numbered 0, 1, 2, ...
// in the order first met: what the facet store's builder gathers for each
// column before writing its dictionary (facet_store_builder.cpp). Each new
// pair's key and name go back to back into one buffer, found again through
// an open-addressing table of pair numbers: about 20 bytes per pair beside
// the text, where an unordered_map keyed by std::string plus a vector of
// string pairs cost about 250 (a million synthetic articles have half a
// million organisation pairs, so the store's build peaked at 503 MB).
//
// Not thread-safe for writing; const member functions may run concurrently.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::facets {

class EntityDictionary {
  public:
    /// The number of the pair (`key`, `name`), added (the next number) when
    /// new. Throws std::length_error past 4 GB of text or 2^31 pairs.
    std::uint32_t add(std::string_view key, std::string_view name);

    /// The key and the name of pair number `pair` (< size()); valid until
    /// the next add().
    [[nodiscard]] std::string_view key(std::uint32_t pair) const;
    [[nodiscard]] std::string_view name(std::uint32_t pair) const;

    /// How many distinct pairs were added.
    [[nodiscard]] std::uint32_t size() const noexcept {
        return static_cast<std::uint32_t>(pairs_.size());
    }

  private:
    // A pair's key at text_[start, start + key_size), its name right after.
    struct Pair {
        std::uint32_t start;
        std::uint32_t key_size;
        std::uint32_t name_size;
    };

    void grow_table();
    [[nodiscard]] std::size_t slot_of(std::string_view key, std::string_view name) const;

    std::string text_;
    std::vector<Pair> pairs_;
    std::vector<std::uint32_t> slots_;  // pair number + 1 per slot, 0 for an empty slot
};

}  // namespace dateline::facets
