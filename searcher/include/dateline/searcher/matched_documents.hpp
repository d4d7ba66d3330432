#pragma once
// MatchedDocuments: a match spy that only lists the documents it sees.
//
// Why: counting facets and near-duplicate groups inside a spy's callback
// visits every column for one document, then the next document: a virtual
// call per spy and document, and each document's rows in every column before
// the next. Listing the matches first and counting afterwards, a column at a
// time (StoreFacetCounter::count(), GroupCounter::count()), reads each column
// in the order the matcher gave the documents, which for a boolean match is
// ascending document number: sequential reads of one array at a time.
// On `the` over 200,000 articles (196,651 matches) with three facets, perf
// put the counting at 20.7 % of the process before, 14.6 % after (plus
// 2.9 % for the list itself).

#include <xapian.h>

#include <span>
#include <string>
#include <vector>

namespace dateline::searcher {

class MatchedDocuments : public Xapian::MatchSpy {
  public:
    void operator()(const Xapian::Document& doc, double weight) override;
    [[nodiscard]] Xapian::MatchSpy* clone() const override;
    [[nodiscard]] std::string name() const override;

    /// The documents seen, in the order the matcher gave them (ascending
    /// document number in a boolean match of one database).
    [[nodiscard]] std::span<const Xapian::docid> documents() const { return documents_; }

  private:
    std::vector<Xapian::docid> documents_;
};

}  // namespace dateline::searcher
