#pragma once
// Learning word clusters (word_clusters.hpp) from unlabelled text with the
// exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998): words
// are moved one at a time to the class that most increases the likelihood of
// a class-bigram model, sum N(c,d) log N(c,d) - 2 sum N(c) log N(c), until an
// iteration moves none or the iteration limit is reached. The finest level
// clusters words; each coarser level clusters the classes of the level below
// (their class-bigram counts) with the same algorithm, so the levels nest.
//
// Deterministic: words are visited in order of frequency (ties by bytes),
// start in class (rank mod classes), and ties keep the current class, so the
// same corpus always gives the same table.

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "dateline/extractor/word_clusters.hpp"

namespace dateline::extractor {

struct ClusterOptions {
    /// Classes per level, coarse to fine. Default: 16, 64, 256, 1024.
    std::array<std::size_t, kClusterLevels> classes = {16, 64, 256, 1024};
    /// Words seen fewer times are not clustered (they stay unknown). Default: 3.
    std::size_t min_count = 3;
    /// Upper bound on exchange iterations per level. Default: 12.
    std::size_t iterations = 12;
};

/// Clusters the words of the given sentences (tokens as the tagger sees them).
[[nodiscard]] WordClusters build_word_clusters(
    const std::vector<std::vector<std::string>>& sentences, const ClusterOptions& options = {});

}  // namespace dateline::extractor
