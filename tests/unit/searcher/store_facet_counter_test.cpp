// Facets from the facet store against facets from the value slots, on the
// same index and the same queries: one index, shards, several locations, an
// index updated in place, and stores that must not be used (stale, missing,
// damaged).

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "dateline/facets/facet_store.hpp"
#include "dateline/facets/facet_store_builder.hpp"
#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/index_writer.hpp"
#include "dateline/searcher/searcher.hpp"
#include "support/facet_agreement.hpp"
#include "support/temp_dir.hpp"
#include "test_index.hpp"

namespace dateline::searcher {
namespace {

namespace fs = std::filesystem;
using test::make_article;

// Articles drawn from small pools, so that keys repeat across articles, one
// key comes with several display names, an article names a key twice, and
// some articles have no date, a date known only to the month or year, or no
// entities.
std::vector<indexer::Article> archive(int count, int first_id, unsigned seed) {
    const std::vector<std::string> people = {
        "Paul Volcker",    "Paul volcker",     "James Baker", "Li Ka-shing",
        "Li Ka-Shing",     "Abdul Aziz",       "Abdul-Aziz",  "Yasuhiro Nakasone",
        "Karl Otto Poehl", "Margaret Thatcher"};
    const std::vector<std::string> places = {"Japan",           "West Germany", "United States",
                                             "Hong Kong",       "Saudi Arabia", "Central America",
                                             "Central AMerica", "Brazil"};
    const std::vector<std::string> orgs = {"OPEC", "Opec", "Bundesbank", "IMF", "World Bank"};
    const std::vector<std::string> words = {"oil", "gold", "coffee", "rates", "trade", "yen"};
    std::mt19937 random(seed);
    const auto draw = [&](std::size_t below) { return static_cast<std::size_t>(random() % below); };
    const auto pick = [&](const std::vector<std::string>& pool, std::size_t most) {
        std::vector<std::string> chosen;
        const std::size_t n = draw(most + 1);
        for (std::size_t i = 0; i < n; ++i) chosen.push_back(pool[draw(pool.size())]);
        return chosen;
    };
    std::vector<indexer::Article> articles;
    for (int i = 0; i < count; ++i) {
        std::string date;
        if (draw(10) != 0) {
            const std::size_t day = draw(700);  // 1987-01-01 .. late 1988
            const int year = 1987 + static_cast<int>(day / 336);
            const int month = 1 + static_cast<int>(day % 336 / 28);
            const int dom = 1 + static_cast<int>(day % 28);
            char buffer[16];
            // Some dates are known only to the month or the year.
            const std::size_t precision = draw(8);
            if (precision == 0) {
                std::snprintf(buffer, sizeof buffer, "%04d", year);
            } else if (precision == 1) {
                std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
            } else {
                std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, dom);
            }
            date = buffer;
        }
        std::string body;
        for (int w = 0; w < 5; ++w) body += words[draw(words.size())] + " ";
        articles.push_back(make_article("a" + std::to_string(first_id + i), date,
                                        "Story " + std::to_string(first_id + i), body,
                                        pick(people, 3), pick(places, 3), pick(orgs, 2)));
    }
    return articles;
}

// Phrases too: on one database they are counted in the ranked match itself,
// other queries in a boolean match of their own (searcher.cpp).
const std::vector<std::string> kQueries = {"oil",
                                           "oil OR gold",
                                           "gold AND NOT trade",
                                           "person:volcker",
                                           "place:japan",
                                           "date:1987-03..1988-01",
                                           "org:opec",
                                           "platypus",
                                           "\"oil gold\"",
                                           "\"coffee rates\" OR yen"};

void expect_store_counts_as_slots(const std::vector<std::string>& locations) {
    dateline::test::expect_store_facets_equal_slot_facets(locations, kQueries);
}

// Every value of the person, place and date facets over every article, and
// how many articles there are, however `index` counts them.
std::pair<std::vector<std::vector<FacetValue>>, std::size_t> whole_archive_facets(Index index) {
    Searcher searcher(std::move(index));
    SearchRequest request;
    request.query = "*";
    request.facets = {test::facet("person"), test::facet("place"), test::facet("date:month")};
    request.facet_limit = 0;
    const auto result = searcher.search(request);
    std::vector<std::vector<FacetValue>> values;
    for (const auto& facet : result.facets) values.push_back(facet.values);
    return {values, result.total};
}

class StoreFacetCounting : public testing::Test {
  protected:
    dateline::test::TempDir dir_;
};

TEST_F(StoreFacetCounting, OneDatabase) {
    test::build_index(dir_ / "index", archive(400, 0, 1));
    expect_store_counts_as_slots({(dir_ / "index").string()});
}

TEST_F(StoreFacetCounting, Shards) {
    test::build_index(dir_ / "index", archive(400, 0, 2), 3);
    expect_store_counts_as_slots({(dir_ / "index").string()});
}

TEST_F(StoreFacetCounting, SeveralLocations) {
    test::build_index(dir_ / "one", archive(200, 0, 3), 2);
    test::build_index(dir_ / "two", archive(150, 1000, 4));
    expect_store_counts_as_slots({(dir_ / "one").string(), (dir_ / "two").string()});
}

// Articles that name people by surname alone ("Volcker") beside articles
// that name them in full: the index's alias tables send the surname to the
// full name, so the store keeps a shown column apart from the raw one, and
// counting it gives what resolving the aliases at search time gives.
std::vector<indexer::Article> surname_archive(int count, int first_id, unsigned seed) {
    auto articles = archive(count, first_id, seed);
    for (std::size_t i = 0; i < articles.size(); i += 5) {
        const auto surname = schema::entity_from_name(i % 2 == 0 ? "Volcker" : "Baker");
        if (std::ranges::find(articles[i].people, surname) == articles[i].people.end()) {
            articles[i].people.push_back(surname);
        }
    }
    return articles;
}

TEST_F(StoreFacetCounting, ShownColumnFollowsTheAliasTables) {
    const fs::path path = dir_ / "index";
    test::build_index(path, surname_archive(300, 0, 11));
    const auto file = facets::facet_store_file(indexer::IndexStore(path).current_databases());
    ASSERT_TRUE(file);
    const auto opened = facets::FacetStore::open(*file);
    ASSERT_TRUE(opened);
    const auto* raw = opened->entity_column("people");
    const auto* shown = opened->shown_column("people");
    ASSERT_NE(raw, nullptr);
    ASSERT_NE(shown, nullptr);
    EXPECT_NE(raw, shown);
    EXPECT_LT(shown->entry_count(), raw->entry_count());
    expect_store_counts_as_slots({path.string()});

    // An update in place that brings new surnames rewrites the shown rows.
    {
        indexer::IndexStore writable(path);
        indexer::IndexWriter writer(writable, indexer::IndexWriterOptions{});
        auto more = archive(20, 300, 12);
        for (auto& article : more) article.people.push_back(schema::entity_from_name("Thatcher"));
        for (const auto& article : more) writer.add(article);
        writer.finish();
    }
    test::update_store(path);
    expect_store_counts_as_slots({path.string()});
}

// A nightly run: files removed and added in place, then the store brought up
// to date from the previous one.
TEST_F(StoreFacetCounting, AfterAnUpdateInPlace) {
    const fs::path path = dir_ / "index";
    test::build_index(path, archive(300, 0, 5), 2);
    {
        indexer::IndexStore store(path);
        indexer::IndexWriter writer(store, indexer::IndexWriterOptions{});
        for (int i = 0; i < 300; i += 7) writer.remove_source("a" + std::to_string(i) + ".txt");
        for (const auto& article : archive(40, 300, 6)) writer.add(article);
        writer.finish();
    }
    const indexer::IndexStore store(path);
    const auto update = facets::update_facet_store(store.current_databases());
    EXPECT_EQ(update.kind, facets::FacetStoreUpdate::Kind::Incremental);
    EXPECT_EQ(update.documents_read, 40U);
    EXPECT_EQ(update.documents_copied, 300U - 43U);
    expect_store_counts_as_slots({path.string()});

    // Nothing changed since: nothing to do.
    EXPECT_EQ(facets::update_facet_store(store.current_databases()).kind,
              facets::FacetStoreUpdate::Kind::UpToDate);
}

TEST_F(StoreFacetCounting, StaleStoreIsNotUsed) {
    const fs::path path = dir_ / "index";
    test::build_index(path, archive(100, 0, 7));
    const auto before = whole_archive_facets(open_index({path.string()}));
    {
        // Committed, but the store not updated (as after a run killed
        // between the two).
        indexer::IndexStore store(path);
        indexer::IndexWriter writer(store, indexer::IndexWriterOptions{});
        for (const auto& article : archive(10, 100, 8)) writer.add(article);
        writer.finish();
    }
    Index index = open_index({path.string()});
    EXPECT_EQ(index.facet_stores, nullptr);
    const auto stale = whole_archive_facets(std::move(index));
    EXPECT_EQ(stale.second, 110U);
    // The store still describes the first 100 articles only: had it been
    // used, the counts would be those.
    EXPECT_NE(stale.first, before.first);

    // Once the store is brought up to date, it counts what the slots did.
    test::update_store(path);
    index = open_index({path.string()});
    ASSERT_NE(index.facet_stores, nullptr);
    EXPECT_EQ(whole_archive_facets(std::move(index)), stale);
    expect_store_counts_as_slots({path.string()});
}

TEST_F(StoreFacetCounting, MissingStoreIsCountedWithout) {
    const fs::path path = dir_ / "index";
    test::build_index(path, archive(100, 0, 10));
    const indexer::IndexStore store(path);
    const auto file = facets::facet_store_file(store.current_databases());
    ASSERT_TRUE(file && fs::exists(*file));
    const auto with_store = whole_archive_facets(open_index({path.string()}));
    fs::remove(*file);
    Index index = open_index({path.string()});
    EXPECT_EQ(index.facet_stores, nullptr);
    EXPECT_EQ(whole_archive_facets(std::move(index)), with_store);
    EXPECT_EQ(facets::update_facet_store(store.current_databases()).kind,
              facets::FacetStoreUpdate::Kind::Full);
    EXPECT_NE(open_index({path.string()}).facet_stores, nullptr);
}

TEST_F(StoreFacetCounting, DamagedStoreIsNotUsed) {
    const fs::path path = dir_ / "index";
    test::build_index(path, archive(100, 0, 9));
    const indexer::IndexStore store(path);
    const auto file = facets::facet_store_file(store.current_databases());
    ASSERT_TRUE(file);
    ASSERT_TRUE(facets::FacetStore::open(*file));
    const auto size = fs::file_size(*file);
    fs::resize_file(*file, size / 2);
    EXPECT_FALSE(facets::FacetStore::open(*file));
    EXPECT_EQ(open_index({path.string()}).facet_stores, nullptr);
    {
        std::ofstream garbage(*file, std::ios::trunc);
        garbage << "not a facet store";
    }
    EXPECT_FALSE(facets::FacetStore::open(*file));
    // The next update writes a good one.
    EXPECT_EQ(facets::update_facet_store(store.current_databases()).kind,
              facets::FacetStoreUpdate::Kind::Full);
    expect_store_counts_as_slots({path.string()});
}

}  // namespace
}  // namespace dateline::searcher
