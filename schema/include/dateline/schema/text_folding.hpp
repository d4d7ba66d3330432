#pragma once
// Accent folding: how "Martínez", "martinez" and "MARTINEZ" become one word.
//
// Both sides of the index fold alike: the indexer folds titles and bodies
// before Xapian's TermGenerator splits them into terms, and the searcher
// folds the query's words before its QueryParser does, so `martinez` finds
// Martínez and `Sørensen` finds Sorensen. Entity keys (entity.hpp) fold with
// the same table, so free text and `person:` agree. Only the terms are
// folded: stored titles and bodies keep the text as written.
//
// What folds: Latin letters with diacritics (Latin-1 Supplement and Latin
// Extended-A) to their ASCII base letter, ø -> o, ł -> l, đ -> d, æ -> a,
// þ -> t, ß -> s. Every other character, non-Latin letters included, is kept
// as it is. A folded letter keeps its case, and every letter of the table
// folds to one ASCII letter, so words keep their boundaries and their
// positions.

#include <string>
#include <string_view>

namespace dateline::schema {

/// The ASCII base letter of the Unicode code point `ch` (same case: É -> E,
/// é -> e), or 0 when `ch` is not a letter the table folds.
[[nodiscard]] unsigned fold_letter(unsigned ch);

/// `text` with every letter the table folds replaced by its base letter;
/// everything else, invalid UTF-8 included, byte for byte as it was.
[[nodiscard]] std::string fold_accents(std::string_view text);

}  // namespace dateline::schema
