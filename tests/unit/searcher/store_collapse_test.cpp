// Collapsing from the facet store's group numbers against Xapian's collapse
// key, on the same database: the same hits in the same order for every page,
// and the exact number of collapsed hits.

#include "dateline/searcher/store_collapse.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "dateline/facets/facet_store.hpp"
#include "dateline/facets/facet_store_builder.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/searcher/matched_documents.hpp"
#include "support/temp_dir.hpp"

namespace dateline::searcher {
namespace {

namespace sc = dateline::schema;

// 400 documents with "oil" and "gold" at random frequencies, so weights vary
// and some tie; about a third of them in groups of 2 to 6 copies; and one
// group of 58 copies (every seventh document) weighing the most for "oil",
// so that a page of "oil" needs more than the first matches a search asks
// for.
class StoreCollapseTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto folder = temp_ / "db";
        {
            Xapian::WritableDatabase db(folder.string(), Xapian::DB_CREATE_OR_OVERWRITE);
            std::mt19937 random(7);
            int group = 0;
            int left_in_group = 0;
            for (int i = 0; i < 400; ++i) {
                Xapian::Document doc;
                const bool big = i % 7 == 0;
                const auto oil = big ? 12U : static_cast<unsigned>(random() % 4);
                const auto gold = static_cast<unsigned>(random() % 3);
                if (oil > 0) doc.add_term("oil", oil);
                if (gold > 0) doc.add_term("gold", gold);
                doc.add_term("filler", 1 + static_cast<unsigned>(random() % 5));
                if (big) {
                    doc.add_value(sc::slot::kNearDuplicateGroup, "big");
                } else if (left_in_group > 0) {
                    doc.add_value(sc::slot::kNearDuplicateGroup, "g" + std::to_string(group));
                    --left_in_group;
                } else if (random() % 3 == 0) {
                    ++group;
                    left_in_group = 1 + static_cast<int>(random() % 5);
                    doc.add_value(sc::slot::kNearDuplicateGroup, "g" + std::to_string(group));
                }
                db.add_document(doc);
            }
            db.commit();
        }
        facets::update_facet_store({folder});
        db_ = Xapian::Database(folder.string());
        const auto file = facets::facet_store_file({folder});
        ASSERT_TRUE(file);
        store_ = facets::FacetStore::open(*file);
        ASSERT_TRUE(store_);
        ASSERT_TRUE(store_->describes({facets::stamp_of(db_)}));
    }

    // Xapian's collapse: the page's docids and its collapsed-hit estimate.
    std::vector<Xapian::docid> xapian_page(const Xapian::Query& query, Xapian::doccount offset,
                                           Xapian::doccount limit) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        enquire.set_collapse_key(sc::slot::kNearDuplicateGroup);
        const Xapian::MSet mset = enquire.get_mset(offset, limit, db_.get_doccount());
        return {mset.begin(), mset.end()};
    }

    // Hits after collapsing, counted from the slot itself.
    Xapian::doccount true_hits(const Xapian::Query& query) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        const Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount());
        std::set<std::string> groups;
        Xapian::doccount ungrouped = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const std::string group = it.get_document().get_value(sc::slot::kNearDuplicateGroup);
            if (group.empty())
                ++ungrouped;
            else
                groups.insert(group);
        }
        return ungrouped + static_cast<Xapian::doccount>(groups.size());
    }

    struct StorePage {
        std::vector<Xapian::docid> docids;
        Xapian::doccount hits = 0;
        int fetches = 0;
    };
    StorePage store_page(const Xapian::Query& query, Xapian::doccount offset,
                         Xapian::doccount limit) const {
        MatchedDocuments matched;
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        enquire.add_matchspy(&matched);
        const Xapian::doccount asked = matches_for_page(offset, limit);
        StorePage result;
        const CollapsedPage page =
            collapse_page(enquire.get_mset(0, asked, db_.get_doccount()), asked, offset, limit,
                          store_->groups(), 0, [&](Xapian::doccount more) {
                              ++result.fetches;
                              Xapian::Enquire again(db_);
                              again.set_query(query);
                              return again.get_mset(0, more);
                          });
        for (const auto position : page.positions) result.docids.push_back(*page.mset[position]);
        GroupCounter counter(store_->groups(), 0);
        counter.count(matched.documents());
        result.hits = counter.hits();
        return result;
    }

    test::TempDir temp_;
    Xapian::Database db_;
    std::optional<facets::FacetStore> store_;
};

TEST_F(StoreCollapseTest, StoreNumbersEveryGroupOnce) {
    std::map<std::string, std::set<std::uint32_t>> numbers;
    for (Xapian::docid docid = 1; docid <= db_.get_lastdocid(); ++docid) {
        const std::string key = db_.get_document(docid).get_value(sc::slot::kNearDuplicateGroup);
        const std::uint32_t number = store_->groups().group(0, docid);
        EXPECT_EQ(key.empty(), number == 0) << docid;
        if (!key.empty()) numbers[key].insert(number);
    }
    EXPECT_EQ(numbers.size(), store_->groups().group_count());
    std::set<std::uint32_t> distinct;
    for (const auto& [key, set] : numbers) {
        EXPECT_EQ(set.size(), 1U) << key;
        distinct.insert(*set.begin());
    }
    EXPECT_EQ(distinct.size(), numbers.size());
}

TEST_F(StoreCollapseTest, SameHitsAsXapiansCollapseOnEveryPage) {
    const std::vector<Xapian::Query> queries = {
        Xapian::Query("oil"), Xapian::Query("gold"),
        Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("oil"), Xapian::Query("gold")),
        Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("oil"), Xapian::Query("gold")),
        Xapian::Query("filler")};
    const std::vector<std::pair<Xapian::doccount, Xapian::doccount>> pages = {
        {0, 10}, {0, 1}, {3, 7}, {10, 25}, {0, 400}, {250, 20}, {1000, 10}};
    for (const auto& query : queries) {
        for (const auto& [offset, limit] : pages) {
            const StorePage page = store_page(query, offset, limit);
            EXPECT_EQ(page.docids, xapian_page(query, offset, limit))
                << query.get_description() << " offset " << offset << " limit " << limit;
            EXPECT_EQ(page.hits, true_hits(query)) << query.get_description();
        }
    }
}

TEST_F(StoreCollapseTest, AsksForMoreMatchesWhenCopiesFillTheFirst) {
    // The 58 copies of "big" rank first for "oil": the first 2 * 10 + 16
    // matches hold only one hit of them.
    const StorePage page = store_page(Xapian::Query("oil"), 0, 10);
    EXPECT_GT(page.fetches, 0);
    EXPECT_EQ(page.docids.size(), 10U);
    EXPECT_EQ(page.docids, xapian_page(Xapian::Query("oil"), 0, 10));
}

}  // namespace
}  // namespace dateline::searcher
