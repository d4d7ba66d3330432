#pragma once
// Datelines: the filing place at the start of a news story.
//
// Recognised at the start of the text (after leading whitespace): a place in
// capitals, optionally followed by a comma and a date, then an optional
// agency in brackets, then a dash:
//   "NEW YORK, Feb 26 - ...", "BAGHDAD, Jan 3 (Reuters) - ...",
//   "WASHINGTON (Reuters) - ...", "LONDON, March 2 — ..."
// Also when the place line stands alone before the story: "BRUSSELS 1996-08-22".
// The place must be in capitals (two or more letters, at most five words) so
// ordinary sentences never match.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::extractor {

struct DatelineMatch {
    std::string place;      ///< as written ("NEW YORK")
    std::size_t begin = 0;  ///< byte range of the place in the text
    std::size_t end = 0;
};

[[nodiscard]] std::optional<DatelineMatch> find_dateline(std::string_view text);

}  // namespace dateline::extractor
