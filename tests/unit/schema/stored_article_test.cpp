#include "dateline/schema/stored_article.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace dateline::schema {
namespace {

TEST(StoredArticle, RoundTripsThroughDocumentData) {
    const StoredArticle article{"reuters-17", "BAHIA COCOA REVIEW",
                                "Showers \"continued\"\nin Bahia.", "reut2-000.sgm:3", ""};
    EXPECT_EQ(decode_stored_article(encode_stored_article(article)), article);
    const StoredArticle with_url{"a.txt", "T", "B", "a.txt", "https://example.org/a"};
    EXPECT_EQ(decode_stored_article(encode_stored_article(with_url)), with_url);
}

TEST(StoredArticle, IsInspectableJson) {
    const auto data = encode_stored_article({"id1", "Title", "Body", "f.txt", ""});
    EXPECT_EQ(data, R"({"body":"Body","id":"id1","source":"f.txt","title":"Title"})");
}

TEST(SourceLabel, NamesTheLineOnlyWithinMultiRecordFiles) {
    EXPECT_EQ(source_label("2019/rates.txt", 0), "2019/rates.txt");
    EXPECT_EQ(source_label("reut2-000.sgm", 120), "reut2-000.sgm:120");
    EXPECT_EQ(source_label("feed.jsonl", 1), "feed.jsonl:1");
}

TEST(StoredArticle, RejectsForeignData) {
    EXPECT_THROW((void)decode_stored_article("not json"), std::runtime_error);
    EXPECT_THROW((void)decode_stored_article("[1,2]"), std::runtime_error);
}

}  // namespace
}  // namespace dateline::schema
