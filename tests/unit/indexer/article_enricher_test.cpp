// The enrichment step between reader and document: the size limit, entities
// from the text (with the real trained extractor of extractor/model) and the
// dateline's day for undated articles.
#include "dateline/indexer/article_enricher.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>

#include "dateline/indexer/text_entity_extractor.hpp"
#include "support/process.hpp"

namespace dateline::indexer {
namespace {

bool has_key(const std::vector<schema::Entity>& entities, const std::string& key) {
    return std::any_of(entities.begin(), entities.end(),
                       [&](const schema::Entity& e) { return e.key == key; });
}

Article wire_story(std::string relative_path) {
    Article article;
    article.id = relative_path;
    article.source = SourceLocation{"in/" + relative_path, std::move(relative_path), 0};
    article.title = "Iraq oil exports";
    article.body = "BAGHDAD, Jan 3 (Reuters) - Iraq said its oil exports rose in December.";
    article.places = {schema::entity_from_name("Iraq")};
    return article;
}

class ArticleEnricherTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        extractor_ = std::make_unique<TextEntityExtractor>(
            std::filesystem::path(test::source_dir()) / "extractor" / "model");
    }
    static void TearDownTestSuite() { extractor_.reset(); }

    static inline std::unique_ptr<TextEntityExtractor> extractor_;
};

TEST_F(ArticleEnricherTest, WithoutAnExtractorTheArticleStaysAsRead) {
    const ArticleEnricher enricher(EnrichmentOptions{});
    Article article = wire_story("2021/iraq.txt");
    const Article before = article;
    EXPECT_FALSE(enricher.enrich(article).has_value());
    EXPECT_FALSE(article.date.has_value()) << "dateline dates are extraction too";
    EXPECT_EQ(static_cast<const schema::EntityLists&>(article),
              static_cast<const schema::EntityLists&>(before));
}

TEST_F(ArticleEnricherTest, AddsEntitiesAfterTheMetadataAndTheDatelinesDay) {
    const ArticleEnricher enricher(EnrichmentOptions{extractor_.get()});
    Article article = wire_story("2021/iraq.txt");
    EXPECT_FALSE(enricher.enrich(article).has_value());
    ASSERT_FALSE(article.places.empty());
    // Metadata first, by its identity (identify()): "Iraq" is iq.
    EXPECT_EQ(article.places.front().key, "iq") << "metadata first";
    // The dateline's Baghdad by its GeoNames id.
    EXPECT_TRUE(has_key(article.places, "gn-98182"));
    ASSERT_TRUE(article.date.has_value());
    EXPECT_EQ(article.date->iso(), "2021-01-03");
}

TEST_F(ArticleEnricherTest, TheDatelineNeedsAYearFromThePathAndNeverReplacesADate) {
    const ArticleEnricher enricher(EnrichmentOptions{extractor_.get()});
    Article no_year = wire_story("wire/iraq.txt");
    EXPECT_FALSE(enricher.enrich(no_year).has_value());
    EXPECT_FALSE(no_year.date.has_value());

    Article dated = wire_story("2021/iraq.txt");
    dated.date = schema::Date::from_iso("2021-02-01");
    EXPECT_FALSE(enricher.enrich(dated).has_value());
    EXPECT_EQ(dated.date->iso(), "2021-02-01");
}

TEST_F(ArticleEnricherTest, RefusesAnArticleOverTheSizeLimitAtItsSource) {
    const std::size_t limit = 100;
    const ArticleEnricher enricher(EnrichmentOptions{extractor_.get(), limit});
    Article small = wire_story("2021/iraq.txt");
    ASSERT_LE(small.title.size() + small.body.size(), limit);
    EXPECT_FALSE(enricher.enrich(small).has_value());

    Article big = wire_story("2021/big.txt");
    big.body.append(limit, 'x');
    const auto refused = enricher.enrich(big);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->to_string(), "in/2021/big.txt: article too large (0 MB; the limit is 0 MB)");
    EXPECT_FALSE(big.date.has_value()) << "a refused article is not enriched";
    EXPECT_EQ(kMaxArticleBytes, std::size_t{16} << 20);
}

}  // namespace
}  // namespace dateline::indexer
