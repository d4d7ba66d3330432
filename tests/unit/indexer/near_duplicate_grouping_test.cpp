// Near-duplicate grouping: copies of a story join the group of its first
// article, other stories and short texts stay alone; written into the group
// slot across shards, and recomputed after the first article of a group is
// removed (the next one leads it) without rewriting what did not change.
#include "dateline/indexer/near_duplicate_grouping.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "dateline/schema/fields.hpp"
#include "dateline/schema/near_duplicate_group.hpp"
#include "dateline/schema/terms.hpp"
#include "support/temp_dir.hpp"

namespace dateline::indexer {
namespace {

namespace sc = dateline::schema;

const std::string kStory =
    "The Bank of Japan left its discount rate unchanged at 2.5 pct on Tuesday, saying the "
    "yen's recent strength had not yet hurt exports enough to justify another cut. Governor "
    "Satoshi Sumita told reporters the bank would watch currency markets closely and act "
    "together with other central banks if needed. Economists had expected no change before "
    "the summit of industrial nations in Venice next month.";
// The same story with a sentence added, as a wire update.
const std::string kUpdate =
    kStory + " The central bank's policy board meets again on May 12, a spokesman said.";
const std::string kOtherStory =
    "Wheat futures rose on the Chicago Board of Trade after the Agriculture Department cut "
    "its estimate of the winter crop, citing dry weather across Kansas and Oklahoma. Traders "
    "said export demand from the Soviet Union and China also supported prices, while corn "
    "and soybeans ended mixed in quiet trading ahead of the holiday weekend.";

GroupingArticle article(std::string id, std::string date, const std::string& body) {
    return {std::move(id), std::move(date), sc::near_duplicate_signature("", body)};
}

TEST(NearDuplicateLeaders, CopiesJoinTheEarliestArticleOtherStoriesStayAlone) {
    const std::vector<GroupingArticle> articles{
        article("update", "19870302", kUpdate),
        article("other", "19870301", kOtherStory),
        article("first", "19870301", kStory),
        article("repeat", "19870303", kStory),
    };
    EXPECT_EQ(near_duplicate_leaders(articles), (std::vector<std::size_t>{2, 1, 2, 2}));
}

TEST(NearDuplicateLeaders, SameDayByIdUndatedLastShortTextsNever) {
    const std::vector<GroupingArticle> articles{
        article("b", "19870301", kStory),
        article("a", "19870301", kUpdate),
        article("undated", "", kStory),
        {"short", "19870101", sc::near_duplicate_signature("", "Japan holds rates")},
    };
    ASSERT_FALSE(articles[3].signature);
    EXPECT_EQ(near_duplicate_leaders(articles), (std::vector<std::size_t>{1, 1, 1, 3}));
}

class GroupingInShards : public ::testing::Test {
  protected:
    void SetUp() override {
        for (int shard = 0; shard < 2; ++shard) {
            shards_.emplace_back((dir_ / ("shard-" + std::to_string(shard))).string(),
                                 Xapian::DB_CREATE);
        }
    }

    void add(std::size_t shard, const std::string& id, const std::string& date,
             const std::string& body) {
        Xapian::Document doc;
        doc.add_boolean_term(sc::id_term(id));
        doc.add_value(sc::slot::kDate, date);
        if (const auto signature = sc::near_duplicate_signature("", body)) {
            doc.add_value(sc::slot::kSignature, sc::encode_signature(*signature));
        }
        shards_[shard].add_document(doc);
    }

    // The group key the article `id` holds ("" for none).
    std::string key_of(const std::string& id) {
        for (auto& db : shards_) {
            const std::string term = sc::id_term(id);
            const auto posting = db.postlist_begin(term);
            if (posting != db.postlist_end(term)) {
                return db.get_document(*posting).get_value(sc::slot::kNearDuplicateGroup);
            }
        }
        throw std::logic_error("no article " + id);
    }

    test::TempDir dir_;
    std::vector<Xapian::WritableDatabase> shards_;
};

TEST_F(GroupingInShards, MembersShareTheKeyOfTheFirstArticleAcrossShards) {
    add(0, "first", "19870301", kStory);
    add(1, "update", "19870302", kUpdate);
    add(1, "repeat", "19870303", kStory);
    add(0, "other", "19870301", kOtherStory);
    const auto summary = assign_near_duplicate_groups(shards_);
    EXPECT_EQ(summary.articles, 4U);
    EXPECT_EQ(summary.groups, 1U);
    EXPECT_EQ(summary.grouped_articles, 3U);
    EXPECT_EQ(summary.rewritten, 3U);
    const std::string key = key_of("first");
    EXPECT_EQ(sc::near_duplicate_group_leader(key), "first");
    EXPECT_EQ(key_of("update"), key);
    EXPECT_EQ(key_of("repeat"), key);
    EXPECT_EQ(key_of("other"), "");  // alone: never collapsed
    // Nothing changed, nothing is rewritten.
    EXPECT_EQ(assign_near_duplicate_groups(shards_).rewritten, 0U);
}

TEST_F(GroupingInShards, RemovingTheFirstArticleHandsTheGroupToTheNext) {
    add(0, "first", "19870301", kStory);
    add(1, "update", "19870302", kUpdate);
    add(1, "repeat", "19870303", kStory);
    assign_near_duplicate_groups(shards_);
    shards_[0].delete_document(sc::id_term("first"));
    const auto summary = assign_near_duplicate_groups(shards_);
    EXPECT_EQ(summary.groups, 1U);
    EXPECT_EQ(summary.rewritten, 2U);
    EXPECT_EQ(sc::near_duplicate_group_leader(key_of("update")), "update");
    EXPECT_EQ(key_of("repeat"), key_of("update"));
    // The last copy alone is in no group any more.
    shards_[1].delete_document(sc::id_term("repeat"));
    EXPECT_EQ(assign_near_duplicate_groups(shards_).groups, 0U);
    EXPECT_EQ(key_of("update"), "");
}

TEST(NearDuplicateGroupKey, NamesItsLeaderAndDiffersForAnotherTextUnderTheSameId) {
    const auto story = *sc::near_duplicate_signature("", kStory);
    const auto other = *sc::near_duplicate_signature("", kOtherStory);
    const std::string key = sc::near_duplicate_group_key("reuters-1", story);
    EXPECT_EQ(sc::near_duplicate_group_leader(key), "reuters-1");
    EXPECT_EQ(key, sc::near_duplicate_group_key("reuters-1", story));
    EXPECT_NE(key, sc::near_duplicate_group_key("reuters-1", other));
    EXPECT_EQ(sc::near_duplicate_group_leader("no separator"), "");
}

}  // namespace
}  // namespace dateline::indexer
