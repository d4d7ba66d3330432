#pragma once
// DateFilter: what the value of a `date:` query field selects.
//
//   date:1987                     one year      -> the year term  (Y1987)
//   date:1987-03                  one month     -> the month term (M198703)
//   date:1987-03-02               one day       -> the day term   (D19870302)
//   date:1987-03-01..1987-03-15   a range of days, inclusive at both ends
//   date:1987-03..1987-04         bounds may be months or years: a range starts
//                                 on the first day of its first bound and ends
//                                 on the last day of its last bound
//   date:..1987-03-15, date:1987-10..   open-ended ranges
//
// Dates are read by schema::parse_date, as the indexer reads article dates:
// date:19870302, date:3/2/1987 (month or day first, --date-order),
// date:"Mar 1987", date:Mar-1987 work too.
//
// Single dates use the boolean terms (schema::date_term); ranges compare the
// sortable date value (schema::PartialDate::sortable). An article dated only
// to a month or a year ("198703") counts as dated at the start of its period
// in a range: in date:1987-03-01..1987-03-31 and in date:1987-03.., not in
// date:1987-03-02... Both come from schema/, the same code the indexer uses.

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "dateline/schema/date.hpp"
#include "dateline/schema/date_parsing.hpp"

namespace dateline::searcher {

struct DateRange {
    std::optional<schema::Date> first;  ///< nullopt: open start
    std::optional<schema::Date> last;   ///< nullopt: open end
};

using DateFilter = std::variant<schema::PartialDate, DateRange>;

/// Parses a `date:` value. Throws QueryError for an impossible date
/// (2021-02-30), a malformed one, a range with no end at all ("..") or a
/// reversed range; the error's span is relative to `text`. `order` says how
/// "1/3/2021" is read.
[[nodiscard]] DateFilter parse_date_filter(std::string_view text,
                                           schema::DateOrder order = schema::DateOrder::MonthFirst);

/// The query selecting `filter`: schema::date_term() for a single date, a value range on
/// schema::slot::kDate for a range.
[[nodiscard]] Xapian::Query date_filter_query(const DateFilter& filter);

}  // namespace dateline::searcher
