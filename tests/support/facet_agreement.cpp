#include "support/facet_agreement.hpp"

#include <gtest/gtest.h>

#include <ostream>

#include "dateline/searcher/searcher.hpp"

namespace dateline::searcher {

// Readable values in failure messages.
void PrintTo(const FacetValue& value, std::ostream* out) {
    *out << value.key << " (" << value.name << ") " << value.count;
}

}  // namespace dateline::searcher

namespace dateline::test {

namespace {

namespace ds = dateline::searcher;

ds::FacetRequest facet(std::string_view spec) { return ds::parse_facet_request(spec).value(); }

ds::SearchResult search(ds::Searcher& searcher, const std::string& query,
                        const std::vector<ds::FacetRequest>& facets, std::size_t limit) {
    ds::SearchRequest request;
    request.query = query;
    request.facets = facets;
    request.facet_limit = limit;
    request.snippets = false;
    return searcher.search(request);
}

}  // namespace

void expect_store_facets_equal_slot_facets(const std::vector<std::string>& locations,
                                           const std::vector<std::string>& queries) {
    ds::Index with_store = ds::open_index(locations);
    ASSERT_NE(with_store.facet_stores, nullptr) << "the index has no usable facet store";
    ds::Index without_store = ds::open_index(locations);
    without_store.facet_stores = nullptr;
    ds::Searcher store_searcher(std::move(with_store));
    ds::Searcher slot_searcher(std::move(without_store));

    const std::vector<std::vector<ds::FacetRequest>> facet_sets = {
        {facet("person"), facet("place"), facet("org"), facet("date:month")},
        {facet("date:day")},
        {facet("date:year"), facet("person")}};
    std::vector<std::string> all_queries = {"*"};
    all_queries.insert(all_queries.end(), queries.begin(), queries.end());
    for (const auto& query : all_queries) {
        for (const auto& facets : facet_sets) {
            for (const std::size_t limit : {std::size_t{0}, std::size_t{3}}) {
                SCOPED_TRACE(query + ", " + std::to_string(facets.size()) + " facets, limit " +
                             std::to_string(limit));
                const auto expected = search(slot_searcher, query, facets, limit);
                const auto actual = search(store_searcher, query, facets, limit);
                EXPECT_EQ(actual.total, expected.total);
                ASSERT_EQ(actual.facets.size(), expected.facets.size());
                for (std::size_t i = 0; i < expected.facets.size(); ++i) {
                    EXPECT_EQ(actual.facets[i].values, expected.facets[i].values) << "facet " << i;
                    EXPECT_EQ(actual.facets[i].distinct_values, expected.facets[i].distinct_values)
                        << "facet " << i;
                }
                ASSERT_EQ(actual.hits.size(), expected.hits.size());
                for (std::size_t i = 0; i < expected.hits.size(); ++i) {
                    EXPECT_EQ(actual.hits[i].id, expected.hits[i].id);
                }
            }
        }
    }
}

}  // namespace dateline::test
