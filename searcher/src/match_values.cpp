#include "dateline/searcher/match_values.hpp"

namespace dateline::searcher {

namespace {

/// Hands each matching document's value in one slot to a callback.
class ValueSpy : public Xapian::MatchSpy {
  public:
    ValueSpy(Xapian::valueno slot, const std::function<void(const std::string&)>& visit)
        : slot_(slot), visit_(visit) {}

    void operator()(const Xapian::Document& doc, double /*weight*/) override {
        visit_(doc.get_value(slot_));
    }
    [[nodiscard]] Xapian::MatchSpy* clone() const override { return new ValueSpy(slot_, visit_); }
    [[nodiscard]] std::string name() const override { return "dateline::searcher::ValueSpy"; }

  private:
    Xapian::valueno slot_;
    const std::function<void(const std::string&)>& visit_;
};

}  // namespace

Xapian::doccount visit_match_values(const Index& index, const Xapian::Query& query,
                                    Xapian::valueno slot,
                                    const std::function<void(const std::string&)>& visit) {
    const Xapian::Database& database = index.database;
    const Xapian::doccount check_all = database.get_doccount();
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    // Only the set of matches counts. TfIdfWeight("bnn") (1 per matching
    // term) rather than BoolWeight, which trips a Xapian 1.4 bug on indexes
    // updated in place (match_only_weight.hpp); a built-in scheme, so remote
    // parts can run it.
    enquire.set_weighting_scheme(Xapian::TfIdfWeight("bnn"));
    if (!index.has_remote) {
        ValueSpy spy(slot, visit);
        enquire.add_matchspy(&spy);
        // Checking every document makes the spy see every match.
        return enquire.get_mset(0, 0, check_all).get_matches_estimated();
    }
    const Xapian::doccount matches = enquire.get_mset(0, 0, check_all).get_matches_estimated();
    if (matches == 0) return 0;
    // Xapian reserves room for as many items as are asked for: asking for
    // exactly the matches keeps memory proportional to them.
    enquire.set_sort_by_value(slot, false);
    const Xapian::MSet all = enquire.get_mset(0, matches, check_all);
    if (all.size() != matches || all.get_matches_estimated() != matches) {
        throw Xapian::DatabaseModifiedError("the index changed while its values were read");
    }
    for (auto it = all.begin(); it != all.end(); ++it) visit(it.get_sort_key());
    return matches;
}

}  // namespace dateline::searcher
