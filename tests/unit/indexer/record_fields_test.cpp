#include "dateline/indexer/record_fields.hpp"

#include <gtest/gtest.h>

namespace dateline::indexer {
namespace {

TEST(RecordFields, NamesAreComparedInOneForm) {
    EXPECT_EQ(normal_field_name("  Published At "), "published_at");
    EXPECT_EQ(normal_field_name("pubDate"), "pubdate");
    EXPECT_EQ(normal_field_name("full-text"), "full_text");
    EXPECT_EQ(normal_field_name(" \t"), "");
}

TEST(RecordFields, DatelinesOwnNamesArePreferredToOthers) {
    const auto body = article_field_named("body");
    const auto content = article_field_named("content");
    const auto description = article_field_named("description");
    ASSERT_TRUE(body && content && description);
    EXPECT_EQ(body->field, ArticleField::Body);
    EXPECT_EQ(content->field, ArticleField::Body);
    EXPECT_EQ(body->preference, 0u);
    EXPECT_LT(content->preference, description->preference);  // whole text before a summary
    EXPECT_EQ(article_field_named("headline")->field, ArticleField::Title);
    EXPECT_EQ(article_field_named("pubdate")->field, ArticleField::Date);
    EXPECT_EQ(article_field_named("link")->field, ArticleField::Url);
    EXPECT_EQ(article_field_named("guid")->field, ArticleField::Id);
    EXPECT_FALSE(article_field_named("category"));
    EXPECT_FALSE(article_field_named("Body"));  // only normal names
}

TEST(RecordFields, EntityFieldsGoByTheirNamesAndCommonOthers) {
    const schema::FieldSpec* people = entity_field_named("people");
    ASSERT_NE(people, nullptr);
    EXPECT_EQ(entity_field_named("person"), people);
    EXPECT_EQ(entity_field_named("persons"), people);
    EXPECT_EQ(entity_field_named("locations")->name, "places");
    EXPECT_EQ(entity_field_named("organizations")->name, "orgs");
    EXPECT_EQ(entity_field_named("org")->name, "orgs");
    EXPECT_EQ(entity_field_named("title"), nullptr);
}

}  // namespace
}  // namespace dateline::indexer
