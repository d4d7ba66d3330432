#include "dateline/searcher/facet_counter.hpp"

#include <algorithm>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

// The date facet bucket of a date slot value: "1987", "1987-03" or
// "1987-03-02"; empty when the article has no (valid) date, or its date is
// less precise than the bucket (an article of "1987-03" has no day).
std::string date_bucket(const std::string& sortable, DateGranularity granularity) {
    const auto date = sc::PartialDate::from_sortable(sortable);
    if (!date) return {};
    const std::string iso = date->iso();
    const std::size_t length = granularity == DateGranularity::Year    ? 4
                               : granularity == DateGranularity::Month ? 7
                                                                       : 10;
    if (iso.size() < length) return {};
    switch (granularity) {
        case DateGranularity::Year:
            return iso.substr(0, 4);
        case DateGranularity::Month:
            return iso.substr(0, 7);
        case DateGranularity::Day:
            break;
    }
    return iso;
}

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
    : requests_(std::move(requests)), aliases_(std::move(aliases)), counts_(requests_.size()) {}

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
        const std::string bucket = date_bucket(value, facet.granularity);
        if (!bucket.empty()) count(bucket, bucket);
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
        for (const auto& [key, tally] : counts_[i]) {
            facet.values.push_back({key, most_common_name(tally.names), tally.count});
        }
        // The map already orders date buckets chronologically (ISO keys).
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

Xapian::valueno facet_slot(const FacetRequest& request) { return request.field->slot.value(); }

}  // namespace dateline::searcher
