#include "dateline/searcher/date_filter.hpp"

#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"
#include "dateline/searcher/query_error.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

constexpr std::string_view kRangeSeparator = "..";

sc::PartialDate parse_bound(std::string_view text, std::size_t offset, sc::DateOrder order) {
    const sc::DateParse parsed = sc::parse_date(text, order);
    if (parsed.status == sc::DateStatus::Ok) return *parsed.date;
    throw QueryError("invalid date '" + std::string(text) +
                         "' (use YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)",
                     QuerySpan{offset, text.size()});
}

// The smallest slot value dated on or after `day`, a year or month dated at
// the start of its period: 1987-03-01 -> "198703", so that an article dated
// "198703" is in date:1987-03.. (the values of the days of the month follow).
std::string lower_bound_value(const sc::Date& day) {
    std::string value = day.sortable();
    if (day.day() == 1) value.resize(6);
    if (day.day() == 1 && day.month() == 1) value.resize(4);
    return value;
}

}  // namespace

DateFilter parse_date_filter(std::string_view text, sc::DateOrder order) {
    const auto separator = text.find(kRangeSeparator);
    if (separator == std::string_view::npos) return parse_bound(text, 0, order);

    const std::string_view first_text = text.substr(0, separator);
    const std::size_t last_offset = separator + kRangeSeparator.size();
    const std::string_view last_text = text.substr(last_offset);
    if (first_text.empty() && last_text.empty()) {
        throw QueryError("a date range needs at least one end (like 1987-03..1987-04)",
                         QuerySpan{0, text.size()});
    }
    DateRange range;
    if (!first_text.empty()) range.first = parse_bound(first_text, 0, order).first_day();
    if (!last_text.empty()) range.last = parse_bound(last_text, last_offset, order).last_day();
    if (range.first && range.last && *range.last < *range.first) {
        throw QueryError("date range ends before it starts", QuerySpan{0, text.size()});
    }
    return range;
}

Xapian::Query date_filter_query(const DateFilter& filter) {
    if (const auto* date = std::get_if<sc::PartialDate>(&filter))
        return Xapian::Query(sc::date_term(*date));
    const auto& range = std::get<DateRange>(filter);
    if (range.first && range.last) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, sc::slot::kDate,
                             lower_bound_value(*range.first), range.last->sortable());
    }
    if (range.first) {
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, sc::slot::kDate,
                             lower_bound_value(*range.first));
    }
    if (range.last) {
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, sc::slot::kDate, range.last->sortable());
    }
    return Xapian::Query::MatchAll;
}

}  // namespace dateline::searcher
