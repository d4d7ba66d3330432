#pragma once
// Word clusters: word -> distributional class at several granularities.
//
// Learnt from unlabelled newswire (Reuters-21578 bodies plus the CoNLL
// training text, see cluster_builder.hpp) and stored inside the model file.
// Each known word has one class per level, coarse to fine; the levels nest
// (a fine class lies inside exactly one coarse class), so they act like the
// bit-string prefixes of Brown clusters. Lookups are case-sensitive (clusters
// separate "Bush" from "bush"); cluster_of() falls back to the title-case form
// of an all-caps word ("BAGHDAD" -> "Baghdad") and then to the lower-case form.
// A table of 64-bit hashes, so a rare false match is possible and harmless.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "dateline/extractor/binary_io_fwd.hpp"

namespace dateline::extractor {

/// Cluster granularities stored per word.
inline constexpr std::size_t kClusterLevels = 4;

/// Class ids of one word, coarse to fine, each 1-based (0 = unknown word).
using ClusterPath = std::array<std::uint16_t, kClusterLevels>;

class WordClusters {
  public:
    /// Adds (or replaces) a word's classes. Ids must be < 65535.
    void add(std::string_view word, const ClusterPath& path);
    /// The classes of a word exactly as written; all 0 if unknown.
    [[nodiscard]] ClusterPath find(std::string_view word) const noexcept;
    /// find(), then the title-case form of an all-caps word, then lower case.
    [[nodiscard]] ClusterPath cluster_of(std::string_view word) const;
    [[nodiscard]] std::size_t size() const noexcept { return count_; }
    [[nodiscard]] bool empty() const noexcept { return count_ == 0; }

    /// A table on its own in a file (a cache for training runs); load()
    /// throws ModelError when the file is missing or malformed.
    void save(const std::filesystem::path& path) const;
    static WordClusters load(const std::filesystem::path& path);

    void write(detail::BlobWriter& out) const;
    static WordClusters read(detail::BlobReader& in);

  private:
    void grow();
    std::vector<std::uint64_t> keys_;  // word hash, 0 = empty slot
    std::vector<ClusterPath> paths_;
    std::size_t count_ = 0;
};

}  // namespace dateline::extractor
