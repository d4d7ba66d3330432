#pragma once
// Timeline: how many articles each query matches per calendar period, and
// what share of all the archive's articles of that period that is.
//
// A raw count rises and falls with the size of the archive (a month with
// twice the articles has twice the matches of anything); the share divides by
// the articles of the same period, so series can be compared through time.
// The denominators come from AttributeSource::articles_per_day, which is
// exact.
//
// The range runs from the first to the last period in which any series has a
// match, and lists every period in it, empty ones too. Matches without a
// date are counted in the series' total and in `undated`, not in a period.

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "dateline/searcher/attribute_source.hpp"
#include "dateline/searcher/period.hpp"

namespace dateline::searcher {

struct TimelinePeriod {
    std::string label;              ///< Period::label(): "1987-03", "1987-W10", ...
    Xapian::doccount articles = 0;  ///< dated articles of the whole archive in the period

    friend bool operator==(const TimelinePeriod&, const TimelinePeriod&) = default;
};

struct TimelineSeries {
    std::string query;                     ///< as given
    Xapian::doccount total = 0;            ///< matching articles, dated or not
    Xapian::doccount undated = 0;          ///< matching articles without a date
    std::vector<Xapian::doccount> counts;  ///< matches per period, parallel to Timeline::periods

    friend bool operator==(const TimelineSeries&, const TimelineSeries&) = default;
};

struct Timeline {
    DateGranularity granularity = DateGranularity::Month;
    std::vector<TimelinePeriod> periods;  ///< chronological, every period of the range
    std::vector<TimelineSeries> series;   ///< the query first, then each --compare query

    /// Matches of `series` in `period` as a fraction of the period's
    /// articles (0..1); nullopt when the period has no articles at all.
    [[nodiscard]] std::optional<double> share(std::size_t series, std::size_t period) const;

    friend bool operator==(const Timeline&, const Timeline&) = default;
};

/// One series to draw: the query as the user wrote it and as parsed.
struct TimelineQuery {
    std::string text;
    Xapian::Query query;
};

/// Counts `queries` per period of `granularity` from `source`. Throws what
/// the source throws.
[[nodiscard]] Timeline build_timeline(AttributeSource& source,
                                      const std::vector<TimelineQuery>& queries,
                                      DateGranularity granularity);

}  // namespace dateline::searcher
