#pragma once
// The check every facet-store test makes: on the same index and the same
// queries, facets counted from the facet store equal facets counted from the
// value slots (the way they were counted before the store, and still are
// without one), value for value.

#include <string>
#include <vector>

namespace dateline::test {

/// Opens `locations` twice, as dateline-search does and without the facet
/// stores, and for every query (plus '*') and several facet sets (person,
/// place, org and date by month; date by day; date by year with person),
/// with every value and with the top 3, expects the same facets (keys,
/// names, counts, distinct values), the same total and the same page of
/// hits. Fails the test (gtest) where they differ, and when the index has
/// no usable facet store at all.
void expect_store_facets_equal_slot_facets(const std::vector<std::string>& locations,
                                           const std::vector<std::string>& queries);

}  // namespace dateline::test
