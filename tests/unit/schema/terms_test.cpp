// The spelling of every boolean term, as a table: the indexer writes these
// and the searcher looks them up, so a change here is a schema change.
#include "dateline/schema/terms.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <utility>

#include "dateline/schema/date_parsing.hpp"
#include "dateline/schema/entity_lists.hpp"

namespace dateline::schema {
namespace {

const FieldSpec& field(std::string_view name) {
    const FieldSpec* spec = find_field(name);
    if (spec == nullptr) throw std::logic_error("no field " + std::string(name));
    return *spec;
}

TEST(Terms, IdAndSource) {
    EXPECT_EQ(id_term("reuters-901"), "Qreuters-901");
    EXPECT_EQ(id_from_term("Qreuters-901"), "reuters-901");
    EXPECT_EQ(id_from_term(id_term("2019/a b.txt")), "2019/a b.txt");
    EXPECT_EQ(id_from_term("XSRCa.txt"), "");
    EXPECT_EQ(source_term("2019/rates.txt"), "XSRC2019/rates.txt");
}

TEST(Terms, DateIsADayAMonthAndAYear) {
    const DateTerms terms = date_terms(*Date::from_ymd(1987, 3, 2));
    EXPECT_EQ(terms.day, "D19870302");
    EXPECT_EQ(terms.month, "M198703");
    EXPECT_EQ(terms.year, "Y1987");
}

TEST(Terms, AQueryDateSelectsTheTermOfItsPrecision) {
    struct Case {
        const char* typed;
        const char* term;
    };
    const Case cases[] = {
        {"1987", "Y1987"},           {"1987-03", "M198703"},    {"1987-3", "M198703"},
        {"1987-03-02", "D19870302"}, {"1987/3/2", "D19870302"}, {"0900-12-31", "D09001231"},
    };
    for (const auto& c : cases) {
        const auto date = parse_date(c.typed).date;
        ASSERT_TRUE(date.has_value()) << c.typed;
        EXPECT_EQ(date_term(*date), c.term) << c.typed;
    }
    // What a query asks for is what the indexer wrote for a day within it.
    const DateTerms indexed = date_terms(*Date::from_ymd(2021, 1, 3));
    EXPECT_EQ(date_term(*parse_date("2021").date), indexed.year);
    EXPECT_EQ(date_term(*parse_date("2021-01").date), indexed.month);
    EXPECT_EQ(date_term(*parse_date("2021-01-03").date), indexed.day);
}

TEST(Terms, AnArticleDateHasTheTermsOfItsPrecisionOnly) {
    EXPECT_EQ(article_date_terms(*Date::from_ymd(1987, 3, 2)),
              (std::vector<std::string>{"D19870302", "M198703", "Y1987"}));
    EXPECT_EQ(article_date_terms(*parse_date("Mar 1987").date),
              (std::vector<std::string>{"M198703", "Y1987"}));
    EXPECT_EQ(article_date_terms(*parse_date("1987").date), (std::vector<std::string>{"Y1987"}));
}

TEST(Terms, EntitiesFollowTheirFieldsPrefixAndMatching) {
    const Entity volcker{"volcker", "Paul Volcker"};
    EXPECT_EQ(entity_terms(field("people"), volcker),
              (std::vector<std::string>{"XPERvolcker", "XPERpaul-volcker", "XPERpaul"}));
    const Entity germany{"west-germany", "West Germany"};
    EXPECT_EQ(entity_terms(field("places"), germany),
              (std::vector<std::string>{"XLOCwest-germany"}));
    // A code-book code is reached through the identity table, not a term.
    const Entity usa{"usa", "USA"};
    EXPECT_EQ(entity_terms(field("places"), usa), (std::vector<std::string>{"XLOCus"}));
    // A place the table does not know keeps its name: `place:paris`.
    const Entity paris{"paris", "Paris"};
    EXPECT_EQ(entity_terms(field("places"), paris), (std::vector<std::string>{"XLOCparis"}));
    const Entity gm{"general-motors", "General Motors Corp"};
    EXPECT_EQ(entity_terms(field("orgs"), gm),
              (std::vector<std::string>{"XORGgeneral-motors", "XORGgeneral-motors-corp"}));
}

TEST(Terms, AnEntityQueryIsTheKeyOfTheName) {
    EXPECT_EQ(entity_query_term(field("people"), "Paul  VOLCKER"), "XPERpaul-volcker");
    EXPECT_EQ(entity_query_term(field("places"), "west-germany"), "XLOCwest-germany");
    EXPECT_EQ(entity_query_term(field("places"), "Paris"), "XLOCparis");
    EXPECT_EQ(entity_query_term(field("orgs"), "Banque de França"), "XORGbanque-de-franca");
    EXPECT_EQ(entity_query_term(field("orgs"), "..."), "");
}

TEST(EntityLists, OneListPerEntityField) {
    EntityLists lists;
    lists.entities(field("orgs")).push_back(entity_from_name("OPEC"));
    lists.entities(field("people")).push_back(entity_from_name("Paul Volcker"));
    EXPECT_EQ(lists.orgs, (std::vector<Entity>{{"opec", "OPEC"}}));
    EXPECT_EQ(lists.people, (std::vector<Entity>{{"paul-volcker", "Paul Volcker"}}));
    EXPECT_TRUE(lists.places.empty());
    for (const auto& entity_field : entity_fields()) {
        EXPECT_NO_THROW((void)std::as_const(lists).entities(entity_field)) << entity_field.name;
    }
    EXPECT_THROW((void)lists.entities(field("title")), std::invalid_argument);
}

}  // namespace
}  // namespace dateline::schema
