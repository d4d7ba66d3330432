#pragma once
// Lenient date parsing for article metadata.

#include <optional>
#include <string_view>

#include "dateline/schema/date.hpp"

namespace dateline::indexer {

/// Outcome of reading a date that is present in an article.
enum class DateStatus {
    Ok,
    Unparseable,  ///< not a date format we know
    Impossible,   ///< looks like a date but is not a real day (2021-02-30)
};

struct DateParse {
    DateStatus status = DateStatus::Unparseable;
    std::optional<schema::Date> date;
};

/// Parses, ignoring leading/trailing white space and any time of day:
///   2021-01-03, 2021/01/03, 2021-01-03T10:20:00Z, 20210103,
///   26-FEB-1987 15:01:01.79 (Reuters; " 3-MAR-1987", trailing noise such as
///   "&#5;&#5;RM" and broken hours tolerated), 3 January 2021, January 3, 2021,
///   Jan. 3, 2021, Sat, 03 Jan 2021 10:00:00 +0000 (RFC 2822).
/// Month names in English, any case, full or abbreviated.
[[nodiscard]] DateParse parse_date(std::string_view text);

}  // namespace dateline::indexer
