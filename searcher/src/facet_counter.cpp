#include "dateline/searcher/facet_counter.hpp"

#include <algorithm>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

// The name most articles give the key; the map's order breaks ties.
const std::string& most_common_name(const std::map<std::string, Xapian::doccount>& names) {
    auto best = names.begin();
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (it->second > best->second) best = it;
    }
    return best->first;
}

}  // namespace

FacetCounter::FacetCounter(std::vector<FacetRequest> requests,
                           std::shared_ptr<const sc::AliasTables> aliases)
    : requests_(std::move(requests)),
      aliases_(std::move(aliases)),
      counts_(requests_.size()),
      date_ranges_(requests_.size()) {}

void FacetCounter::operator()(const Xapian::Document& doc, double /*weight*/) {
    for (std::size_t i = 0; i < requests_.size(); ++i) {
        count_value(i, doc.get_value(facet_slot(requests_[i])));
    }
}

void FacetCounter::count_value(std::size_t request, const std::string& value) {
    Counts& counts = counts_.at(request);
    const auto count = [&counts](const std::string& key, const std::string& name) {
        Tally& tally = counts[key];
        ++tally.count;
        ++tally.names[name];
    };
    const FacetRequest& facet = requests_[request];
    if (facet.is_date()) {
        const auto date = sc::PartialDate::from_sortable(value);
        if (!date) return;
        const auto in_period = facet_period(*date, facet.granularity);
        if (!in_period) return;
        const Period& period = *in_period;
        const std::string bucket = period.label();
        count(bucket, bucket);
        auto& range = date_ranges_.at(request);
        if (!range) {
            range.emplace(period, period);
        } else {
            range->first = std::min(range->first, period);
            range->second = std::max(range->second, period);
        }
        return;
    }
    auto entities = sc::decode_entities(value);
    if (aliases_) entities = sc::resolve_entities(aliases_->of(*facet.field), entities);
    // Once per article even if a record repeats a key.
    std::sort(entities.begin(), entities.end(),
              [](const sc::Entity& a, const sc::Entity& b) { return a.key < b.key; });
    entities.erase(
        std::unique(entities.begin(), entities.end(),
                    [](const sc::Entity& a, const sc::Entity& b) { return a.key == b.key; }),
        entities.end());
    for (const auto& entity : entities) count(entity.key, entity.name);
}

Xapian::MatchSpy* FacetCounter::clone() const { return new FacetCounter(requests_, aliases_); }

std::string FacetCounter::name() const { return "dateline::searcher::FacetCounter"; }

std::vector<Facet> FacetCounter::facets(std::size_t limit) const {
    std::vector<Facet> result;
    for (std::size_t i = 0; i < requests_.size(); ++i) {
        Facet facet{requests_[i], {}, counts_[i].size()};
        if (const auto& range = date_ranges_[i]) {
            // Every period of the range, empty ones too: a timeline with
            // holes would hide the gaps.
            for (const Period& period : periods_between(range->first, range->second)) {
                const std::string bucket = period.label();
                const auto found = counts_[i].find(bucket);
                facet.values.push_back(
                    {bucket, bucket, found == counts_[i].end() ? 0 : found->second.count});
            }
            facet.distinct_values = facet.values.size();
        } else {
            for (const auto& [key, tally] : counts_[i]) {
                facet.values.push_back({key, most_common_name(tally.names), tally.count});
            }
        }
        if (!requests_[i].is_date()) {
            std::stable_sort(
                facet.values.begin(), facet.values.end(),
                [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
            if (limit != 0 && facet.values.size() > limit) facet.values.resize(limit);
        }
        result.push_back(std::move(facet));
    }
    return result;
}

std::optional<Period> facet_period(const sc::PartialDate& date, DateGranularity granularity) {
    using Precision = sc::PartialDate::Precision;
    bool precise = date.precision == Precision::Day;
    switch (granularity) {
        case DateGranularity::Year:
            precise = true;
            break;
        case DateGranularity::Month:
            precise = date.precision != Precision::Year;
            break;
        case DateGranularity::Week:
        case DateGranularity::Day:
            break;
    }
    if (!precise) return std::nullopt;
    return Period::containing(date.first_day(), granularity);
}

std::vector<FacetValue> every_period_values(const std::map<Period, Xapian::doccount>& counts) {
    std::vector<FacetValue> values;
    if (counts.empty()) return values;
    for (const Period& period : periods_between(counts.begin()->first, counts.rbegin()->first)) {
        const std::string bucket = period.label();
        const auto found = counts.find(period);
        values.push_back({bucket, bucket, found == counts.end() ? 0 : found->second});
    }
    return values;
}

Xapian::valueno facet_slot(const FacetRequest& request) { return request.field->slot.value(); }

}  // namespace dateline::searcher
