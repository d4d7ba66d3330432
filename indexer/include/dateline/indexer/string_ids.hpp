#pragma once
// Distinct strings numbered 0, 1, 2, ... in the order first seen, each kept
// once, back to back in one buffer, with an open-addressing table of ids to
// find them: about 12 bytes beside the text per string, where a std::map or
// std::unordered_map of std::string costs 60 to 100. The alias step counts
// the entities of the whole archive with it (count_entities(), half a
// million organisation names in a million articles) and a new generation
// remembers the ids of the articles it wrote (new_generation.hpp).
//
// Not thread-safe for writing; const member functions may run concurrently.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::indexer {

class StringIds {
  public:
    /// The id of `text`, added (the next number) when it is new. Throws
    /// std::length_error past 4 GB of text or 2^31 strings.
    std::uint32_t add(std::string_view text);
    /// The id of `text`, if it was added.
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view text) const;
    /// The string numbered `id` (< size()); valid until the next add().
    [[nodiscard]] std::string_view text(std::uint32_t id) const;
    /// How many distinct strings were added.
    [[nodiscard]] std::size_t size() const noexcept { return starts_.size() - 1; }

  private:
    void grow_table();
    [[nodiscard]] std::size_t slot_of(std::string_view text) const;

    std::string text_;                      // every string, back to back
    std::vector<std::uint32_t> starts_{0};  // string id is text_[starts_[id], starts_[id + 1])
    std::vector<std::uint32_t> slots_;      // id + 1 per slot, 0 for an empty slot
};

}  // namespace dateline::indexer
