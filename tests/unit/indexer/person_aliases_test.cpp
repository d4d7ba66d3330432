// Person aliases as a table: the people of an archive (key, name, articles)
// -> what each key is shown as (its alias target, itself, or hidden).

#include "dateline/indexer/person_aliases.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "dateline/indexer/archive_aliases.hpp"
#include "dateline/indexer/org_aliases.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::indexer {
namespace {

namespace sc = dateline::schema;

EntityCount person(std::string_view name, Xapian::doccount articles) {
    return EntityCount{sc::entity_from_name(name), articles};
}

// What `key` is shown as: the target's key, the key itself, or "(hidden)".
std::string shown(const sc::EntityAliases& aliases, std::string_view key) {
    const auto resolved = aliases.resolve(sc::Entity{std::string(key), std::string(key)});
    return resolved ? resolved->key : "(hidden)";
}

struct Case {
    const char* what;
    std::vector<EntityCount> archive;
    std::vector<std::pair<const char*, const char*>> expected;  // key -> shown as
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.what; }

const std::vector<Case> kCases = {
    {"a surname alone goes to the full name that dominates it",
     {person("Ronald Reagan", 17), person("Nancy Reagan", 3), person("Reagan", 517)},
     {{"reagan", "ronald-reagan"}, {"nancy-reagan", "nancy-reagan"}}},
    {"a surname two people share stays a row of its own",
     {person("Bill Clinton", 7), person("Hillary Clinton", 5), person("Clinton", 9)},
     {{"clinton", "clinton"}, {"bill-clinton", "bill-clinton"}}},
    {"a word no full name of the archive has is hidden (slips, and mononyms)",
     {person("Suharto", 17), person("Twitter", 21), person("Paul Volcker", 3)},
     {{"suharto", "(hidden)"}, {"twitter", "(hidden)"}, {"paul-volcker", "paul-volcker"}}},
    {"a first name alone goes to the one full name it starts",
     {person("Bernie Sanders", 15), person("Bernie", 2)},
     {{"bernie", "bernie-sanders"}}},
    {"a first name alone that no full name dominates is hidden",
     {person("George Shultz", 50), person("George Bush", 41), person("George", 12)},
     {{"george", "(hidden)"}, {"george-bush", "george-bush"}}},
    {"familiar given names are one person, the form most articles use wins",
     {person("Bill Weld", 3), person("William Weld", 2), person("Weld", 2)},
     {{"william-weld", "bill-weld"}, {"weld", "bill-weld"}}},
    {"a middle initial is the same person",
     {person("John R. Bolton", 4), person("John Bolton", 9), person("Bolton", 3)},
     {{"john-r-bolton", "john-bolton"}, {"bolton", "john-bolton"}}},
    {"two different middles make the short form ambiguous",
     {person("George W. Bush", 9), person("George H. W. Bush", 4), person("George Bush", 3)},
     {{"george-w-bush", "george-w-bush"},
      {"george-h-w-bush", "george-h-w-bush"},
      {"george-bush", "george-bush"}}},
    {"a surname spelt with a letter more at its end",
     {person("Volodymyr Zelensky", 4), person("Volodymyr Zelenskyy", 2), person("Zelenskyy", 1)},
     {{"volodymyr-zelenskyy", "volodymyr-zelensky"}, {"zelenskyy", "volodymyr-zelensky"}}},
    {"but not surnames that differ inside",
     {person("Bob Johnston", 5), person("Bob Johnson", 4)},
     {{"bob-johnston", "bob-johnston"}, {"bob-johnson", "bob-johnson"}}},
    {"a generational suffix is another person",
     {person("Donald Trump", 50), person("Donald Trump Jr.", 3), person("Trump", 6)},
     {{"donald-trump-jr", "donald-trump-jr"}, {"trump", "donald-trump"}}},
    {"the first of two surnames",
     {person("Ricardo Rosselló Nevares", 3), person("Rosselló", 3), person("Karl Otto Poehl", 38)},
     {{"rossello", "ricardo-rossello-nevares"}}},
    {"a word that ends full names more than it starts them is a surname",
     {person("Howard Baker", 26), person("James Baker", 188), person("Baker Street", 1),
      person("Baker", 77)},
     {{"baker", "james-baker"}}},
};

class PersonAliasesTest : public testing::TestWithParam<Case> {};

TEST_P(PersonAliasesTest, ResolvesAsExpected) {
    const Case& c = GetParam();
    const auto aliases = compute_person_aliases(c.archive);
    for (const auto& [key, expected] : c.expected)
        EXPECT_EQ(shown(aliases, key), expected) << c.what << ": " << key;
}

INSTANTIATE_TEST_SUITE_P(PersonAliases, PersonAliasesTest, testing::ValuesIn(kCases));

TEST(PersonAliases, TargetsCarryTheRowsDisplayName) {
    const std::vector<EntityCount> archive{person("Ronald Reagan", 17), person("Reagan", 517)};
    const auto aliases = compute_person_aliases(archive);
    const auto target = aliases.target_of("reagan");
    ASSERT_TRUE(target.has_value());
    EXPECT_EQ(target->name, "Ronald Reagan");
    EXPECT_EQ(aliases.aliases_of("ronald-reagan"), std::vector<std::string_view>{"reagan"});
}

TEST(PersonAliases, CountsEachArticleOnceWithItsMostCommonName) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto add = [&db](const std::vector<sc::Entity>& people) {
        Xapian::Document doc;
        doc.add_value(sc::slot::kPeople, sc::encode_entities(people));
        db.add_document(doc);
    };
    add({{"paul-volcker", "Paul Volcker"}, {"paul-volcker", "Paul Volcker"}});
    add({{"paul-volcker", "Paul A. Volcker"}});
    add({{"paul-volcker", "Paul Volcker"}, {"reagan", "Reagan"}});
    db.add_document(Xapian::Document());  // no people
    const auto counts = count_entities(db, *sc::find_field("people"));
    ASSERT_EQ(counts.size(), 2U);
    EXPECT_EQ(counts[0].entity, (sc::Entity{"paul-volcker", "Paul Volcker"}));
    EXPECT_EQ(counts[0].articles, 3U);
    EXPECT_EQ(counts[1].entity, (sc::Entity{"reagan", "Reagan"}));
    EXPECT_EQ(counts[1].articles, 1U);
}

TEST(PersonAliases, NamesGivenEquallyOftenGoToTheFirstInByteOrder) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto add = [&db](const std::vector<sc::Entity>& people) {
        Xapian::Document doc;
        doc.add_value(sc::slot::kPeople, sc::encode_entities(people));
        db.add_document(doc);
    };
    // Seen first or last, the name in byte order first wins a tie; a name
    // seen later that more articles give wins outright.
    add({{"paul-volcker", "Paul Volcker"}, {"james-baker", "James A. Baker"}});
    add({{"paul-volcker", "Paul A. Volcker"}, {"james-baker", "James Baker"}});
    add({{"reagan", "Reagan"}});
    add({{"reagan", "REAGAN"}});
    add({{"reagan", "REAGAN"}});
    const auto counts = count_entities(db, *sc::find_field("people"));
    ASSERT_EQ(counts.size(), 3U);
    EXPECT_EQ(counts[0].entity, (sc::Entity{"james-baker", "James A. Baker"}));
    EXPECT_EQ(counts[1].entity, (sc::Entity{"paul-volcker", "Paul A. Volcker"}));
    EXPECT_EQ(counts[2].entity, (sc::Entity{"reagan", "REAGAN"}));
    EXPECT_EQ(counts[2].articles, 3U);
}

TEST(OrgAliases, AnAcronymIsTheOrganisationWhoseInitialsItSpells) {
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("European Community"), 40},
        {sc::entity_from_name("EC"), 300},
        {sc::entity_from_name("International Monetary Fund"), 20},
        {sc::entity_from_name("Organisation of Petroleum Exporting Countries"), 9},
        {sc::entity_from_name("OPEC"), 200},
        {sc::entity_from_name("IMF"), 90},
        // Two organisations with the same initials, each written beside the
        // acronym as often.
        {sc::entity_from_name("Asian Development Bank"), 5},
        {sc::entity_from_name("African Development Bank"), 4},
        {sc::entity_from_name("ADB"), 7},
    };
    OrgPairs pairs;
    pairs.add("ec", "european-community", 30);
    pairs.add("imf", "international-monetary-fund", 15);
    pairs.add("opec", "organisation-of-petroleum-exporting-countries", 8);
    pairs.add("adb", "asian-development-bank", 3);
    pairs.add("adb", "african-development-bank", 2);
    const auto aliases = compute_org_aliases(orgs, pairs);
    EXPECT_EQ(shown(aliases, "ec"), "european-community");
    EXPECT_EQ(shown(aliases, "imf"), "international-monetary-fund");
    EXPECT_EQ(shown(aliases, "opec"), "organisation-of-petroleum-exporting-countries");
    EXPECT_EQ(shown(aliases, "adb"), "adb");
    EXPECT_EQ(shown(aliases, "european-community"), "european-community");
}

TEST(OrgAliases, AnAcronymIsTheOrganisationItsArticlesSpellOut) {
    // Reuters-21578: "Fed" (the Federal Reserve) in 202 articles, and one
    // article naming a "Frontier Exploration Department" without "Fed"; "ICO"
    // beside the coffee organisation, never beside the Islamic Conference
    // Organisation, which has the same initials and more articles.
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("Fed"), 202},
        {sc::entity_from_name("Frontier Exploration Department"), 1},
        {sc::entity_from_name("ICO"), 61},
        {sc::entity_from_name("International Coffee Organisation"), 20},
        {sc::entity_from_name("Islamic Conference Organisation"), 45},
        // Never named beside the acronym (a code book's name hides the
        // text's acronym), and named often enough.
        {sc::entity_from_name("GATT"), 42},
        {sc::entity_from_name("General Agreement on Tariffs and Trade"), 80},
        // Boeing's ticker "BA", beside a "Boeing ATF" team in one article.
        {sc::entity_from_name("BA"), 39},
        {sc::entity_from_name("Boeing ATF"), 1},
        // "Commodity Credit Corp" without its company form.
        {sc::entity_from_name("CCC"), 78},
        {sc::entity_from_name("Commodity Credit"), 75},
        // A country's ministry, spelt out "Ministry of International Trade
        // and Industry (MITI)".
        {sc::entity_from_name("MITI"), 40},
        {sc::entity_from_name("International Trade and Industry Ministry (Japan)"), 38},
    };
    OrgPairs pairs;
    pairs.add("ico", "international-coffee-organisation", 15);
    pairs.add("ico", "reuters", 61);
    pairs.add("ba", "boeing-atf", 1);
    pairs.add("ccc", "commodity-credit", 61);
    pairs.add("miti", "international-trade-and-industry-ministry-japan", 20);
    const auto aliases = compute_org_aliases(orgs, pairs);
    EXPECT_EQ(shown(aliases, "fed"), "fed");
    EXPECT_EQ(shown(aliases, "ba"), "ba");
    EXPECT_EQ(shown(aliases, "ccc"), "commodity-credit");
    EXPECT_EQ(shown(aliases, "miti"), "international-trade-and-industry-ministry-japan");
    EXPECT_EQ(shown(aliases, "ico"), "international-coffee-organisation");
    EXPECT_EQ(shown(aliases, "islamic-conference-organisation"), "islamic-conference-organisation");
    EXPECT_EQ(shown(aliases, "gatt"), "general-agreement-on-tariffs-and-trade");
    EXPECT_EQ(pairs.together("reuters", "ico"), 61U);
}

TEST(OrgAliases, AClippedNameIsTheOrganisationItsArticlesNameBesideIt) {
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("Fed"), 200},
        {sc::entity_from_name("Federal Reserve"), 300},
        {sc::entity_from_name("Federal Reserve Board"), 150},
        {sc::entity_from_name("Federal Express"), 20},
        // Named beside "Gen" in too few of its articles.
        {sc::entity_from_name("Gen"), 40},
        {sc::entity_from_name("General Motors"), 90},
    };
    OrgPairs pairs;
    pairs.add("fed", "federal-reserve", 70);
    pairs.add("fed", "federal-reserve-board", 20);
    pairs.add("fed", "federal-express", 2);
    pairs.add("gen", "general-motors", 5);
    const auto aliases = compute_org_aliases(orgs, pairs);
    // "Federal Reserve" is the short name of the Board: one row.
    EXPECT_EQ(shown(aliases, "federal-reserve"), "federal-reserve-board");
    EXPECT_EQ(shown(aliases, "fed"), "federal-reserve-board");
    EXPECT_EQ(shown(aliases, "federal-express"), "federal-express");
    EXPECT_EQ(shown(aliases, "gen"), "gen");
}

TEST(OrgAliases, ALastWordIsTheOrganisationItsArticlesNameBesideIt) {
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("Villa"), 40},
        {sc::entity_from_name("Aston Villa"), 60},
        // Named beside "Palace" in too few of its articles.
        {sc::entity_from_name("Palace"), 100},
        {sc::entity_from_name("Crystal Palace"), 30},
        // A word that ends many names is their kind.
        {sc::entity_from_name("United"), 50},
        {sc::entity_from_name("Manchester United"), 90},
        {sc::entity_from_name("Newcastle United"), 20},
        {sc::entity_from_name("Leeds United"), 20},
        {sc::entity_from_name("West Ham United"), 20},
        // "Steel" is U.S. Steel's row ("U.S." dropped), not Bethlehem's.
        {sc::entity_from_name("Steel"), 10},
        {sc::entity_from_name("U.S. Steel"), 30},
        {sc::entity_from_name("Bethlehem Steel"), 20},
    };
    OrgPairs all;
    OrgPairs some(orgs);
    const std::vector<std::vector<std::string>> articles{
        {"villa", "aston-villa"},        {"palace", "crystal-palace"},
        {"united", "manchester-united"}, {"steel", "bethlehem-steel"},
        {"villa", "manchester-united"},
    };
    for (int copies = 0; copies < 12; ++copies) {
        for (const auto& article : articles) {
            all.add_article(article);
            some.add_article(article);
        }
    }
    // The pairs of a last word and the name it ends are counted.
    EXPECT_EQ(some.together("villa", "aston-villa"), 12U);
    EXPECT_EQ(some.together("villa", "manchester-united"), 0U);
    const auto aliases = compute_org_aliases(orgs, some);
    EXPECT_EQ(shown(aliases, "villa"), "aston-villa");
    EXPECT_EQ(shown(aliases, "palace"), "palace");
    EXPECT_EQ(shown(aliases, "united"), "united");
    EXPECT_EQ(shown(aliases, "steel"), "u-s-steel");
    EXPECT_EQ(compute_org_aliases(orgs, all), aliases);
}

TEST(OrgAliases, PairsCountTheArticlesNamingTwoOrganisations) {
    OrgPairs pairs;
    const std::vector<std::string> article{"ec", "european-community", "gatt"};
    pairs.add_article(article);
    pairs.add_article(article);
    EXPECT_EQ(pairs.together("european-community", "ec"), 2U);
    EXPECT_EQ(pairs.together("gatt", "ec"), 2U);
    EXPECT_EQ(pairs.together("gatt", "imf"), 0U);
}

TEST(OrgAliases, OnlyThePairsTheRulesReadAreCounted) {
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("European Community"), 30},
        {sc::entity_from_name("EC"), 90},
        {sc::entity_from_name("Fed"), 20},
        {sc::entity_from_name("Federal Reserve"), 40},
        {sc::entity_from_name("Texaco"), 50},
        {sc::entity_from_name("International Monetary Fund"), 10},
    };
    OrgPairs pairs(orgs);
    const std::vector<std::string> article{
        "ec",    "european-community", "fed", "federal-reserve", "international-monetary-fund",
        "texaco"};
    pairs.add_article(article);
    // An acronym beside the name it spells, a clipped name beside the name
    // it starts.
    EXPECT_EQ(pairs.together("european-community", "ec"), 1U);
    EXPECT_EQ(pairs.together("fed", "federal-reserve"), 1U);
    // Nothing any rule reads.
    EXPECT_EQ(pairs.together("fed", "texaco"), 0U);
    EXPECT_EQ(pairs.together("ec", "international-monetary-fund"), 0U);
    EXPECT_EQ(pairs.together("european-community", "international-monetary-fund"), 0U);
}

TEST(OrgAliases, CountingOnlyThePairsReadGivesTheSameAliases) {
    // Every spelling of a short name counts: "US Fed" is the Fed once
    // spelling-free ("u-s-" dropped).
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("Fed"), 200},
        {sc::entity_from_name("U.S. Fed"), 10},
        {sc::entity_from_name("Federal Reserve"), 300},
        {sc::entity_from_name("Federal Express"), 20},
        {sc::entity_from_name("IMF"), 90},
        {sc::entity_from_name("International Monetary Fund"), 5},
        {sc::entity_from_name("Texaco"), 50},
    };
    OrgPairs all;
    OrgPairs some(orgs);
    const std::vector<std::vector<std::string>> articles{
        {"fed", "federal-reserve", "texaco"},
        {"federal-express", "federal-reserve", "u-s-fed"},
        {"imf", "international-monetary-fund"},
        {"federal-express", "texaco"},
    };
    for (int copies = 0; copies < 30; ++copies) {
        for (const auto& article : articles) {
            all.add_article(article);
            some.add_article(article);
        }
    }
    EXPECT_EQ(all.together("texaco", "federal-express"), 30U);
    EXPECT_EQ(some.together("texaco", "federal-express"), 0U);
    const auto full = compute_org_aliases(orgs, all);
    EXPECT_EQ(compute_org_aliases(orgs, some), full);
    EXPECT_EQ(shown(full, "u-s-fed"), "federal-reserve");
    EXPECT_EQ(shown(full, "imf"), "international-monetary-fund");
}

TEST(OrgAliases, SpellingsOfOneOrganisationAreOneRow) {
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("Treasury"), 80},
        {sc::entity_from_name("U.S. Treasury"), 30},
        {sc::entity_from_name("Agriculture Department"), 60},
        {sc::entity_from_name("U.S. Department of Agriculture"), 20},
        {sc::entity_from_name("International Coffee Organisation"), 10},
        {sc::entity_from_name("International Coffee Organization"), 4},
        {sc::entity_from_name("ICO"), 12},
        {sc::entity_from_name("USDA"), 40},
    };
    OrgPairs pairs;
    pairs.add("ico", "international-coffee-organisation", 2);
    pairs.add("ico", "international-coffee-organization", 2);
    pairs.add("usda", "u-s-department-of-agriculture", 15);
    const auto aliases = compute_org_aliases(orgs, pairs);
    EXPECT_EQ(shown(aliases, "u-s-treasury"), "treasury");
    EXPECT_EQ(shown(aliases, "u-s-department-of-agriculture"), "agriculture-department");
    EXPECT_EQ(shown(aliases, "international-coffee-organization"),
              "international-coffee-organisation");
    // The acronym is written beside both spellings: 4 of their 14 articles.
    EXPECT_EQ(shown(aliases, "ico"), "international-coffee-organisation");
    // The initials of a spelling that is not the row's.
    EXPECT_EQ(shown(aliases, "usda"), "agriculture-department");
}

TEST(OrgAliases, AShortNameIsTheLongerOrganisationThatDominatesIt) {
    const std::vector<EntityCount> orgs{
        {sc::entity_from_name("Ford"), 30},
        {sc::entity_from_name("Ford Motor"), 50},
        {sc::entity_from_name("Ford Motor Credit"), 5},
        {sc::entity_from_name("Texaco"), 90},
        {sc::entity_from_name("Texaco Canada"), 12},
        {sc::entity_from_name("Bank"), 40},
        {sc::entity_from_name("Bank of Japan"), 30},
        {sc::entity_from_name("Bank of England"), 25},
        // A whole name, beside its subsidiary's.
        {sc::entity_from_name("Bank of Tokyo"), 25},
        {sc::entity_from_name("Bank of Tokyo International"), 38},
        {sc::entity_from_name("Royal Bank"), 5},
        {sc::entity_from_name("Royal Bank of Canada"), 30},
    };
    const auto aliases = compute_org_aliases(orgs, OrgPairs{});
    EXPECT_EQ(shown(aliases, "ford"), "ford-motor");
    EXPECT_EQ(shown(aliases, "ford-motor-credit"), "ford-motor-credit");
    // Texaco Canada is too rare to be what "Texaco" means.
    EXPECT_EQ(shown(aliases, "texaco"), "texaco");
    // Neither bank dominates.
    EXPECT_EQ(shown(aliases, "bank"), "bank");
    EXPECT_EQ(shown(aliases, "bank-of-tokyo"), "bank-of-tokyo");
    EXPECT_EQ(shown(aliases, "royal-bank"), "royal-bank-of-canada");
}

TEST(ArchiveAliases, APersonTheArchiveNamesAsAnOrganisationMoreOftenIsHidden) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto add = [&db](const char* person, const char* org) {
        Xapian::Document doc;
        if (person)
            doc.add_value(sc::slot::kPeople, sc::encode_entities({sc::entity_from_name(person)}));
        if (org) doc.add_value(sc::slot::kOrgs, sc::encode_entities({sc::entity_from_name(org)}));
        db.add_document(doc);
    };
    add("Merrill Lynch", nullptr);
    add(nullptr, "Merrill Lynch");
    add(nullptr, "Merrill Lynch");
    add("Paul Volcker", "Merrill Lynch");
    add("Paul Volcker", nullptr);
    const auto tables = compute_alias_tables(db);
    const auto& people = tables.of(*sc::find_field("people"));
    EXPECT_EQ(shown(people, "merrill-lynch"), "(hidden)");
    EXPECT_EQ(shown(people, "paul-volcker"), "paul-volcker");
}

TEST(ArchiveAliases, ANameInsideOrganisationNamesTwiceAsOftenIsHidden) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto add = [&db](const char* person, const char* org, int times) {
        for (int i = 0; i < times; ++i) {
            Xapian::Document doc;
            if (person)
                doc.add_value(sc::slot::kPeople,
                              sc::encode_entities({sc::entity_from_name(person)}));
            if (org)
                doc.add_value(sc::slot::kOrgs, sc::encode_entities({sc::entity_from_name(org)}));
            db.add_document(doc);
        }
    };
    // "Lehman" of Shearson Lehman Brothers: the company is named in six
    // articles, the lone word in three.
    add("Jack Lehman", nullptr, 1);
    add("Lehman", nullptr, 3);
    add(nullptr, "Shearson Lehman Brothers", 6);
    // "C. Olivetti" of Ing C. Olivetti, at the end of the name.
    add("C. Olivetti", nullptr, 2);
    add(nullptr, "Ing C. Olivetti", 4);
    // A person whose name is inside a rarer organisation's stays: twice is
    // the bar, not "as often" as for a name that starts one.
    add("Ronald Reagan", nullptr, 10);
    add("Reagan", nullptr, 5);
    add(nullptr, "Ronald Reagan Presidential Foundation", 9);
    // A word inside a name is matched as a whole word only.
    add("Robert Lee", nullptr, 1);
    add("Lee", nullptr, 2);
    add(nullptr, "Shearson Leeds", 9);
    const auto tables = compute_alias_tables(db);
    const auto& people = tables.of(*sc::find_field("people"));
    EXPECT_EQ(shown(people, "lehman"), "(hidden)");
    EXPECT_EQ(shown(people, "jack-lehman"), "jack-lehman");
    EXPECT_EQ(shown(people, "c-olivetti"), "(hidden)");
    EXPECT_EQ(shown(people, "reagan"), "ronald-reagan");
    EXPECT_EQ(shown(people, "lee"), "robert-lee");
}

TEST(ArchiveAliases, AnUnknownPlaceTheArchiveNamesAsSomeoneElseMoreOftenIsHidden) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const sc::FieldSpec& people = *sc::find_field("people");
    // One article per call, with these entities (nullptr: none).
    const auto add = [&](const sc::Entity* place, const char* person, const char* org) {
        Xapian::Document doc;
        if (place) doc.add_value(sc::slot::kPlaces, sc::encode_entities({*place}));
        if (person) {
            const sc::Entity entity = sc::entity_from_name(person);
            doc.add_value(sc::slot::kPeople, sc::encode_entities({entity}));
            doc.add_term(sc::entity_identity_term(people, entity.key));
        }
        if (org) doc.add_value(sc::slot::kOrgs, sc::encode_entities({sc::entity_from_name(org)}));
        db.add_document(doc);
    };
    const sc::Entity twitter = sc::entity_from_name("Twitter");
    const sc::Entity obama = sc::entity_from_name("Barack Obama");
    const sc::Entity monmouth = sc::entity_from_name("Monmouth");
    const sc::Entity punta_tombo = sc::entity_from_name("Punta Tombo");
    const sc::Entity london{"gn-2643743", "London"};
    const sc::Entity us{"us", "United States"};
    // Tagged LOC twice, an organisation in three articles.
    add(&twitter, nullptr, nullptr);
    add(&twitter, nullptr, "Twitter");
    for (int i = 0; i < 2; ++i) add(nullptr, nullptr, "Twitter");
    // A place once, a person in two articles.
    add(&obama, nullptr, nullptr);
    for (int i = 0; i < 2; ++i) add(nullptr, "Barack Obama", nullptr);
    // One article each way says nothing.
    add(&monmouth, nullptr, nullptr);
    add(nullptr, nullptr, "Monmouth");
    // As often as a place as an organisation: stays.
    for (int i = 0; i < 2; ++i) add(&punta_tombo, nullptr, nullptr);
    for (int i = 0; i < 2; ++i) add(nullptr, nullptr, "Punta Tombo");
    // Places the gazetteer or the identity table knows stay, whatever else
    // bears their names.
    add(&london, nullptr, nullptr);
    add(&us, nullptr, nullptr);
    for (int i = 0; i < 3; ++i) add(nullptr, "Gn 2643743", "US");
    const auto tables = compute_alias_tables(db);
    const auto& places = tables.of(*sc::find_field("places"));
    EXPECT_EQ(shown(places, "twitter"), "(hidden)");
    EXPECT_EQ(shown(places, "barack-obama"), "(hidden)");
    EXPECT_EQ(shown(places, "monmouth"), "monmouth");
    EXPECT_EQ(shown(places, "punta-tombo"), "punta-tombo");
    EXPECT_EQ(shown(places, "gn-2643743"), "gn-2643743");
    EXPECT_EQ(shown(places, "us"), "us");
    // The organisation and the person keep their rows.
    EXPECT_EQ(shown(tables.of(*sc::find_field("orgs")), "twitter"), "twitter");
    EXPECT_EQ(shown(tables.of(people), "barack-obama"), "barack-obama");
}

}  // namespace
}  // namespace dateline::indexer
