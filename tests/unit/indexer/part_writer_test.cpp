// PartWriter: one thread storing documents into a part of a new generation,
// in a series of databases when a part may only grow so large.

#include "dateline/indexer/part_writer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace dateline::indexer {
namespace {

PreparedArticle article_numbered(int number) {
    PreparedArticle article;
    article.id = "a" + std::to_string(number);
    article.document.add_boolean_term("Q" + article.id);
    article.document.add_term("word");
    article.text_bytes = 10;
    return article;
}

// Articles each database of `writer`'s shard holds, in order.
std::vector<Xapian::doccount> sizes_of(const PartWriter& writer, std::size_t shard) {
    std::vector<Xapian::doccount> sizes;
    for (const auto& path : writer.databases(shard)) {
        sizes.push_back(Xapian::Database(path.string()).get_doccount());
    }
    return sizes;
}

// A flush every 2 articles; a new database every `database_articles` (0: never).
PartWriterLimits small_limits(std::size_t database_articles) {
    PartWriterLimits limits;
    limits.flush_articles = 2;
    limits.database_articles = database_articles;
    return limits;
}

// Articles a0 … a(count-1), into shard 0.
void add_articles(PartWriter& writer, int count) {
    for (int number = 0; number < count; ++number) writer.add(0, article_numbered(number));
}

TEST(PartWriter, GoesOnInANewDatabaseOnceOneHoldsItsShare) {
    const test::TempDir dir;
    PartWriter writer({dir / "part-0"}, small_limits(4));
    add_articles(writer, 11);
    writer.add_spelling(0, {{"word", 3}});  // goes into the last database
    writer.finish();

    const auto& paths = writer.databases(0);
    ASSERT_EQ(paths.size(), 3U);
    EXPECT_EQ(paths[0], dir / "part-0");
    EXPECT_EQ(paths[1], dir / "part-0-1");
    EXPECT_EQ(paths[2], dir / "part-0-2");
    // A database is left only after a flush, so it holds whole batches.
    EXPECT_EQ(sizes_of(writer, 0), (std::vector<Xapian::doccount>{4, 4, 3}));
    const Xapian::Database last(paths[2].string());
    auto spelling = last.spellings_begin();
    ASSERT_NE(spelling, last.spellings_end());
    EXPECT_EQ(*spelling, "word");
    EXPECT_EQ(spelling.get_termfreq(), 3U);
    EXPECT_TRUE(Xapian::Database(paths[1].string()).term_exists("Qa5"));
}

TEST(PartWriter, StartsNoDatabaseThatWouldStayEmpty) {
    const test::TempDir dir;
    PartWriter writer({dir / "part-0"}, small_limits(4));
    add_articles(writer, 8);
    writer.finish();
    EXPECT_EQ(sizes_of(writer, 0), (std::vector<Xapian::doccount>{4, 4}));
}

TEST(PartWriter, KeepsOneDatabaseWithoutALimit) {
    const test::TempDir dir;
    PartWriter writer({dir / "s0", dir / "s1"}, small_limits(0));
    for (int number = 0; number < 9; ++number)
        writer.add(static_cast<std::size_t>(number % 2), article_numbered(number));
    writer.finish();
    EXPECT_EQ(sizes_of(writer, 0), (std::vector<Xapian::doccount>{5}));
    EXPECT_EQ(sizes_of(writer, 1), (std::vector<Xapian::doccount>{4}));
}

}  // namespace
}  // namespace dateline::indexer
