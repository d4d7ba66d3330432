#pragma once
// "Did you mean": a corrected query for a query that finds little.
//
// Xapian's own correction (QueryParser::FLAG_SPELLING_CORRECTION) replaces a
// word whenever the spelling dictionary has a more frequent word within two
// edits, so a word the archive has is "corrected" into another one (`ebola`,
// in 2 articles -> `ahola`; `flood` -> `floods`). Here a word is corrected
// only when the archive hardly has it:
//   * absent (in no article), or in one article while the suggested word is
//     in at least kDominance times as many (a typo in the archive itself:
//     `goverment` once against `government`);
//   * a suggestion is at most 1 edit away for words of up to 5 letters, 2 for
//     longer ones (shorter words have too many neighbours), and must search
//     something else than the word: one that stems alike (`chips` -> `chip`)
//     finds the same articles;
//   * field names, operators (AND, OR, NOT, NEAR ...), wildcards, words with
//     digits and the values of id: and date: are never touched, and no
//     suggestion turns a word into an operator.
// Values of entity fields (person:, place:, org:) that match nothing are corrected
// from the index's own names: the nearest name term under the same rules
// (`person:kelller` -> `person:keller`, `place:rotterdm` -> `place:rotterdam`).
// The caller checks that the suggestion parses.

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace dateline::searcher {

/// How many times more articles a suggestion needs than a word that is in
/// one article, to replace it.
inline constexpr Xapian::doccount kDominance = 50;

/// The query with its misspelt words replaced, or empty when no word needs
/// it. `query` must have passed check_query_syntax(); `stemmer` is the one
/// the query is parsed with.
[[nodiscard]] std::string suggest_spelling(std::string_view query, const Xapian::Database& database,
                                           const Xapian::Stem& stemmer);

/// Edits (insertions, deletions, substitutions, swaps of neighbours) between
/// two UTF-8 strings, counted in characters; any value above `limit` is
/// returned as limit + 1 (the search stops early).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace dateline::searcher
