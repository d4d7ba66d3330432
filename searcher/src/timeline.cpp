#include "dateline/searcher/timeline.hpp"

#include <map>

namespace dateline::searcher {

std::optional<double> Timeline::share(std::size_t series_index, std::size_t period) const {
    const Xapian::doccount articles = periods.at(period).articles;
    if (articles == 0) return std::nullopt;
    return static_cast<double>(series.at(series_index).counts.at(period)) / articles;
}

Timeline build_timeline(AttributeSource& source, const std::vector<TimelineQuery>& queries,
                        DateGranularity granularity) {
    Timeline timeline;
    timeline.granularity = granularity;

    // Matches per period for each series; the union of their periods gives the range.
    std::vector<std::map<Period, Xapian::doccount>> counts(queries.size());
    for (std::size_t i = 0; i < queries.size(); ++i) {
        TimelineSeries series;
        series.query = queries[i].text;
        auto& per_period = counts[i];
        series.total = source.visit_match_dates(
            queries[i].query, [&](const std::optional<schema::Date>& date) {
                if (date) {
                    ++per_period[Period::containing(*date, granularity)];
                } else {
                    ++series.undated;
                }
            });
        timeline.series.push_back(std::move(series));
    }
    std::optional<Period> first;
    std::optional<Period> last;
    for (const auto& per_period : counts) {
        if (per_period.empty()) continue;
        if (!first || per_period.begin()->first < *first) first = per_period.begin()->first;
        if (!last || per_period.rbegin()->first > *last) last = per_period.rbegin()->first;
    }
    if (!first) return timeline;

    const std::vector<Period> periods = periods_between(*first, *last);
    std::map<Period, std::size_t> index_of;
    for (std::size_t p = 0; p < periods.size(); ++p) {
        index_of.emplace(periods[p], p);
        timeline.periods.push_back({periods[p].label(), 0});
    }
    for (const auto& [day, articles] : source.articles_per_day()) {
        const auto found = index_of.find(Period::containing(day, granularity));
        if (found != index_of.end()) timeline.periods[found->second].articles += articles;
    }
    for (std::size_t i = 0; i < queries.size(); ++i) {
        auto& series_counts = timeline.series[i].counts;
        series_counts.assign(periods.size(), 0);
        for (const auto& [period, count] : counts[i]) series_counts[index_of.at(period)] = count;
    }
    return timeline;
}

}  // namespace dateline::searcher
