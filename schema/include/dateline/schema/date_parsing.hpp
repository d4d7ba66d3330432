#pragma once
// Reading dates as people write them: the one parser behind article dates
// (every reader of dateline-index) and date: in queries (dateline-search), so
// that whatever an article's date line says can also be typed in a query.

#include <optional>
#include <string_view>

#include "dateline/schema/date.hpp"

namespace dateline::schema {

/// How an all-numeric date with the year last ("1/3/2021") is read:
/// month first (US, 3 January) or day first (most of the world, 1 March).
/// dateline-index and dateline-search take it as --date-order mdy|dmy.
enum class DateOrder { MonthFirst, DayFirst };

/// "mdy" -> MonthFirst, "dmy" -> DayFirst; nullopt otherwise.
[[nodiscard]] std::optional<DateOrder> parse_date_order(std::string_view name);

/// Outcome of reading a date.
enum class DateStatus {
    Ok,
    Unparseable,  ///< not a date format we know
    Impossible,   ///< looks like a date but is not a real one (2021-02-30, 2021-13)
};

struct DateParse {
    DateStatus status = DateStatus::Unparseable;
    std::optional<PartialDate> date;  ///< set exactly when status is Ok
};

/// Parses the whole of `text`, ignoring leading/trailing white space and any
/// time of day after a full date. Days:
///   2021-01-03, 2021/01/03, 2021.01.03, 2021-01-03T10:20:00Z, 20210103,
///   1/3/2021, 01-03-2021, 1.3.2021 (month or day first, by `order`),
///   26-FEB-1987 15:01:01.79 (Reuters; " 3-MAR-1987", trailing noise such as
///   "&#5;&#5;RM" and broken hours tolerated), 3 January 2021,
///   January 3, 2021, Jan. 3, 2021, Sat, 03 Jan 2021 10:00:00 +0000 (RFC 2822).
/// Months: 2021-01, 2021/1, Jan 2021, January 2021, Jan. 2021, Jan-2021.
/// Years: 2021.
/// Month names in English, any case, full or abbreviated. Years 1..9999 with
/// four digits; two-digit years are not read (which century?).
[[nodiscard]] DateParse parse_date(std::string_view text, DateOrder order = DateOrder::MonthFirst);

}  // namespace dateline::schema
