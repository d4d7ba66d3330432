// Facet counting: the display name a key is shown with, and the client-side
// counting used over remote indexes (remote_facets.hpp) against the match spy,
// on local indexes where both can run.

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dateline/searcher/query_front_end.hpp"
#include "dateline/searcher/remote_facets.hpp"
#include "dateline/searcher/searcher.hpp"
#include "support/temp_dir.hpp"
#include "test_index.hpp"

namespace dateline::searcher {
namespace {

using test::make_article;

// Several spellings of one key, a person named twice in one article, undated
// and entity-less articles: everything the counts must treat alike.
std::vector<indexer::Article> articles() {
    return {
        make_article("c1", "1987-03-02", "Hong Kong tycoon buys", "Li Ka-Shing bought a stake.",
                     {"Li Ka-Shing"}, {"Hong Kong"}),
        make_article("c2", "1987-03-09", "Tycoon sells", "Li Ka-shing sold a stake in oil.",
                     {"Li Ka-shing", "Abdul-Aziz"}, {"Hong Kong", "Saudi Arabia"}),
        make_article("c3", "1987-04-20", "Tycoon again", "Li Ka-shing and oil once more.",
                     {"Li Ka-shing", "Li Ka-shing"}, {"Hong Kong"}),
        make_article("c4", "1987-04-21", "Saudi oil minister", "Abdul Aziz spoke about oil.",
                     {"Abdul Aziz"}, {"Saudi Arabia", "Central AMerica"}),
        make_article("c5", "", "Undated oil note", "Oil, again, with no date."),
        make_article("c6", "1988-01-05", "Central America", "Coffee and oil exports.", {},
                     {"Central America", "Central America"}),
        make_article("c7", "1988-02-01", "Coffee", "Coffee exports rose.", {}, {"Central America"}),
    };
}

const std::vector<FacetRequest> kAllFacets = {test::facet("person"), test::facet("place"),
                                              test::facet("date:day")};

class FacetCounting : public testing::Test {
  protected:
    void SetUp() override { test::build_index(path(), articles()); }

    [[nodiscard]] std::string path() const { return (dir_.path() / "index").string(); }

    // Facets, every value, as the match spy counts them on a local index.
    static std::vector<Facet> spy_facets(const std::string& query, const std::string& index) {
        Searcher searcher(open_index({index}));
        SearchRequest request;
        request.query = query;
        request.facets = kAllFacets;
        request.facet_limit = 0;
        return searcher.search(request).facets;
    }

    dateline::test::TempDir dir_;
};

void expect_same(const std::vector<Facet>& actual, const std::vector<Facet>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(actual[i].request, expected[i].request);
        EXPECT_EQ(actual[i].values, expected[i].values) << "facet " << i;
        EXPECT_EQ(actual[i].distinct_values, expected[i].distinct_values) << "facet " << i;
    }
}

TEST_F(FacetCounting, KeyShowsItsMostCommonName) {
    const auto facets = spy_facets("oil OR coffee OR tycoon", path());
    // "Li Ka-shing" twice, "Li Ka-Shing" once; a person repeated in one
    // article (c3) counts once.
    EXPECT_EQ(facets[0].values, (std::vector<FacetValue>{{"li-ka-shing", "Li Ka-shing", 3},
                                                         {"abdul-aziz", "Abdul Aziz", 2}}));
    // A tie ("Abdul-Aziz", "Abdul Aziz") goes to the first in byte order;
    // "Central America" is in more articles than "Central AMerica". Equal
    // counts are ordered by key.
    // Countries are counted by identity, their ISO code.
    EXPECT_EQ(facets[1].values, (std::vector<FacetValue>{{"central-america", "Central America", 3},
                                                         {"hk", "Hong Kong", 3},
                                                         {"sa", "Saudi Arabia", 2}}));
}

TEST_F(FacetCounting, NameDoesNotDependOnTheOrderArticlesAreSeen) {
    auto reversed = articles();
    std::reverse(reversed.begin(), reversed.end());
    const std::string other = (dir_.path() / "reversed").string();
    test::build_index(other, reversed);
    expect_same(spy_facets("oil OR coffee OR tycoon", other),
                spy_facets("oil OR coffee OR tycoon", path()));
}

TEST_F(FacetCounting, OnTheClientCountsWhatTheSpyCounts) {
    const Index index = open_index({path()});
    QueryFrontEndOptions options;
    options.language = index.language;
    QueryFrontEnd front_end(options, index.database);
    for (const std::string query :
         {"oil", "oil OR coffee OR tycoon", "person:li-ka-shing", "place:\"central america\"",
          "date:1987-03..1988-01", "NOT coffee", "platypus"}) {
        SCOPED_TRACE(query);
        Searcher searcher(open_index({path()}));
        SearchRequest request;
        request.query = query;
        request.facets = kAllFacets;
        request.facet_limit = 0;
        const SearchResult expected = searcher.search(request);
        const auto facets = count_facets_on_client(index.database, front_end.parse(query).query,
                                                   kAllFacets, expected.total, 0);
        expect_same(facets, expected.facets);
    }
}

TEST_F(FacetCounting, OnTheClientNoticesAnIndexThatChanged) {
    const Index index = open_index({path()});
    const Xapian::Query oil = QueryFrontEnd({}, index.database).parse("oil").query;
    EXPECT_NO_THROW((void)count_facets_on_client(index.database, oil, kAllFacets, 5, 0));
    // Fewer or more matches than the page search counted.
    EXPECT_THROW((void)count_facets_on_client(index.database, oil, kAllFacets, 4, 0),
                 Xapian::DatabaseModifiedError);
    EXPECT_THROW((void)count_facets_on_client(index.database, oil, kAllFacets, 6, 0),
                 Xapian::DatabaseModifiedError);
}

// The archive's alias tables (written by the IndexWriter, person_aliases.hpp)
// put a lone surname on the row of the one full name that dominates it, and a
// person: filter on that row finds the articles that only give the surname.
TEST(FacetAliases, ALoneSurnameCountsOnTheDominantFullNamesRow) {
    dateline::test::TempDir dir;
    const std::string path = (dir.path() / "index").string();
    test::build_index(
        path,
        {
            make_article("r1", "1987-03-02", "Budget", "The president spoke.", {"Ronald Reagan"}),
            make_article("r2", "1987-03-03", "Budget", "The president spoke.",
                         {"Reagan", "George"}),
            make_article("r3", "1987-03-04", "Budget", "The president spoke.", {"Reagan"}),
            make_article("v1", "1987-03-05", "Rates", "The chairman spoke.", {"Paul Volcker"}),
            make_article("g1", "1987-03-06", "Rates", "The chairman spoke.", {"George Shultz"}),
            make_article("g2", "1987-03-06", "Rates", "The chairman spoke.", {"George Bush"}),
        });
    Searcher searcher(open_index({path}));
    SearchRequest request;
    request.query = "*";
    request.facets = {test::facet("person")};
    const auto result = searcher.search(request);
    EXPECT_EQ(result.facets.at(0).values,
              (std::vector<FacetValue>{{"ronald-reagan", "Ronald Reagan", 3},
                                       {"george-bush", "George Bush", 1},
                                       {"george-shultz", "George Shultz", 1},
                                       {"paul-volcker", "Paul Volcker", 1}}));
    // The same through the client-side counting used over remote indexes.
    const Index index = open_index({path});
    QueryFrontEnd front_end;
    EXPECT_EQ(count_facets_on_client(index.database, Xapian::Query::MatchAll, request.facets, 6, 10,
                                     index.aliases)
                  .at(0)
                  .values,
              result.facets.at(0).values);
    // A hit shows its people resolved; the hidden first name is not shown.
    request.query = "id:r2";
    const auto hit = searcher.search(request).hits.at(0);
    EXPECT_EQ(hit.people, (std::vector<schema::Entity>{{"ronald-reagan", "Ronald Reagan"}}));
    // person:"ronald reagan" is one query with person:reagan.
    request.facets.clear();
    request.count_only = true;
    request.query = "person:\"ronald reagan\"";
    EXPECT_EQ(searcher.search(request).total, 3U);
    request.query = "person:reagan";
    EXPECT_EQ(searcher.search(request).total, 3U);
}

}  // namespace
}  // namespace dateline::searcher
