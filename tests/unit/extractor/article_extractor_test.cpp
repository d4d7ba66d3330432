// The extraction policy with the trained model (extractor/model), on texts
// written to show each rule of ArticleExtractor.
#include "dateline/extractor/article_extractor.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace dateline::extractor {
namespace {

std::vector<std::string> keys(const std::vector<schema::Entity>& entities) {
    std::vector<std::string> result;
    for (const auto& e : entities) result.push_back(e.key);
    return result;
}

std::vector<std::string> names(const std::vector<schema::Entity>& entities) {
    std::vector<std::string> result;
    for (const auto& e : entities) result.push_back(e.name);
    return result;
}

bool contains(const std::vector<std::string>& list, const std::string& key) {
    return std::find(list.begin(), list.end(), key) != list.end();
}

class ArticleExtractorTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        extractor_ = std::make_unique<ArticleExtractor>(ArticleExtractor::load(
            std::filesystem::path(test::source_dir()) / "extractor" / "model"));
    }
    static void TearDownTestSuite() { extractor_.reset(); }

    static ArticleEntities extract(const std::string& title, const std::string& body,
                                   const std::vector<schema::Entity>& people = {},
                                   const std::vector<schema::Entity>& places = {}) {
        return extractor_->extract({title, body, people, places, {}, std::nullopt});
    }

    static inline std::unique_ptr<ArticleExtractor> extractor_;
};

TEST_F(ArticleExtractorTest, CitiesBringTheirCountry) {
    const auto found =
        extract("Mourners gather", "Thousands gathered in Baghdad on Saturday night.");
    EXPECT_TRUE(contains(names(found.places), "Baghdad"));
    // Places by identity: a country by its ISO code.
    EXPECT_TRUE(contains(keys(found.implied_places), "iq"));
    EXPECT_FALSE(contains(keys(found.people), "saturday"));
}

TEST_F(ArticleExtractorTest, MetadataIsNotRepeatedUnderAnotherName) {
    const auto found = extract("Fed chairman speaks",
                               "Federal Reserve Board Chairman Paul Volcker said United States "
                               "interest rates would stay low, officials in Washington said.",
                               {{"volcker", "Paul Volcker"}}, {{"usa", "USA"}});
    EXPECT_FALSE(contains(keys(found.people), "paul-volcker")) << "volcker is Paul Volcker";
    EXPECT_FALSE(contains(names(found.places), "United States")) << "usa is the United States";
    EXPECT_FALSE(contains(keys(found.places), "us")) << "usa is the United States";
    EXPECT_TRUE(contains(keys(found.places), "gn-4138106")) << "Washington, D.C.";
}

TEST_F(ArticleExtractorTest, WireCopyJunkIsFilteredOut) {
    const auto found = extract("JAPAN TO CUT RATES",
                               "Shr 1.20 dlrs vs 1.10 dlrs. Net profit rose, General Motors Corp "
                               "said in Tokyo on Monday.\n Reuter");
    const auto people = keys(found.people);
    const auto places = keys(found.places);
    EXPECT_FALSE(contains(places, "shr"));
    EXPECT_FALSE(contains(places, "to")) << "all-caps headlines are not read";
    EXPECT_TRUE(std::none_of(people.begin(), people.end(), [](const std::string& k) {
        return k.find("corp") != std::string::npos;
    }));
    EXPECT_FALSE(contains(people, "reuter"));
    EXPECT_TRUE(contains(names(found.places), "Tokyo"));
}

}  // namespace
}  // namespace dateline::extractor
