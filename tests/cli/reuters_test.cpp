// The real collection: index all of Reuters-21578 from ../shared with the
// real binaries, then check answers against counts this test computes itself
// from the SGML with deliberately simple, independent code, and facets from
// the facet store against facets from the value slots.
//
// Skips (exit 77) with a message when ../shared is absent.
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/schema/place_identities.hpp"
#include "support/facet_agreement.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_main.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;

fs::path reuters_dir() { return fs::path(shared_dir()) / "data" / "reuters21578"; }

// One <REUTERS> record as the test reads it.
struct Record {
    std::string newid;
    std::string date;  // "YYYY-MM-DD"
    std::vector<std::string> places;
    std::vector<std::string> people;
    std::string title;
    std::string body;
};

std::string between(const std::string& text, const std::string& open, const std::string& close) {
    const auto start = text.find(open);
    if (start == std::string::npos) return {};
    const auto end = text.find(close, start + open.size());
    if (end == std::string::npos) return {};
    return text.substr(start + open.size(), end - start - open.size());
}

std::vector<std::string> d_items(const std::string& list) {
    std::vector<std::string> items;
    std::size_t pos = 0;
    while ((pos = list.find("<D>", pos)) != std::string::npos) {
        const auto end = list.find("</D>", pos);
        items.push_back(list.substr(pos + 3, end - pos - 3));
        pos = end;
    }
    return items;
}

std::string iso_date(std::string raw) {
    static const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                    "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    raw.erase(0, raw.find_first_not_of(' '));
    const auto dash1 = raw.find('-');
    const int day = std::stoi(raw.substr(0, dash1));
    const std::string month = raw.substr(dash1 + 1, 3);
    const int m = static_cast<int>(std::find(std::begin(kMonths), std::end(kMonths), month) -
                                   std::begin(kMonths)) +
                  1;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%s-%02d-%02d", raw.substr(dash1 + 5, 4).c_str(), m, day);
    return buffer;
}

std::vector<Record> read_collection() {
    std::vector<Record> records;
    for (int i = 0; i <= 21; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
        std::ifstream in(reuters_dir() / name, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = buffer.str();
        std::size_t pos = 0;
        while ((pos = text.find("<REUTERS ", pos)) != std::string::npos) {
            const auto end = text.find("</REUTERS>", pos);
            const std::string element = text.substr(pos, end - pos);
            Record r;
            r.newid = between(element, "NEWID=\"", "\"");
            r.date = iso_date(between(element, "<DATE>", "</DATE>"));
            r.places = d_items(between(element, "<PLACES>", "</PLACES>"));
            r.people = d_items(between(element, "<PEOPLE>", "</PEOPLE>"));
            r.title = between(element, "<TITLE>", "</TITLE>");
            r.body = between(element, "<BODY>", "</BODY>");
            if (r.body.empty()) r.body = between(element, "<TEXT", "</TEXT>");  // unprocessed text
            records.push_back(std::move(r));
            pos = end;
        }
    }
    return records;
}

// Lower-case words split at anything but letters and digits.
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> result;
    std::string word;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            result.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) result.push_back(word);
    return result;
}

bool has_phrase(const std::string& text, const std::string& first, const std::string& second) {
    const auto w = words(text);
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        if (w[i] == first && w[i + 1] == second) return true;
    }
    return false;
}

std::string fmt_month(int year, int month) {
    return std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
}

class Reuters : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        records_ = std::make_unique<std::vector<Record>>(read_collection());
        dir_ = std::make_unique<TempDir>();
        index_result_ = std::make_unique<ProcessResult>(run_process(
            {index_binary(), "--no-extract", "--index", index_path(), reuters_dir().string()}));
    }
    static void TearDownTestSuite() {
        dir_.reset();
        records_.reset();
        index_result_.reset();
    }
    static std::string index_path() { return (*dir_ / "reuters").string(); }
    static const std::vector<Record>& records() { return *records_; }

    static ProcessResult search(std::vector<std::string> args) {
        args.insert(args.begin(), {search_binary(), "--index", index_path()});
        return run_process(args);
    }
    static std::size_t count(const std::string& query) {
        const auto result = search({"--count", query});
        EXPECT_LE(result.exit_code, 1) << query << ": " << result.err;
        return std::stoul(result.out);
    }
    static std::size_t expected(const std::function<bool(const Record&)>& predicate) {
        return static_cast<std::size_t>(
            std::count_if(records().begin(), records().end(), predicate));
    }

    static inline std::unique_ptr<std::vector<Record>> records_;
    static inline std::unique_ptr<TempDir> dir_;
    static inline std::unique_ptr<ProcessResult> index_result_;
};

TEST_F(Reuters, EveryArticleIsIndexedAndFoundByItsId) {
    ASSERT_EQ(records().size(), 21578U);
    EXPECT_EQ(index_result_->exit_code, 0) << index_result_->err.substr(0, 2000);
    EXPECT_NE(index_result_->err.find(
                  "added 21578, updated 0, removed 0, unchanged 0, skipped 0, failed 0"),
              std::string::npos)
        << index_result_->err.substr(0, 2000);
    Xapian::Database db(index_path());
    EXPECT_EQ(db.get_doccount(), 21578U);
    std::size_t missing = 0;
    for (const auto& r : records()) {
        if (db.get_termfreq("Qreuters-" + r.newid) != 1) ++missing;
    }
    EXPECT_EQ(missing, 0U);
}

TEST_F(Reuters, PlaceAndPersonFiltersMatchTheTags) {
    for (const std::string place : {"japan", "west-germany", "usa", "uk"}) {
        const auto want = expected([&](const Record& r) {
            return std::find(r.places.begin(), r.places.end(), place) != r.places.end();
        });
        EXPECT_GT(want, 0U);
        EXPECT_EQ(count("place:" + place), want) << place;
    }
    for (const std::string person : {"volcker", "reagan", "james-baker", "nakasone"}) {
        const auto want = expected([&](const Record& r) {
            return std::find(r.people.begin(), r.people.end(), person) != r.people.end();
        });
        EXPECT_GT(want, 0U);
        EXPECT_EQ(count("person:" + person), want) << person;
    }
    // Full names from the collection's code book match too.
    EXPECT_EQ(count("person:\"Paul Volcker\""), count("person:volcker"));
    EXPECT_EQ(count("place:\"West Germany\""), count("place:west-germany"));
}

TEST_F(Reuters, DateRangesAreInclusive) {
    EXPECT_EQ(count("date:1987-03-01..1987-03-15"), expected([](const Record& r) {
                  return r.date >= "1987-03-01" && r.date <= "1987-03-15";
              }));
    EXPECT_EQ(count("date:1987-04"),
              expected([](const Record& r) { return r.date.rfind("1987-04", 0) == 0; }));
    EXPECT_EQ(count("place:japan date:..1987-03-10"), expected([](const Record& r) {
                  return r.date <= "1987-03-10" &&
                         std::find(r.places.begin(), r.places.end(), "japan") != r.places.end();
              }));
}

TEST_F(Reuters, PhraseQueriesMatchAdjacentWordsWithinAField) {
    for (const auto& [first, second] : std::vector<std::pair<std::string, std::string>>{
             {"stock", "split"}, {"trade", "deficit"}}) {
        const auto want = expected([&](const Record& r) {
            return has_phrase(r.title, first, second) || has_phrase(r.body, first, second);
        });
        EXPECT_GT(want, 0U);
        EXPECT_EQ(count("\"" + first + " " + second + "\""), want) << first << " " << second;
    }
}

TEST_F(Reuters, PlaceFacetCountsEqualTheTagCounts) {
    // An article counts once per place, even where its record repeats a tag
    // (14 records do, e.g. NEWID 759). A row is the code's place identity
    // (`usa` -> us, `ussr` -> soviet-union); no two codes name one place.
    std::map<std::string, std::size_t> want;
    for (const auto& r : records()) {
        for (const auto& p : std::set<std::string>(r.places.begin(), r.places.end()))
            ++want[dateline::schema::place_identity({p, p}).key];
    }
    const auto result = search(
        {"--json", "--limit", "0", "--facet", "place", "--facet-limit", "1000", "date:1987"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json.at("total"), 21578);
    std::map<std::string, std::size_t> got;
    for (const auto& value : json.at("facets").at("place")) {
        got[value.at("key").get<std::string>()] = value.at("count").get<std::size_t>();
    }
    EXPECT_EQ(got, want);
}

// The 120 queries of the Reuters benchmark ("KIND<TAB>QUERY" lines).
std::vector<std::string> benchmark_queries() {
    std::ifstream in(fs::path(shared_dir()) / "bench" / "reuters-queries.txt");
    std::vector<std::string> queries;
    std::string line;
    while (std::getline(in, line)) {
        if (const auto tab = line.find('\t'); tab != std::string::npos && line[0] != '#') {
            queries.push_back(line.substr(tab + 1));
        }
    }
    return queries;
}

TEST_F(Reuters, FacetStoreCountsWhatTheValueSlotsCount) {
    const auto queries = benchmark_queries();
    ASSERT_EQ(queries.size(), 120U);
    expect_store_facets_equal_slot_facets({index_path()}, queries);
}

TEST_F(Reuters, TimelineCountsMatchesAndArticlesPerMonth) {
    // Counted here from the SGML: articles and Japan/UK articles per month.
    std::map<std::string, int> articles;
    std::map<std::string, int> japan;
    std::map<std::string, int> uk;
    const auto has = [](const Record& r, const std::string& place) {
        return std::find(r.places.begin(), r.places.end(), place) != r.places.end();
    };
    for (const auto& r : records()) {
        const std::string month = r.date.substr(0, 7);
        ++articles[month];
        if (has(r, "japan")) ++japan[month];
        if (has(r, "uk")) ++uk[month];
    }
    const auto result =
        search({"--json", "--timeline", "month", "place:japan", "--compare", "place:uk"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto timeline = nlohmann::json::parse(result.out).at("timeline");
    // February to October 1987, the months without any article included.
    std::vector<std::string> months;
    for (int month = 2; month <= 10; ++month) months.push_back(fmt_month(1987, month));
    ASSERT_EQ(timeline.at("periods").size(), months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        const auto& period = timeline.at("periods").at(i);
        const std::string& month = months[i];
        EXPECT_EQ(period.at("period"), month);
        EXPECT_EQ(period.at("articles"), articles[month]) << month;
        EXPECT_EQ(period.at("matches"), nlohmann::json::array({japan[month], uk[month]})) << month;
    }
    EXPECT_EQ(articles["1987-05"], 0);  // the collection has no May
}

// JLH as docs/significant.md defines it, written again here.
double jlh(double fg, double fg_size, double bg, double bg_size) {
    const double p_fg = fg / fg_size;
    const double p_bg = bg / bg_size;
    return p_fg > p_bg ? (p_fg - p_bg) * (p_fg / p_bg) : 0.0;
}

TEST_F(Reuters, SignificantPeopleBesideVolckerAreTheCollectionsOwn) {
    // Scored here from the PEOPLE tags: foreground the Volcker articles,
    // background the collection, at least 3 articles together.
    std::map<std::string, int> with_volcker;
    std::map<std::string, int> everywhere;
    int volcker = 0;
    for (const auto& r : records()) {
        const std::set<std::string> people(r.people.begin(), r.people.end());
        for (const auto& person : people) ++everywhere[person];
        if (!people.contains("volcker")) continue;
        ++volcker;
        for (const auto& person : people) ++with_volcker[person];
    }
    std::vector<std::pair<double, std::string>> scored;
    for (const auto& [person, count] : with_volcker) {
        if (person == "volcker" || count < 3) continue;
        scored.emplace_back(-jlh(count, volcker, everywhere[person], 21578), person);
    }
    std::sort(scored.begin(), scored.end());
    ASSERT_GE(scored.size(), 5U);

    const auto result =
        search({"--json", "--significant", "person", "--limit", "5", "person:volcker"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto significant = nlohmann::json::parse(result.out).at("significant");
    EXPECT_EQ(significant.at("matches"), volcker);
    ASSERT_EQ(significant.at("values").size(), 5U);
    for (std::size_t i = 0; i < 5; ++i) {
        const auto& value = significant.at("values").at(i);
        // The row is keyed by the person's full name where the code book
        // gives one (its `greenspan` is the row `alan-greenspan`).
        const std::string key = value.at("key");
        const std::string& code = scored[i].second;
        EXPECT_TRUE(key == code || key.ends_with("-" + code))
            << i << ": " << key << " for " << code;
        EXPECT_EQ(value.at("matches"), with_volcker[scored[i].second]) << i;
        EXPECT_EQ(value.at("articles"), everywhere[scored[i].second]) << i;
        EXPECT_NEAR(value.at("score").get<double>(), -scored[i].first, 1e-9) << i;
    }
}

TEST_F(Reuters, SignificantWordsOfJapanStories) {
    const auto result = search({"--json", "--significant", "term", "--limit", "10", "place:japan"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto significant = nlohmann::json::parse(result.out).at("significant");
    EXPECT_EQ(significant.at("counted"), 1000);  // a sample of the 1,500-odd matches
    std::set<std::string> words;
    for (const auto& value : significant.at("values")) {
        const std::string word = value.at("name");
        words.insert(word);
        // Readable words: lower case as the text has them, no field terms.
        EXPECT_TRUE(std::none_of(word.begin(), word.end(), [](char c) {
            return std::isupper(static_cast<unsigned char>(c));
        })) << word;
    }
    for (const std::string expected : {"japan", "japanese", "tokyo", "yen"}) {
        EXPECT_TRUE(words.contains(expected)) << expected;
    }
}

}  // namespace
}  // namespace dateline::test

int main(int argc, char** argv) {
    const auto dir = dateline::test::reuters_dir();
    const bool present = std::filesystem::exists(dir / "reut2-000.sgm");
    return dateline::test::run_tests_unless_missing(
        argc, argv,
        present ? ""
                : "Reuters-21578 not found at " + dir.string() +
                      " (the shared data folder beside the project)");
}
