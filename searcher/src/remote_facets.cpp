#include "dateline/searcher/remote_facets.hpp"

#include "dateline/searcher/facet_counter.hpp"

namespace dateline::searcher {

std::vector<Facet> count_facets_on_client(const Xapian::Database& database,
                                          const Xapian::Query& query,
                                          const std::vector<FacetRequest>& requests,
                                          Xapian::doccount matches, std::size_t limit,
                                          std::shared_ptr<const schema::AliasTables> aliases) {
    FacetCounter counter(requests, std::move(aliases));
    if (matches > 0) {
        Xapian::Enquire enquire(database);
        enquire.set_query(query);
        // Only the set of matches counts, not their order by score: binary
        // weights (1 per matching term) spare the servers the BM25 work. Not
        // BoolWeight, which trips a Xapian 1.4 bug on indexes updated in
        // place (match_only_weight.hpp); a built-in scheme, as the servers
        // know no other.
        enquire.set_weighting_scheme(Xapian::TfIdfWeight("bnn"));
        const Xapian::doccount check_all = database.get_doccount();
        for (std::size_t i = 0; i < requests.size(); ++i) {
            enquire.set_sort_by_value(facet_slot(requests[i]), false);
            const Xapian::MSet all = enquire.get_mset(0, matches, check_all);
            if (all.size() != matches || all.get_matches_estimated() != matches) {
                // Not the index `matches` was counted on: the caller opens it
                // again and retries, as after any change under a reader.
                throw Xapian::DatabaseModifiedError("the index changed while facets were counted");
            }
            for (auto it = all.begin(); it != all.end(); ++it) {
                counter.count_value(i, it.get_sort_key());
            }
        }
    }
    return counter.facets(limit);
}

}  // namespace dateline::searcher
