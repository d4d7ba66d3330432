#include "dateline/extractor/gazetteer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/gazetteer_builder.hpp"
#include "support/temp_dir.hpp"

namespace dateline::extractor {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// A gazetteer built from tiny sources in the formats of shared/data/gazetteers.
class GazetteerBuild : public ::testing::Test {
  protected:
    void SetUp() override {
        const fs::path dir = temp_.path();
        write(dir / "iso.json", R"({"3166-1": [
            {"alpha_2": "IQ", "name": "Iraq"},
            {"alpha_2": "IR", "name": "Iran, Islamic Republic of", "official_name": "Islamic Republic of Iran", "common_name": "Iran"},
            {"alpha_2": "US", "name": "United States", "official_name": "United States of America"}]})");
        write(dir / "countryInfo.tsv",
              "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\n"
              "IQ\tIRQ\t368\tIZ\tIraq\tBaghdad\t437072\t38433600\n"
              "IR\tIRN\t364\tIR\tIran\tTehran\t1648000\t81800269\n"
              "US\tUSA\t840\tUS\tUnited States\tWashington\t9629091\t327167434\n"
              "NL\tNLD\t528\tNL\tThe Netherlands\tAmsterdam\t41526\t17231017\n"
              "FR\tFRA\t250\tFR\tFrance\tParis\t547030\t66987244\n"
              "BE\tBEL\t056\tBE\tBelgium\tBrussels\t30510\t11422068\n"
              "DE\tDEU\t276\tGM\tGermany\tBerlin\t357021\t82927922\n");
        write(dir / "admin1.tsv",
              "#region_code\tname\tname_ascii\tgeoname_id\n"
              "IQ.07\tBaghdad\tBaghdad\t98182\n"
              "US.NY\tNew York\tNew York\t5128638\n"
              "US.TX\tTexas\tTexas\t4736286\n");
        write(dir / "cities.tsv",
              "geonameid\tname\tasciiname\tcountry_code\tadmin1_code\tfeature_"
              "code\tpopulation\tlatitude\tlongitude\ttimezone\talternatenames\n"
              "98182\tBaghdad\tBaghdad\tIQ\t07\tPPLC\t7216000\t33.3\t44.4\tAsia/"
              "Baghdad\tBagdad,Bagdád,White House\n"
              "5128581\tNew York City\tNew York "
              "City\tUS\tNY\tPPL\t8804190\t40.7\t-74.0\tAmerica/New_York\tNYC,Nueva York\n"
              "112931\tTehr\xC4\x81n\tTehran\tIR\t26\tPPLC\t7153309\t35.7\t51.4\tAsia/"
              "Tehran\tTeheran\n"
              "2747373\tThe Hague\tThe "
              "Hague\tNL\t11\tPPLG\t474292\t52.1\t4.3\tEurope/Amsterdam\tDen Haag\n"
              "2988507\tParis\tParis\tFR\t11\tPPLC\t2138551\t48.9\t2.3\tEurope/Paris\t\n"
              "4717560\tParis\tParis\tUS\tTX\tPPLA2\t24782\t33.7\t-95.6\tAmerica/Chicago\t\n"
              "2803138\tAntwerpen\tAntwerpen\tBE\tVLG\tPPLA\t529247\t51.2\t4.4\tEurope/"
              "Brussels\tAmberes,Antwerp,Anvers\n"
              "4280539\tTopeka\tTopeka\tUS\tKS\tPPLA\t125963\t39.0\t-95.7\tAmerica/"
              "Chicago\tGoogle,Topeca\n"
              "2886242\tK\xC3\xB6ln\tKoeln\tDE\t07\tPPLA3\t963395\t50.9\t7.0\tEurope/"
              "Berlin\tCologne,Colonia\n");
        GazetteerSources sources;
        sources.iso3166_json = dir / "iso.json";
        sources.country_info = dir / "countryInfo.tsv";
        sources.admin1 = dir / "admin1.tsv";
        sources.cities = dir / "cities.tsv";
        stats_ = build_gazetteer(sources, dir / "gazetteer.bin");
        gazetteer_ = Gazetteer::load(dir / "gazetteer.bin");
    }

    TempDir temp_;
    GazetteerBuildStats stats_;
    Gazetteer gazetteer_;
};

TEST_F(GazetteerBuild, CountriesAndShortForms) {
    EXPECT_EQ(stats_.countries, 7U);
    const struct {
        const char* name;
        const char* canonical;
    } cases[] = {{"U.S.", "United States"},
                 {"US", "United States"},
                 {"America", "United States"},
                 {"united states of america", "United States"},
                 {"Islamic Republic of Iran", "Iran"},
                 {"IRAQ", "Iraq"},
                 {"USSR", "Soviet Union"}};
    for (const auto& c : cases) {
        const auto place = gazetteer_.find(c.name);
        ASSERT_TRUE(place) << c.name;
        EXPECT_EQ(place->name, c.canonical) << c.name;
        EXPECT_EQ(place->kind, PlaceKind::Country) << c.name;
    }
    EXPECT_FALSE(gazetteer_.find("Iran, Islamic Republic of"));  // sorting form, not used in text
}

TEST_F(GazetteerBuild, CitiesRegionsAndTheirCountries) {
    const auto baghdad = gazetteer_.find("Baghdad");
    ASSERT_TRUE(baghdad);
    EXPECT_EQ(baghdad->kind, PlaceKind::City);  // the city outranks the region
    EXPECT_EQ(baghdad->country, "Iraq");
    const auto tehran = gazetteer_.find("Tehran");
    ASSERT_TRUE(tehran);
    EXPECT_EQ(tehran->name, "Tehr\xC4\x81n");
    EXPECT_EQ(tehran->country, "Iran");
    const auto new_york = gazetteer_.find("NEW YORK");
    ASSERT_TRUE(new_york);
    EXPECT_EQ(new_york->kind, PlaceKind::Region);
    EXPECT_EQ(new_york->country, "United States");
    ASSERT_TRUE(gazetteer_.find("Bagdad"));        // one-word alternate of a big city
    EXPECT_FALSE(gazetteer_.find("White House"));  // multi-word alternates are skipped
    EXPECT_FALSE(gazetteer_.find("Saturday"));
    EXPECT_GE(gazetteer_.max_words(), 3U);
}

// A name keeps every place it may name, for resolution by evidence; the one
// it names first is unchanged (the tagger's feature reads it).
TEST_F(GazetteerBuild, ANameKeepsEveryPlaceItMayName) {
    const auto paris = gazetteer_.candidates("paris");
    ASSERT_EQ(paris.size(), 2U);
    EXPECT_EQ(paris[0].country_code, "fr");
    EXPECT_EQ(paris[0].geonameid, 2988507U);
    EXPECT_TRUE(paris[0].capital);
    EXPECT_EQ(paris[1].country_code, "us");
    EXPECT_EQ(paris[1].geonameid, 4717560U);
    EXPECT_EQ(paris[1].region_geonameid, 4736286U);  // Texas
    EXPECT_FALSE(paris[1].capital);
    EXPECT_EQ(gazetteer_.find("Paris")->geonameid, 2988507U);
    const auto texas = gazetteer_.find("Texas");
    ASSERT_TRUE(texas);
    EXPECT_EQ(texas->geonameid, 4736286U);
    EXPECT_EQ(texas->country_code, "us");
    const auto baghdad = gazetteer_.find("Baghdad");
    ASSERT_TRUE(baghdad);
    EXPECT_EQ(gazetteer_.candidates("baghdad").size(), 2U);  // the city, then the region
    EXPECT_EQ(baghdad->geonameid, 98182U);
    EXPECT_TRUE(gazetteer_.candidates("saturday").empty());
}

// English names of cities under a million are for the resolver only: the
// tagger's feature does not see them, so the model reads what it was trained on.
TEST_F(GazetteerBuild, SmallerCitiesEnglishNamesAreForTheResolverOnly) {
    EXPECT_FALSE(gazetteer_.find("Antwerp"));
    const auto antwerp = gazetteer_.candidates("antwerp");
    ASSERT_EQ(antwerp.size(), 1U);
    EXPECT_EQ(antwerp[0].name, "Antwerpen");
    EXPECT_EQ(antwerp[0].country, "Belgium");
    EXPECT_EQ(antwerp[0].country_code, "be");
    ASSERT_TRUE(gazetteer_.find("Antwerpen"));
}

// Below half a million people, an English name must resemble the city's:
// GeoNames lists "Google" among Topeka's names (a joke of 2010), and a
// company read as a place must not become a city in Kansas. Larger cities
// keep their exonyms, however unlike ("Cologne" of Köln).
TEST_F(GazetteerBuild, AnAlternateNameUnlikeASmallerCitysIsNoName) {
    EXPECT_TRUE(gazetteer_.candidates("google").empty());
    const auto topeca = gazetteer_.candidates("topeca");
    ASSERT_EQ(topeca.size(), 1U);
    EXPECT_EQ(topeca[0].geonameid, 4280539U);
    const auto cologne = gazetteer_.candidates("cologne");
    ASSERT_EQ(cologne.size(), 1U);
    EXPECT_EQ(cologne[0].geonameid, 2886242U);
    ASSERT_EQ(gazetteer_.candidates("antwerp").size(), 1U);  // like "Antwerpen"
}

// GeoNames now calls NL "The Netherlands"; news and metadata say
// "Netherlands", and the two must be one facet row.
TEST_F(GazetteerBuild, ACountryNameHasNoLeadingArticle) {
    for (const char* name : {"Netherlands", "The Netherlands", "the Netherlands", "Holland"}) {
        const auto place = gazetteer_.find(name);
        ASSERT_TRUE(place) << name;
        EXPECT_EQ(place->name, "Netherlands") << name;
        EXPECT_EQ(place->kind, PlaceKind::Country) << name;
    }
    const auto hague = gazetteer_.find("The Hague");  // a city keeps its "The"
    ASSERT_TRUE(hague);
    EXPECT_EQ(hague->name, "The Hague");
    EXPECT_EQ(hague->country, "Netherlands");
}

TEST(Gazetteer, CountryDisplayName) {
    const struct {
        const char* name;
        const char* display;
    } cases[] = {{"The Netherlands", "Netherlands"},
                 {"The Gambia", "Gambia"},
                 {"Netherlands", "Netherlands"},
                 {"Thailand", "Thailand"},
                 {"The", "The"},
                 {"", ""}};
    for (const auto& c : cases) EXPECT_EQ(country_display_name(c.name), c.display) << c.name;
}

TEST(Gazetteer, MissingOrForeignFileIsAModelError) {
    TempDir temp;
    EXPECT_THROW((void)Gazetteer::load(temp.path() / "none.bin"), ModelError);
    write(temp.path() / "bad.bin", "not a gazetteer at all");
    EXPECT_THROW((void)Gazetteer::load(temp.path() / "bad.bin"), ModelError);
}

}  // namespace
}  // namespace dateline::extractor
