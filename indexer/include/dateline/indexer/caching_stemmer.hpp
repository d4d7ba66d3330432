#pragma once
// caching_stemmer(): a Snowball stemmer that remembers the stems it gave.
//
// The TermGenerator stems every occurrence of every lower-case word, and
// news text repeats its words: Reuters-21578's 21,578 articles use 42,881
// distinct ones. Snowball's English stemmer took 6.3 % of the CPU time of
// indexing Reuters-21578 without extraction (perf, commit 9f75e08, about
// 1.4 of 21.7 CPU s); a hash lookup of a word seen before is cheaper, and
// the run took 20.8 -> 20.4 CPU s, 12.3 -> 11.8 s (medians of three).

#include <xapian.h>

#include <cstddef>

namespace dateline::indexer {

/// Words a caching stemmer remembers before it forgets them all and starts
/// again: a bound on its memory (a few MB), far above the words that make
/// most of a news archive's text.
inline constexpr std::size_t kStemCacheWords = std::size_t{1} << 16;

/// A stemmer giving exactly the stems of `stemmer`, remembering the last
/// `capacity` distinct words it was asked (0: none). Like every
/// Xapian::Stem, the result and its copies share one state: use it on one
/// thread only. The empty stemmer (language "none") is returned as it is.
[[nodiscard]] Xapian::Stem caching_stemmer(const Xapian::Stem& stemmer,
                                           std::size_t capacity = kStemCacheWords);

}  // namespace dateline::indexer
