#pragma once
// Dates from datelines, for articles that come without a date header.
//
// A wire story opens with where and when it was filed: "BAGHDAD, Jan 3
// (Reuters) - …", "NEW YORK, Feb. 26 - …". The dateline names the month and
// day, not the year; the year comes from the file's path ("2019/…",
// "wire-2021-03.txt") when it names one.

#include <optional>
#include <string_view>

#include "dateline/schema/date.hpp"

namespace dateline::indexer {

/// The day of the dateline opening `body` (extractor::parse_dateline(), the
/// one dateline parser) in `year`. nullopt when the body opens with no
/// dateline, a dateline without month and day, or a day that does not exist
/// in that year.
[[nodiscard]] std::optional<schema::Date> date_from_dateline(std::string_view body, int year);

/// The year a relative path names: the first run of exactly four digits
/// between 1900 and 2099 ("2019/2019-03-14-rates.txt" -> 2019). nullopt if none.
[[nodiscard]] std::optional<int> year_from_path(std::string_view relative_path);

}  // namespace dateline::indexer
