#include "dateline/searcher/facet_counter.hpp"

#include <algorithm>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

// The date facet bucket of a "YYYYMMDD" slot value: "1987", "1987-03" or
// "1987-03-02"; empty when the article has no (valid) date.
std::string date_bucket(const std::string& sortable, DateGranularity granularity) {
    const auto date = sc::Date::from_sortable(sortable);
    if (!date) return {};
    const std::string iso = date->iso();
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

void count(std::map<std::string, FacetValue>& by_key, const std::string& key,
           const std::string& name) {
    auto [it, inserted] = by_key.try_emplace(key, FacetValue{key, name, 0});
    ++it->second.count;
}

}  // namespace

FacetCounter::FacetCounter(std::vector<FacetRequest> requests)
    : requests_(std::move(requests)), counts_(requests_.size()) {}

void FacetCounter::operator()(const Xapian::Document& doc, double /*weight*/) {
    for (std::size_t i = 0; i < requests_.size(); ++i) {
        auto& by_key = counts_[i].by_key;
        const FacetRequest& request = requests_[i];
        if (request.field == FacetField::Date) {
            const std::string bucket =
                date_bucket(doc.get_value(sc::slot::kDate), request.granularity);
            if (!bucket.empty()) count(by_key, bucket, bucket);
            continue;
        }
        const Xapian::valueno slot =
            request.field == FacetField::Person ? sc::slot::kPeople : sc::slot::kPlaces;
        auto entities = sc::decode_entities(doc.get_value(slot));
        // Once per article even if a record repeats a key.
        std::sort(entities.begin(), entities.end(),
                  [](const sc::Entity& a, const sc::Entity& b) { return a.key < b.key; });
        entities.erase(
            std::unique(entities.begin(), entities.end(),
                        [](const sc::Entity& a, const sc::Entity& b) { return a.key == b.key; }),
            entities.end());
        for (const auto& entity : entities) count(by_key, entity.key, entity.name);
    }
}

Xapian::MatchSpy* FacetCounter::clone() const { return new FacetCounter(requests_); }

std::string FacetCounter::name() const { return "dateline::searcher::FacetCounter"; }

std::vector<Facet> FacetCounter::facets(std::size_t limit) const {
    std::vector<Facet> result;
    for (std::size_t i = 0; i < requests_.size(); ++i) {
        Facet facet{requests_[i], {}, counts_[i].by_key.size()};
        for (const auto& [key, value] : counts_[i].by_key) facet.values.push_back(value);
        // The map already orders date buckets chronologically (ISO keys).
        if (requests_[i].field != FacetField::Date) {
            std::stable_sort(
                facet.values.begin(), facet.values.end(),
                [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
            if (limit != 0 && facet.values.size() > limit) facet.values.resize(limit);
        }
        result.push_back(std::move(facet));
    }
    return result;
}

}  // namespace dateline::searcher
