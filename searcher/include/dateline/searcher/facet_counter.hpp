#pragma once
// FacetCounter: counts people, places and date buckets over every article a
// query matches.
//
// A Xapian::MatchSpy sees each matching document during Enquire::get_mset, so
// counts cover the whole match set, not just the page shown, as long as the
// match runs exhaustively (check_at_least >= the number of documents, which
// Searcher does). An article naming three people adds one to each of them;
// people and places are counted by key and shown with the first display name
// met. Articles without a date are not counted in the date facet.
//
// Local databases only: the spy does not serialise itself for remote servers.

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

class FacetCounter : public Xapian::MatchSpy {
  public:
    explicit FacetCounter(std::vector<FacetRequest> requests);

    void operator()(const Xapian::Document& doc, double weight) override;
    [[nodiscard]] Xapian::MatchSpy* clone() const override;
    [[nodiscard]] std::string name() const override;

    /// The counted facets, in request order; person/place facets keep the
    /// `limit` most frequent values (0 = all).
    [[nodiscard]] std::vector<Facet> facets(std::size_t limit) const;

  private:
    struct Counts {
        std::map<std::string, FacetValue> by_key;
    };
    std::vector<FacetRequest> requests_;
    std::vector<Counts> counts_;  // parallel to requests_
};

}  // namespace dateline::searcher
