// EntityFinder on real text with the committed model (extractor/model/);
// skipped when the model or the shared seed article is absent.

#include "dateline/extractor/entity_finder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "dateline/extractor/model_location.hpp"
#include "dateline/schema/place_identities.hpp"

namespace dateline::extractor {
namespace {

namespace fs = std::filesystem;

const fs::path kModelDir = fs::path(DATELINE_SOURCE_DIR) / "extractor" / "model";
const fs::path kSeedArticle = fs::path(DATELINE_SHARED_DIR) / "seed" / "000_02faed74633e803f.txt";

bool model_present() {
    return fs::is_regular_file(kModelDir / kModelFileName) &&
           fs::is_regular_file(kModelDir / kGazetteerFileName);
}

const EntityFinder& finder() {
    static const EntityFinder f = EntityFinder::load(kModelDir);
    return f;
}

std::vector<std::string> names(const std::vector<schema::Entity>& entities) {
    std::vector<std::string> out;
    for (const auto& e : entities) {
        // A person's key is the key of the name; a place's its identity (a
        // country's ISO code, a GeoNames id), else the key of its name.
        const bool identity = schema::find_place_identity(e.key) != nullptr ||
                              schema::geonameid_of_key(e.key).has_value();
        EXPECT_TRUE(identity || e.key == schema::canonical_key(e.name)) << e.key << " " << e.name;
        out.push_back(e.name);
    }
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

#define REQUIRE_MODEL()   \
    if (!model_present()) \
    GTEST_SKIP() << "no trained model in " << kModelDir << " (run dateline-ner-train)"

TEST(EntityFinder, SeedArticle) {
    REQUIRE_MODEL();
    if (!fs::is_regular_file(kSeedArticle))
        GTEST_SKIP() << "shared seed article absent: " << kSeedArticle;
    std::ifstream in(kSeedArticle);
    std::stringstream text;
    text << in.rdbuf();
    const ExtractedEntities found = finder().find(text.str());
    const auto people = names(found.people);
    const auto places = names(found.places);
    for (const char* person : {"Qasem Soleimani", "Abu Mahdi al-Muhandis", "Donald Trump",
                               "Mustafa al-Kadhemi", "Hossein Salami", "Javad Zarif"}) {
        EXPECT_TRUE(contains(people, person))
            << person << " missing; people: " << testing::PrintToString(people);
    }
    for (const char* place :
         {"Baghdad", "Iraq", "Iran", "Syria", "Lebanon", "Yemen", "Israel", "Tahrir Square"}) {
        EXPECT_TRUE(contains(places, place))
            << place << " missing; places: " << testing::PrintToString(places);
    }
    for (const char* junk : {"Saturday", "Revolutionary Guards", "AFP", "Soleimani", "Trump",
                             "Muhandis", "Pics", "Baghdad International"}) {
        EXPECT_FALSE(contains(people, junk)) << junk;
        EXPECT_FALSE(contains(places, junk)) << junk;
    }
    // Each once.
    for (const auto* list : {&people, &places}) {
        auto sorted = *list;
        std::sort(sorted.begin(), sorted.end());
        EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
    }
}

struct FinderCase {
    const char* text;
    std::vector<std::string> people;   // must be found
    std::vector<std::string> places;   // must be found
    std::vector<std::string> implied;  // must be in implied_places
    std::optional<std::string> dateline;
};

TEST(EntityFinder, NormalisationTable) {
    REQUIRE_MODEL();
    const std::vector<FinderCase> cases = {
        {"U.S. President Donald Trump said on Saturday that the U.S. would respond. Trump spoke in "
         "Washington.",
         {"Donald Trump"},
         {"United States"},
         {},
         std::nullopt},
        {"BAGHDAD, Jan 3 (Reuters) - Thousands of mourners gathered on Sunday.",
         {},
         {"Baghdad"},
         {"Iraq"},
         "Baghdad"},
        {"NEW YORK, Feb 26 - Shares of the company rose sharply in early trading.",
         {},
         {"New York"},
         {"United States"},
         "New York"},
        {"Prime Minister Margaret Thatcher met Chancellor Helmut Kohl in Bonn. Thatcher's visit "
         "was short.",
         {"Margaret Thatcher", "Helmut Kohl"},
         {"Bonn"},
         {"Germany"},
         std::nullopt},
    };
    for (const FinderCase& c : cases) {
        const ExtractedEntities found = finder().find(c.text);
        const auto people = names(found.people);
        const auto places = names(found.places);
        const auto implied = names(found.implied_places);
        for (const auto& p : c.people) EXPECT_TRUE(contains(people, p)) << p << " in: " << c.text;
        for (const auto& p : c.places) EXPECT_TRUE(contains(places, p)) << p << " in: " << c.text;
        for (const auto& p : c.implied) EXPECT_TRUE(contains(implied, p)) << p << " in: " << c.text;
        for (const char* junk : {"Saturday", "Sunday", "Trump", "Thatcher", "U.S."}) {
            EXPECT_FALSE(contains(people, junk)) << junk << " in: " << c.text;
            EXPECT_FALSE(contains(places, junk)) << junk << " in: " << c.text;
        }
        EXPECT_EQ(found.dateline ? std::optional<std::string>(found.dateline->name) : std::nullopt,
                  c.dateline)
            << c.text;
    }
}

// Junk users saw in the place facet, and what must come out instead.
TEST(EntityFinder, PlacesThatAreNotPlaces) {
    REQUIRE_MODEL();
    const struct {
        const char* text;
        std::vector<std::string> places;      // must be among places
        std::vector<std::string> not_places;  // must be in neither places nor implied_places
    } cases[] = {
        {"Thousands of mourners gathered near Baghdad International airport on Sunday.",
         {"Baghdad"},
         {"Baghdad International"}},
        {"The plane landed at Baghdad International Airport late on Friday.",
         {"Baghdad"},
         {"Baghdad International Airport"}},
        {"In Pics | A year after the killing, mourners return to Baghdad", {"Baghdad"}, {"Pics"}},
        {"Dockers in The Netherlands walked out. The port strike in the Netherlands spread.",
         {"Netherlands"},
         {"The Netherlands"}},
        {"Shares fell in Europe and Asia, while markets in North America and Africa were closed.",
         {},
         {"Europe", "Asia", "North America", "Africa", "Philippines"}},
        {"Sanctions by the West hit exports to Iran.", {"Iran"}, {"West", "Cameroon"}},
        {"He told the United States Senate on Tuesday that Iraq was stable.",
         {"United States", "Iraq"},
         {"United States Senate"}},
    };
    for (const auto& c : cases) {
        const ExtractedEntities found = finder().find(c.text);
        const auto places = names(found.places);
        const auto implied = names(found.implied_places);
        for (const auto& p : c.places) {
            EXPECT_TRUE(contains(places, p))
                << p << " in: " << c.text << "; " << testing::PrintToString(places);
        }
        for (const auto& p : c.not_places) {
            EXPECT_FALSE(contains(places, p) || contains(implied, p)) << p << " in: " << c.text;
        }
    }
}

TEST(EntityFinder, EmptyAndPunctuationOnlyText) {
    REQUIRE_MODEL();
    for (const char* text : {"", "   \n\n", "-- ... !!", "\"\""}) {
        const ExtractedEntities found = finder().find(text);
        EXPECT_TRUE(found.people.empty() && found.places.empty()) << text;
    }
}

}  // namespace
}  // namespace dateline::extractor
