#pragma once
// MatchOnlyWeight: the weighting scheme of a match that only asks which
// documents match (counts, facets, timelines, significance), not how well.
//
// Why not Xapian::BoolWeight: with a scheme that needs no within-document
// frequency (BoolWeight, CoordWeight, a weight scaled by 0), Xapian 1.4.22
// reads posting lists another way, and on a database that dateline-index has
// updated in place that way fails with DatabaseCorruptError ("Unexpected end
// of posting list for 'Zsaid'") where the normal way reads the same list
// without fault and xapian-check finds nothing wrong. Every `--timeline` and
// `--significant` search of such an index failed so
// (tests/cli/updated_index_search_test.cpp). This scheme asks for the frequency, so
// Xapian reads the lists the normal way, and gives every matching term the
// weight 1: close to BoolWeight's cost (6.2 against 5.7 ms for the 196,651
// matches of `the` at 200k articles; BM25 8-12 ms).
//
// Local databases only: a remote server knows Xapian's own schemes, not
// this one; remote matches use TfIdfWeight("bnn") (binary, no idf, no
// normalisation), which needs the frequency too (remote_facets.cpp).

#include <xapian.h>

#include <string>

namespace dateline::searcher {

class MatchOnlyWeight : public Xapian::Weight {
  public:
    MatchOnlyWeight();

    [[nodiscard]] std::string name() const override;
    [[nodiscard]] Xapian::Weight* clone() const override;
    void init(double factor) override;
    [[nodiscard]] double get_sumpart(Xapian::termcount wdf, Xapian::termcount doclen,
                                     Xapian::termcount uniqterms) const override;
    [[nodiscard]] double get_maxpart() const override;
    [[nodiscard]] double get_sumextra(Xapian::termcount doclen,
                                      Xapian::termcount uniqterms) const override;
    [[nodiscard]] double get_maxextra() const override;
};

}  // namespace dateline::searcher
