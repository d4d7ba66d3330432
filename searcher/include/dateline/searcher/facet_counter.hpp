#pragma once
// FacetCounter: counts entities (people, places, orgs: each facetable entity
// field of the schema) and date buckets over every article a query matches.
//
// A Xapian::MatchSpy sees each matching document during Enquire::get_mset, so
// counts cover the whole match set, not just the page shown, as long as the
// match runs exhaustively (check_at_least >= the number of documents, which
// Searcher does). An article naming three people adds one to each of them;
// entities are counted by key. Articles without a date are not counted in
// the date facet. A date facet lists every period from the first to the last
// it counted, those without matches too (count 0).
//
// A key is shown with the display name most of its articles give it (ties:
// the first in byte order), not the first one met: the order in which
// articles are seen changes with the way an archive is split into indexes,
// and the result must not.
//
// Entities are counted as the index's alias tables show them
// (schema/entity_aliases.hpp): a lone "Reagan" on Ronald Reagan's row, a
// hidden first name on none.
//
// As a spy it works on local databases only: xapian-tcpsrv runs none but
// Xapian's own spies. For databases with remote parts, remote_facets.hpp feeds
// it the matches' values instead (count_value), so both ways count alike.

#include <xapian.h>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity_aliases.hpp"
#include "dateline/searcher/period.hpp"
#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

class FacetCounter : public Xapian::MatchSpy {
  public:
    /// `aliases` (may be null: none) resolves entities before counting.
    explicit FacetCounter(std::vector<FacetRequest> requests,
                          std::shared_ptr<const schema::AliasTables> aliases = nullptr);

    /// Counts `doc` in every requested facet (the spy's callback).
    void operator()(const Xapian::Document& doc, double weight) override;
    /// Counts one matching article in the facet `requests[request]` alone,
    /// from its value in facet_slot() ("" when it has none).
    void count_value(std::size_t request, const std::string& value);

    [[nodiscard]] Xapian::MatchSpy* clone() const override;
    [[nodiscard]] std::string name() const override;

    /// The counted facets, in request order; entity facets keep the `limit`
    /// most frequent values (0 = all).
    [[nodiscard]] std::vector<Facet> facets(std::size_t limit) const;

  private:
    struct Tally {
        Xapian::doccount count = 0;
        std::map<std::string, Xapian::doccount> names;  // display name -> articles
    };
    using Counts = std::map<std::string, Tally>;  // by key

    std::vector<FacetRequest> requests_;
    std::shared_ptr<const schema::AliasTables> aliases_;
    std::vector<Counts> counts_;  // parallel to requests_
    // First and last period counted, for date facets; parallel to requests_.
    std::vector<std::optional<std::pair<Period, Period>>> date_ranges_;
};

/// The date facet period of `date` at `granularity`; nullopt when the date
/// is less precise than that (an article dated only "1987-03" has no week
/// or day). Shared with StoreFacetCounter, so both count alike.
[[nodiscard]] std::optional<Period> facet_period(const schema::PartialDate& date,
                                                 DateGranularity granularity);
/// A date facet's values: every period from the first to the last of
/// `counts`, those without a count at 0 (a timeline with holes would hide
/// the gaps).
[[nodiscard]] std::vector<FacetValue> every_period_values(
    const std::map<Period, Xapian::doccount>& counts);

/// The value slot a facet is counted from: its field's slot in the schema.
[[nodiscard]] Xapian::valueno facet_slot(const FacetRequest& request);

}  // namespace dateline::searcher
