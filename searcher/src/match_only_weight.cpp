#include "dateline/searcher/match_only_weight.hpp"

namespace dateline::searcher {

MatchOnlyWeight::MatchOnlyWeight() {
    // The statistic that keeps Xapian on its normal posting list reading.
    need_stat(WDF);
}

std::string MatchOnlyWeight::name() const { return "dateline::searcher::MatchOnlyWeight"; }

Xapian::Weight* MatchOnlyWeight::clone() const { return new MatchOnlyWeight; }

void MatchOnlyWeight::init(double /*factor*/) {}

double MatchOnlyWeight::get_sumpart(Xapian::termcount /*wdf*/, Xapian::termcount /*doclen*/,
                                    Xapian::termcount /*uniqterms*/) const {
    return 1;
}

double MatchOnlyWeight::get_maxpart() const { return 1; }

double MatchOnlyWeight::get_sumextra(Xapian::termcount /*doclen*/,
                                     Xapian::termcount /*uniqterms*/) const {
    return 0;
}

double MatchOnlyWeight::get_maxextra() const { return 0; }

}  // namespace dateline::searcher
