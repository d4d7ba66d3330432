// Place identities: every spelling of a country, a historical country or a
// US state is one identity with one display name (place_identities.hpp), and
// the committed table is what tools/make-place-identities.py writes.

#include "dateline/schema/place_identities.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"

namespace {

using namespace dateline::schema;

struct SpellingCase {
    const char* spelling;  // as a user or a code book writes it
    const char* key;       // the identity it names
    const char* name;      // its display name
};

// One row per class of spelling: ISO code, Reuters code, name, short form,
// alternate spelling, demonym, historical country, US state, AP abbreviation.
TEST(PlaceIdentities, EverySpellingNamesOneIdentity) {
    const SpellingCase cases[] = {
        {"us", "us", "United States"},
        {"usa", "us", "United States"},
        {"U.S.", "us", "United States"},
        {"United States", "us", "United States"},
        {"United States of America", "us", "United States"},
        {"America", "us", "United States"},
        {"American", "us", "United States"},
        {"uk", "gb", "United Kingdom"},
        {"Britain", "gb", "United Kingdom"},
        {"british", "gb", "United Kingdom"},
        {"Holland", "nl", "Netherlands"},
        {"the netherlands", "nl", "Netherlands"},
        {"Dutch", "nl", "Netherlands"},
        {"de", "de", "Germany"},
        {"German", "de", "Germany"},
        {"Federal Republic of Germany", "de", "Germany"},
        {"Côte d'Ivoire", "ci", "Ivory Coast"},
        {"ivory-coast", "ci", "Ivory Coast"},
        {"Georgia", "ge", "Georgia"},
        {"ussr", "soviet-union", "Soviet Union"},
        {"Soviet Union", "soviet-union", "Soviet Union"},
        {"west-germany", "west-germany", "West Germany"},
        {"West German", "west-germany", "West Germany"},
        {"east-germany", "east-germany", "East Germany"},
        {"yugoslavia", "yugoslavia", "Yugoslavia"},
        {"czechoslovakia", "czechoslovakia", "Czechoslovakia"},
        {"zaire", "zaire", "Zaire"},
        {"burma", "burma", "Burma"},
        {"Myanmar", "mm", "Myanmar"},
        {"trinidad-tobago", "tt", "Trinidad and Tobago"},
        {"kampuchea", "kh", "Cambodia"},
        {"yemen-arab-republic", "north-yemen", "North Yemen"},
        {"California", "gn-5332921", "California"},
        {"calif", "gn-5332921", "California"},
        {"Pennsylvania", "gn-6254927", "Pennsylvania"},
        {"Massachusetts", "gn-6254926", "Massachusetts"},
        {"mass", "gn-6254926", "Massachusetts"},
        {"ill", "gn-4896861", "Illinois"},
        // An identity key names itself first: "pa" is Panama.
        {"pa", "pa", "Panama"},
    };
    for (const auto& c : cases) {
        const PlaceIdentityRow* row = find_place_identity(canonical_key(c.spelling));
        ASSERT_NE(row, nullptr) << c.spelling;
        EXPECT_EQ(row->key, c.key) << c.spelling;
        EXPECT_EQ(row->name, c.name) << c.spelling;
    }
}

TEST(PlaceIdentities, UnknownPlacesAndWordsNameNothing) {
    for (const char* spelling : {"paris", "baghdad", "york", "europe", ""})
        EXPECT_EQ(find_place_identity(canonical_key(spelling)), nullptr) << spelling;
}

TEST(PlaceIdentities, WashingtonIsTheDistrictAndTheStateIsWashingtonState) {
    const PlaceIdentityRow* dc = find_place_identity("washington");
    ASSERT_NE(dc, nullptr);
    EXPECT_EQ(dc->key, "gn-4138106");
    EXPECT_EQ(find_place_by_geonameid(4140963), dc) << "the city of Washington is D.C.";
    const PlaceIdentityRow* state = find_place_identity("washington-state");
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->key, "gn-5815135");
}

TEST(PlaceIdentities, ACityIsInTheCountryOfItsDay) {
    EXPECT_EQ(country_on_day("de", 2905330, 19870302)->key, "west-germany");  // Hesse
    EXPECT_EQ(country_on_day("de", 2842566, 19870302)->key, "east-germany");  // Saxony
    EXPECT_EQ(country_on_day("de", 2950157, 19870302), nullptr) << "Berlin was split";
    EXPECT_EQ(country_on_day("de", 2905330, 19901003)->key, "de");
    EXPECT_EQ(country_on_day("ru", 0, 19911225)->key, "soviet-union");
    EXPECT_EQ(country_on_day("ru", 0, 19911226)->key, "ru");
    EXPECT_EQ(country_on_day("ru", 0, 0)->key, "ru") << "an undated article: today";
    EXPECT_EQ(country_on_day("fr", 0, 19870302)->key, "fr");
}

TEST(PlaceIdentities, ADividedCountrysNameIsThePartThatKeptIt) {
    const PlaceIdentityRow* part = divided_country_name_on_day("de", 19870302);
    ASSERT_NE(part, nullptr);
    EXPECT_EQ(part->key, "west-germany") << "ten of Germany's regions, East Germany five";
    EXPECT_EQ(divided_country_name_on_day("de", 19901003), nullptr) << "united again";
    EXPECT_EQ(divided_country_name_on_day("de", 0), nullptr) << "an undated article: today";
    EXPECT_EQ(divided_country_name_on_day("ru", 19870302), nullptr) << "held whole, not divided";
    EXPECT_EQ(divided_country_name_on_day("ye", 19870302), nullptr)
        << "North Yemen held the rest: a whole-country row";
    EXPECT_EQ(divided_country_name_on_day("fr", 19870302), nullptr);
}

TEST(PlaceIdentities, RowsCarryGeonamesIdsAndCountries) {
    const PlaceIdentityRow* us = find_place_identity("us");
    ASSERT_NE(us, nullptr);
    EXPECT_EQ(us->geonameid, 6252001u);
    EXPECT_EQ(us->country, "us");
    EXPECT_EQ(us->kind, PlaceIdentityKind::Country);
    const PlaceIdentityRow* texas = find_place_identity("texas");
    ASSERT_NE(texas, nullptr);
    EXPECT_EQ(texas->key, "gn-4736286");
    EXPECT_EQ(texas->country, "us");
    EXPECT_EQ(texas->kind, PlaceIdentityKind::Region);
    EXPECT_EQ(find_place_by_geonameid(4736286), texas);
    const PlaceIdentityRow* ussr = find_place_identity("soviet-union");
    ASSERT_NE(ussr, nullptr);
    EXPECT_EQ(ussr->kind, PlaceIdentityKind::Historical);
    EXPECT_EQ(ussr->country, "");
    EXPECT_EQ(ussr->successor, "ru");
}

TEST(PlaceIdentities, StateAbbreviationsAreLookedUpAsWritten) {
    const struct {
        const char* written;
        const char* name;
    } cases[] = {{"Pa.", "Pennsylvania"}, {"Calif.", "California"},   {"Ill.", "Illinois"},
                 {"Wash.", "Washington"}, {"Mass.", "Massachusetts"}, {"N.Y.", "New York"},
                 {"Ga.", "Georgia"}};
    for (const auto& c : cases) {
        const PlaceIdentityRow* row = find_state_abbreviation(c.written);
        ASSERT_NE(row, nullptr) << c.written;
        EXPECT_EQ(row->name, c.name) << c.written;
        EXPECT_EQ(row->country, "us") << c.written;
    }
    for (const char* written : {"Pa", "PA", "pa.", "Paris", "TO"})
        EXPECT_EQ(find_state_abbreviation(written), nullptr) << written;
}

TEST(PlaceIdentities, GeonamesKeysRoundTrip) {
    EXPECT_EQ(geonames_key(2988507), "gn-2988507");
    EXPECT_EQ(geonameid_of_key("gn-2988507"), 2988507u);
    EXPECT_EQ(geonameid_of_key("gn-"), std::nullopt);
    EXPECT_EQ(geonameid_of_key("gn-12x"), std::nullopt);
    EXPECT_EQ(geonameid_of_key("us"), std::nullopt);
}

TEST(PlaceIdentity, EntitiesResolveByCodeThenByName) {
    EXPECT_EQ(place_identity({"usa", "USA"}), (Entity{"us", "United States"}));
    EXPECT_EQ(place_identity({"united-states", "United States"}), (Entity{"us", "United States"}));
    EXPECT_EQ(place_identity({"west-germany", "West Germany"}),
              (Entity{"west-germany", "West Germany"}));
    EXPECT_EQ(place_identity({"x", "Calif."}), (Entity{"gn-5332921", "California"}));
    EXPECT_EQ(place_identity({"gn-2988507", "Paris"}), (Entity{"gn-2988507", "Paris"}));
    EXPECT_EQ(place_identity({"tahrir-square", "Tahrir Square"}),
              (Entity{"tahrir-square", "Tahrir Square"}));
}

// `place:usa`, `place:us`, `place:"u.s."` and `place:"united states"` are one
// query; the state Georgia is not found by the country's spellings.
TEST(PlaceQueries, EverySpellingSelectsTheIdentityTerm) {
    const FieldSpec& places = *find_field("places");
    for (const char* value : {"usa", "us", "u.s.", "U.S.", "united states", "America"})
        EXPECT_EQ(entity_query_term(places, value), "XLOCus") << value;
    EXPECT_EQ(entity_query_term(places, "ussr"), "XLOCsoviet-union");
    EXPECT_EQ(entity_query_term(places, "holland"), "XLOCnl");
    EXPECT_EQ(entity_query_term(places, "\"the netherlands\""), "XLOCnl");
    EXPECT_EQ(entity_query_term(places, "paris"), "XLOCparis");
    const Entity georgia_state{"gn-4197000", "Georgia"};
    EXPECT_EQ(entity_terms(places, georgia_state), (std::vector<std::string>{"XLOCgn-4197000"}));
    EXPECT_EQ(entity_query_term(places, "georgia"), "XLOCge");
}

// The command in the repository reproduces the committed table.
TEST(PlaceIdentityTable, IsWhatTheCommandWrites) {
    const std::filesystem::path source = DATELINE_SOURCE_DIR;
    const std::filesystem::path shared = DATELINE_SHARED_DIR;
    if (!std::filesystem::exists(shared / "data" / "countries" / "countries.json"))
        GTEST_SKIP() << "../shared/data/countries is absent";
    if (std::system("python3 --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "no python3";
    const std::filesystem::path out =
        std::filesystem::temp_directory_path() / "dateline-place-identity-table.inc";
    const std::string command = "python3 '" + (source / "tools/make-place-identities.py").string() +
                                "' --shared '" + shared.string() + "' --output '" + out.string() +
                                "' 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const auto read = [](const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
    EXPECT_EQ(read(out), read(source / "schema/src/place_identity_table.inc"))
        << "run tools/make-place-identities.py and commit the table";
    std::filesystem::remove(out);
}

}  // namespace
