// "Did you mean": which words are corrected, into what, as a table over a
// small index built so that each rule has a word that tests it.

#include "dateline/searcher/spelling.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "dateline/searcher/index.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "support/temp_dir.hpp"
#include "test_index.hpp"

namespace dateline::searcher {
namespace {

using test::make_article;

std::vector<indexer::Article> archive() {
    std::vector<indexer::Article> articles = {
        // A word in 2 articles, with a far more frequent neighbour two edits away.
        make_article("e1", "2014-08-01", "Ebola outbreak", "The ebola virus spread."),
        make_article("e2", "2014-08-02", "Health", "Ebola cases fell."),
        // Words the archive has, with near neighbours it has more often.
        make_article("f1", "2014-08-03", "Flood", "A flood in the valley and a date for it."),
        make_article("c1", "2014-08-04", "Chips", "Potato chips are not a meal on that date."),
        make_article("k1", "2014-08-05", "Chef", "Thomas Keller opened a kitchen.",
                     {"Thomas Keller"}, {"Rotterdam"}),
        // A typo of the archive itself, in one article.
        make_article("t1", "2014-08-06", "Typo", "The goverment said inflation was low."),
    };
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        articles.push_back(make_article(
            "n" + n, "2014-09-01", "Ahola report " + n,
            "Ahola and the government published data on floods, chips and inflation, not "
            "prices.",
            {}, {"Rotterdam"}));
    }
    return articles;
}

class Spelling : public testing::Test {
  protected:
    void SetUp() override { test::build_index(dir_.path() / "index", archive()); }

    std::string suggest(const std::string& query) {
        const Index index = open_index({(dir_.path() / "index").string()});
        QueryFrontEnd front_end({}, index.database);
        return front_end.suggest_correction(query);
    }

    dateline::test::TempDir dir_;
};

struct SpellingCase {
    const char* query;
    const char* suggestion;  ///< "" for none
};

void PrintTo(const SpellingCase& c, std::ostream* out) { *out << c.query; }

// clang-format off
constexpr SpellingCase kCases[] = {
    // Words the archive has are left alone, however common a neighbour.
    {"ebola", ""},
    {"flood", ""},   // floods stems alike, and flood is there
    {"date", ""},    // data is more common, but date is in two articles
    {"chips", ""},
    {"Keller", ""},
    // Absent words are corrected, keeping the case pattern typed.
    {"inflaton", "inflation"},
    {"Inflaton", "Inflation"},
    {"INFLATON", "INFLATION"},
    {"inflaton prices", "inflation prices"},
    // A word in one article gives way to one in 50 times as many.
    {"goverment", "government"},
    // Short words: one edit at most ("dta" is absent, "data" one edit away).
    {"dta", "data"},
    {"ebolq", "ebola"},
    // Never field names, operators, wildcards or numbers.
    {"date:2014 inflaton", "date:2014 inflation"},
    {"title:inflaton", "title:inflation"},
    {"inflaton OR prices", "inflation OR prices"},
    {"inflat*", ""},
    {"2014x", ""},
    {"NOR", ""},     // "not" is one edit away, but NOT is an operator
    {"id:goverment", ""},
    // Names from the index for person: and place: values that match nothing.
    {"person:kelller", "person:keller"},
    {"person:\"thomas kelller\"", "person:thomas-keller"},
    {"place:rotterdm", "place:rotterdam"},
    {"PLACE:Rotterdm inflaton", "PLACE:rotterdam inflation"},
    {"person:keller", ""},
    {"person:zzyzx", ""},
};
// clang-format on

class SpellingTable : public Spelling, public testing::WithParamInterface<SpellingCase> {};

TEST_P(SpellingTable, SuggestsOnlyForRareOrAbsentWords) {
    const SpellingCase& c = GetParam();
    EXPECT_EQ(suggest(c.query), c.suggestion) << c.query;
}

INSTANTIATE_TEST_SUITE_P(Spelling, SpellingTable, testing::ValuesIn(kCases));

TEST(EditDistance, CountsCharactersAndSwaps) {
    EXPECT_EQ(edit_distance("keller", "kelller", 2), 1U);
    EXPECT_EQ(edit_distance("rotterdm", "rotterdam", 2), 1U);
    EXPECT_EQ(edit_distance("teh", "the", 2), 1U);               // a swap is one edit
    EXPECT_EQ(edit_distance("m\xC3\xBCller", "muller", 2), 1U);  // characters, not bytes
    EXPECT_EQ(edit_distance("ebola", "ahola", 2), 2U);
    EXPECT_EQ(edit_distance("abc", "xyzabc", 2), 3U);  // beyond the limit: limit + 1
    EXPECT_EQ(edit_distance("", "", 0), 0U);
}

}  // namespace
}  // namespace dateline::searcher
