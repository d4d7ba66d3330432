#pragma once
// Name-list membership: is a word a known given name or surname?
//
// Built from the shared name lists (US Census 1990 first and last names,
// Moby English given names, cspell people names) and stored inside the model
// file, so the tagger needs no other file at run time. Lookups are
// case-insensitive for ASCII; a set of 64-bit hashes, so a rare false
// positive is possible and harmless (it only feeds a feature).

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace dateline::extractor {

namespace detail {
class BlobReader;
class BlobWriter;
}  // namespace detail

enum NameFlags : std::uint8_t {
    kGivenName = 1,  ///< a census or Moby given name
    kSurname = 2,    ///< a census surname (among the most frequent)
    kOtherName = 4,  ///< in the mixed cspell people-names list
};

class NameList {
  public:
    /// Adds a name with flags (ORed with flags already present).
    void add(std::string_view name, std::uint8_t flags);
    /// The flags of a word, 0 if it is in no list.
    [[nodiscard]] std::uint8_t flags(std::string_view word) const noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return count_; }

    /// Reads the lists under names_dir (layout of shared/data/names). Only
    /// the max_surname_rank most frequent census surnames are kept.
    /// Throws InputError if a list is missing.
    static NameList from_shared_lists(const std::filesystem::path& names_dir,
                                      std::size_t max_surname_rank);

    void write(detail::BlobWriter& out) const;
    static NameList read(detail::BlobReader& in);

  private:
    void grow();
    std::vector<std::uint64_t> slots_;  // hash with the low 3 bits replaced by flags; 0 = empty
    std::size_t count_ = 0;
};

}  // namespace dateline::extractor
