#pragma once
// The trained tagger weights (ner.model): a feature-hashed weight table of the
// averaged perceptron, stored sparsely, plus the name lists and the word
// clusters the features use.
//
// Layout of the table: feature hash -> row (its top row_bits bits); a row has
// one weight per tag. Only non-zero rows are stored, as int16 (weights scaled
// by a per-model factor), found through a bitmap with per-64-row rank counts,
// so a lookup is one bit test and a popcount. The file is read in one go and
// used in place. A loaded model is immutable and safe to share between threads.

#include <bit>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/extractor/binary_io_fwd.hpp"
#include "dateline/extractor/name_list.hpp"
#include "dateline/extractor/tags.hpp"
#include "dateline/extractor/word_clusters.hpp"

namespace dateline::extractor {

/// How a sentence's tags are chosen; a model is trained for one of them.
enum class Decoder : std::uint8_t {
    Viterbi = 0,  ///< the best tag sequence under first-order transitions
    Greedy = 1,   ///< left to right, each tag given the one before
};

/// "viterbi", "greedy".
[[nodiscard]] std::string_view decoder_name(Decoder decoder) noexcept;

class NerModel {
  public:
    /// Reads ner.model. Throws ModelError if missing, truncated, or written for
    /// another format or feature set.
    static NerModel load(const std::filesystem::path& path);

    /// Builds a model from dense per-row weights (row-major, kTagCount per
    /// row), quantising to int16. Used by the trainer.
    static NerModel from_dense(std::span<const float> weights, unsigned row_bits, Decoder decoder,
                               NameList names, WordClusters clusters, std::string info);

    /// Writes the model file.
    void save(const std::filesystem::path& path) const;

    /// Adds the weights of one feature to the per-tag scores.
    void add_scores(std::uint64_t feature, std::int32_t* scores) const noexcept {
        const std::int16_t* w = weights_of(feature);
        if (w == nullptr) return;
        for (std::size_t t = 0; t < kTagCount; ++t) scores[t] += w[t];
    }

    /// The kTagCount weights of one feature, or nullptr when they are all
    /// zero (the row is not stored).
    [[nodiscard]] const std::int16_t* weights_of(std::uint64_t feature) const noexcept {
        const std::uint64_t row = feature >> shift_;
        const RowBlock& block = blocks_[row >> 6U];
        const std::uint64_t bit = std::uint64_t{1} << (row & 63U);
        if ((block.bits & bit) == 0) return nullptr;
        const std::size_t index = block.rank + bits_set(block.bits & (bit - 1));
        return rows_.data() + index * kTagCount;
    }

    /// Starts loading the bitmap word and rank count weights_of(feature)
    /// reads first. The table is megabytes and a sentence's features land
    /// all over it: a lookup is a chain of two cache misses (bitmap, then
    /// row), and issuing the first misses of many features before using any
    /// lets them overlap (sentence_scorer.hpp).
    void prefetch(std::uint64_t feature) const noexcept {
        __builtin_prefetch(&blocks_[(feature >> shift_) >> 6U]);
    }

    /// weights_of() of every feature in `features`, into `rows` (resized to
    /// match): all their first loads are started before any is read, then
    /// each row's, so the misses of a sentence's features overlap.
    void weights_of_all(std::span<const std::uint64_t> features,
                        std::vector<const std::int16_t*>& rows) const {
        for (const std::uint64_t feature : features) prefetch(feature);
        rows.resize(features.size());
        for (std::size_t k = 0; k < features.size(); ++k) {
            rows[k] = weights_of(features[k]);
            if (rows[k] != nullptr) __builtin_prefetch(rows[k]);
        }
    }

    /// The decoder the weights were trained for.
    [[nodiscard]] Decoder decoder() const noexcept { return decoder_; }
    [[nodiscard]] const NameList& names() const noexcept { return *names_; }
    [[nodiscard]] const WordClusters& clusters() const noexcept { return *clusters_; }
    /// Free-form training record (JSON: epochs, seed, data, dev scores).
    [[nodiscard]] const std::string& info() const noexcept { return info_; }
    [[nodiscard]] std::size_t stored_rows() const noexcept { return rows_.size() / kTagCount; }
    [[nodiscard]] std::size_t file_bytes() const noexcept;

  private:
    NerModel() = default;

    // The number of bits set in `word`. std::popcount compiles to a call to
    // libgcc's table-driven __popcountdi2 on baseline x86-64, which has no
    // popcnt instruction (3.5 % of extraction in a profile); this is the
    // branch-free SWAR count, inlined, or the instruction where there is one.
    static std::size_t bits_set(std::uint64_t word) noexcept {
#if defined(__POPCNT__) || !defined(__x86_64__)
        return static_cast<std::size_t>(std::popcount(word));
#else
        word -= (word >> 1U) & 0x5555555555555555ULL;
        word = (word & 0x3333333333333333ULL) + ((word >> 2U) & 0x3333333333333333ULL);
        word = (word + (word >> 4U)) & 0x0F0F0F0F0F0F0F0FULL;
        return static_cast<std::size_t>((word * 0x0101010101010101ULL) >> 56U);
#endif
    }
    static NerModel parse(std::shared_ptr<const detail::FileBlob> blob, const std::string& what);

    std::shared_ptr<const detail::FileBlob> blob_;
    /// The file's bitmap word and rank count of 64 rows, side by side: in
    /// the file they are two arrays, so every lookup read two cache lines
    /// before its row; here one. (16 bytes, so none straddles a line.)
    struct RowBlock {
        std::uint64_t bits;
        std::uint64_t rank;
    };
    std::vector<RowBlock> blocks_;
    std::span<const std::int16_t> rows_;
    unsigned shift_ = 64;
    Decoder decoder_ = Decoder::Viterbi;
    std::shared_ptr<const NameList> names_;
    std::shared_ptr<const WordClusters> clusters_;
    std::string info_;
};

}  // namespace dateline::extractor
