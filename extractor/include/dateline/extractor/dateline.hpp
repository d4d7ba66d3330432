#pragma once
// Datelines: where (and on which day) a news story was filed, as its first
// words say. The one dateline parser: the extractor takes the place from it,
// the indexer the day of an undated article.
//
// Recognised at the start of the text (after leading white space): a place,
// optionally a comma and a date, an optional agency in brackets, then a dash
// ("-", "--", "–", "—"):
//   "NEW YORK, Feb 26 - ...", "BAGHDAD, Jan 3 (Reuters) - ...",
//   "WASHINGTON (Reuters) - ...", "LONDON, Sept. 14 — ...",
//   "Baghdad, Jan 3 (Reuters) - ..." (a capitalised place needs the date);
// or a place in capitals alone on its line before a numeric date:
//   "BRUSSELS 1996-08-22\n...".
// The place is at most five words and written in capitals, or capitalised and
// followed by a month and day, so ordinary sentences never match ("The
// Hashed -- factions", "A year after - the").

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/schema/date.hpp"

namespace dateline::extractor {

struct Dateline {
    std::string place;      ///< as written ("NEW YORK")
    std::size_t begin = 0;  ///< byte range of the place in the text
    std::size_t end = 0;
    int month = 0;  ///< 1-12 when the dateline names an English month and a day, else 0
    int day = 0;    ///< 1-31 with month, else 0

    /// The dateline's day in `year`; nullopt without month and day or when the
    /// day does not exist in that year (29 February 2019).
    [[nodiscard]] std::optional<schema::Date> date_in(int year) const;
};

/// The dateline opening `text`, or nullopt.
[[nodiscard]] std::optional<Dateline> parse_dateline(std::string_view text);

}  // namespace dateline::extractor
