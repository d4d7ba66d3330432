#pragma once
// Near-duplicate signatures (issue 10, item 6): the MinHash an article's
// near-duplicate value slot is to hold, and the hashes of its LSH bands, from
// which band terms are to be made. Defined here because the slot's contents
// are part of the index layout. The indexer stores every article's signature
// in slot::kSignature; the grouping of articles (near_duplicate_group.hpp,
// indexer/near_duplicate_grouping.hpp) reads the slots back and finds
// candidates by the bands.
//
// A signature is a MinHash of the article's set of word shingles (runs of
// kShingleWords words of the accent-folded, lower-cased title and body).
// The share of equal positions in two signatures estimates the Jaccard
// similarity of the two shingle sets. MinHash rather than SimHash: its
// estimate is of a similarity one can state and check (the share of shared
// word runs), it can be banded so that candidates are found by exact term
// lookups (a band hash is an ordinary key), and it stays meaningful
// on the short items of wire archives, where SimHash's 64 bits of weighted
// features flip many bits for a one-line change.
//
// Banding: the kMinHashes values are cut into kBands bands of kRowsPerBand;
// two articles sharing one band's values are candidates. With 16 bands of 4
// rows an article pair of similarity 0.7 is a candidate with probability
// 1 - (1 - 0.7^4)^16 = 0.99, a pair of 0.3 with 0.12; candidates are then
// kept only when their estimated similarity reaches the threshold.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::schema {

/// MinHash values per signature.
inline constexpr std::size_t kMinHashes = 64;
/// LSH bands, and MinHash values per band.
inline constexpr std::size_t kBands = 16;
inline constexpr std::size_t kRowsPerBand = kMinHashes / kBands;
/// Words per shingle.
inline constexpr std::size_t kShingleWords = 3;
/// Fewest words an article needs for a signature: shorter texts (a headline
/// alone) say too little to tell a copy from a different story of the same
/// shape, so they are never grouped.
inline constexpr std::size_t kMinSignatureWords = 8;

using Signature = std::array<std::uint32_t, kMinHashes>;

/// The signature of an article's title and body; nullopt when together they
/// have fewer than kMinSignatureWords words.
[[nodiscard]] std::optional<Signature> near_duplicate_signature(std::string_view title,
                                                                std::string_view body);

/// The share of positions where the two signatures agree: an estimate of
/// the Jaccard similarity of the two articles' shingle sets (0 to 1).
[[nodiscard]] double estimated_similarity(const Signature& a, const Signature& b);

/// One hash per band of the signature's values (the band index mixed in).
[[nodiscard]] std::array<std::uint64_t, kBands> band_hashes(const Signature& signature);

/// The slot value: the values as 4-byte little-endian numbers.
[[nodiscard]] std::string encode_signature(const Signature& signature);
/// The signature a slot value holds; nullopt for a value of another length.
[[nodiscard]] std::optional<Signature> decode_signature(std::string_view value);

}  // namespace dateline::schema
