// End-to-end tests of dateline-search: the real binaries, each test in a fresh
// temp dir with an index built by dateline-index. Exit status, stdout/stderr
// separation, JSON compared as structures, facets, --count, and the sample
// corpus (corpus/README.md lists its counts).

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

extern char** environ;

namespace dateline::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The fixture corpus: four text-format articles, bodies without names so
// that counts depend only on the headers.
const std::vector<std::pair<std::string, std::string>> kArticles = {
    {"1987/volcker-inflation.txt",
     "date: 1987-03-02\ntitle: Volcker warns on inflation\npeople: Paul Volcker\nplaces: USA\n\n"
     "The central bank chairman said oil prices could push inflation higher.\n"},
    {"1987/gulf-oil.txt",
     "date: 1987-03-15\ntitle: Gulf producers meet\npeople: Paul Volcker; Rilwanu Lukman\n"
     "places: Kuwait; Austria\norgs: OPEC\n\n"
     "Crude oil rose sharply as the producers met. Prices of oil were the only subject.\n"},
    {"1987/japan-rates.txt",
     "date: 1987-03-16\ntitle: Bank of Japan holds rates\npeople: Satoshi Sumita\nplaces: Japan\n"
     "orgs: Bank of Japan\n\n"
     "The central bank kept its discount rate unchanged. Inflation stayed low.\n"},
    {"1987/grain.txt",
     "date: 1987-04-01\ntitle: Record harvest of grain\nplaces: West Germany\n\n"
     "Exports of wheat are expected to rise. Farmers said oil costs less this year.\n"},
};

class SearchCli : public testing::Test {
  protected:
    void SetUp() override {
        const fs::path corpus = dir_ / "corpus";
        for (const auto& [name, text] : kArticles) {
            fs::create_directories((corpus / name).parent_path());
            std::ofstream(corpus / name) << text;
        }
        const auto built =
            run_process({index_binary(), "--index", index_path(), "--quiet", corpus.string()});
        ASSERT_EQ(built.exit_code, 0) << built.err;
    }

    [[nodiscard]] std::string index_path() const { return (dir_ / "index").string(); }

    ProcessResult search(std::vector<std::string> args, const std::vector<std::string>& env = {}) {
        args.insert(args.begin(), {search_binary(), "--index", index_path()});
        return run_process(args, {}, env);
    }

    TempDir dir_;
};

// An error: status 2, nothing on stdout, the message on stderr.
void expect_error(const ProcessResult& result, const std::string& message) {
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("dateline-search: error: " + message, 0), 0U) << result.err;
}

TEST_F(SearchCli, HitsExitZeroAndPrintRankDateAndTitle) {
    const auto result = search({"--color", "never", "inflation"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_NE(result.out.find("  1. 1987-03-02  Volcker warns on inflation\n"), std::string::npos)
        << result.out;
    // The code book's `usa` is shown as its identity's name.
    EXPECT_NE(result.out.find("people: Paul Volcker  places: United States"), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("2 articles match; showing 1-2."), std::string::npos);
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
}

TEST_F(SearchCli, NoHitsExitOne) {
    const auto result = search({"platypus"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.out, "No articles match.\n");
    EXPECT_EQ(result.err, "");
}

TEST_F(SearchCli, CountPrintsOnlyTheExactNumber) {
    EXPECT_EQ(search({"--count", "oil"}).out, "3\n");
    EXPECT_EQ(search({"--count", "--limit", "1", "oil"}).out, "3\n");
    const auto none = search({"--count", "platypus"});
    EXPECT_EQ(none.out, "0\n");
    EXPECT_EQ(none.exit_code, 1);
}

TEST_F(SearchCli, QueryWordsAreJoinedAndMayStartWithADash) {
    EXPECT_EQ(search({"--count", "oil", "-person:volcker"}).out, "1\n");
    EXPECT_EQ(search({"--count", "oil", "person:volcker"}).out, "2\n");
    EXPECT_EQ(search({"--count", "person:\"Paul Volcker\"", "PLACE:Kuwait"}).out, "1\n");
    EXPECT_EQ(search({"--count", "date:1987-03-02..1987-03-15"}).out, "2\n");
}

// Short options are '-' and one letter, standing alone; any longer word that
// starts with '-' is a query word (docs/query-syntax.md).
TEST_F(SearchCli, ShortOptionsBesideDashWords) {
    EXPECT_EQ(search({"-q", "oil"}).out, "");
    EXPECT_EQ(search({"-q", "oil"}).exit_code, 0);
    EXPECT_EQ(search({"-q", "platypus"}).exit_code, 1);
    const auto limited = json::parse(search({"-n", "1", "--json", "oil", "-person:volcker"}).out);
    EXPECT_EQ(limited.at("total"), 1);
    EXPECT_EQ(limited.at("hits").size(), 1U);
    EXPECT_EQ(json::parse(search({"--json", "-n", "2", "oil"}).out).at("hits").size(), 2U);
    // -i is --index.
    EXPECT_EQ(run_process({search_binary(), "-i", index_path(), "--count", "oil"}).out, "3\n");
    // After "--" everything is query, even what looks like an option.
    EXPECT_EQ(search({"--count", "--", "oil", "-n"}).exit_code, 0);
}

TEST_F(SearchCli, BadQueryShowsTheQueryWithACaret) {
    const auto result = search({"oil", "foo:bar"});
    expect_error(result, "unknown field 'foo:'");
    EXPECT_NE(result.err.find("\n  oil foo:bar\n      ^^^^\n"), std::string::npos) << result.err;

    const auto date = search({"date:2021-02-30"});
    expect_error(date, "invalid date '2021-02-30'");
    EXPECT_NE(date.err.find("\n  date:2021-02-30\n       ^^^^^^^^^^\n"), std::string::npos)
        << date.err;

    expect_error(search({"\"oil prices"}), "unbalanced quote");
    expect_error(search({"(oil"}), "unbalanced bracket");
    // Xapian's own parser errors have no position: no caret line.
    const auto syntax = search({"oil AND"});
    expect_error(syntax, "cannot parse query");
    EXPECT_EQ(syntax.err.find('^'), std::string::npos) << syntax.err;
}

TEST_F(SearchCli, ExcludedWordsAloneMeanEveryArticleExcept) {
    EXPECT_EQ(search({"--count", "rates"}).out, "1\n");
    EXPECT_EQ(search({"--count", "--", "-rates"}).out, "3\n");
    EXPECT_EQ(search({"--count", "-rates", "-person:volcker"}).out, "1\n");
    const auto none = search({"--count", "-oil", "-inflation", "-grain"});
    EXPECT_EQ(none.out, "0\n");
    EXPECT_EQ(none.exit_code, 1);
}

TEST_F(SearchCli, EmptyFieldValuesAreErrorsWithACaret) {
    for (const char* field : {"person:", "place:", "title:", "date:", "id:"}) {
        const auto result = search({"oil", field});
        const std::string name(field);
        expect_error(result, "'" + name + "' needs a value");
        EXPECT_NE(
            result.err.find("\n  oil " + name + "\n      " + std::string(name.size(), '^') + "\n"),
            std::string::npos)
            << result.err;
    }
}

TEST_F(SearchCli, AnUnclosedTypographicQuoteIsNamed) {
    const auto result = search({"oil \xE2\x80\x9Cprices"});
    expect_error(result, "unbalanced quote: no closing '\xE2\x80\x9D'");
    EXPECT_NE(result.err.find("\n  oil \xE2\x80\x9Cprices\n      ^\n"), std::string::npos)
        << result.err;
}

TEST_F(SearchCli, OneIndexGivenTwiceIsSearchedOnce) {
    EXPECT_EQ(search({"--count", "--index", index_path(), "oil"}).out, "3\n");
    const auto twice = search({"--color", "never", "--index", index_path() + "/.", "inflation"});
    EXPECT_NE(twice.out.find("\n2 articles match; showing 1-2.\n"), std::string::npos) << twice.out;
    const auto one = search({"--color", "never", "title:grain"});
    EXPECT_NE(one.out.find("\n1 article matches; showing 1-1.\n"), std::string::npos) << one.out;
}

TEST_F(SearchCli, BadOptionsAreErrors) {
    expect_error(search({"--limit", "-1", "oil"}), "--limit must be 0 or more");
    expect_error(search({"--sort", "newest", "oil"}), "--sort must be");
    expect_error(search({"--facet", "colour", "oil"}), "--facet must be");
    // Dates may be counted by several periods, but each period once (date is date:month).
    expect_error(search({"--facet", "date", "--facet", "date:month", "oil"}),
                 "--facet date:month given twice");
    expect_error(search({"--color", "sometimes", "oil"}), "--color must be");
    expect_error(search({"--bogus", "oil"}), "unknown option '--bogus'");
    expect_error(search({"-x", "oil"}), "unknown option '-x'");
    expect_error(search({}), "no query given ('*' matches every article)");
    expect_error(search({"--count"}), "no query given");
}

TEST_F(SearchCli, StarOrFacetsWithoutAQueryCountTheWholeArchive) {
    const auto count = search({"--count", "*"});
    EXPECT_EQ(count.exit_code, 0) << count.err;
    EXPECT_EQ(count.out, "4\n");
    const auto result = search({"--json", "--limit", "0", "--facet", "place"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    EXPECT_EQ(out.at("query"), "*");
    EXPECT_EQ(out.at("total"), 4);
    EXPECT_EQ(out.at("facets").at("place").size(), 5U) << out.dump(2);
    EXPECT_EQ(json::parse(search({"--json", "--limit", "0", "--facet", "place", "*"}).out), out);
}

TEST_F(SearchCli, MissingIndexIsAClearError) {
    const std::string missing = (dir_ / "nowhere").string();
    expect_error(run_process({search_binary(), "--index", missing, "oil"}),
                 "no index at " + missing + " (build one with dateline-index)\n");
}

TEST_F(SearchCli, IndexComesFromTheEnvironmentWithoutIndexOption) {
    const auto result =
        run_process({search_binary(), "--count", "oil"}, {}, {"DATELINE_INDEX=" + index_path()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "3\n");
}

TEST_F(SearchCli, JsonIsTheDocumentedObject) {
    const auto result = search({"--json", "--sort", "-date", "oil", "date:1987-03"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    json out = json::parse(result.out);
    // Scores depend on BM25 statistics; check their type, then compare the rest.
    for (auto& hit : out.at("hits")) {
        EXPECT_TRUE(hit.at("score").is_number());
        hit.erase("score");
        EXPECT_TRUE(hit.at("snippet").is_array());
        hit.erase("snippet");
    }
    const json expected = json::parse(R"({
        "format_version": 1,
        "query": "oil date:1987-03",
        "total": 2,
        "groups": 2,
        "hits": [
            {"rank": 1, "id": "1987/gulf-oil.txt", "date": "1987-03-15",
             "title": "Gulf producers meet",
             "title_parts": [{"text": "Gulf producers meet", "highlight": false}],
             "people": ["Paul Volcker", "Rilwanu Lukman"],
             "places": ["Kuwait", "Austria"], "orgs": ["OPEC"], "source": "1987/gulf-oil.txt",
             "url": null},
            {"rank": 2, "id": "1987/volcker-inflation.txt", "date": "1987-03-02",
             "title": "Volcker warns on inflation",
             "title_parts": [{"text": "Volcker warns on inflation", "highlight": false}],
             "people": ["Paul Volcker"],
             "places": ["United States"], "orgs": [], "source": "1987/volcker-inflation.txt",
             "url": null}
        ],
        "facets": {}
    })");
    EXPECT_EQ(out, expected) << out.dump(2);
}

// A small RFC 4180 reader: rows of fields, quotes undone.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// The cell a JSON hit field becomes in CSV (docs/output-formats.md).
std::string csv_cell(const json& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.get<std::string>();
    if (value.is_array()) {
        std::string text;
        for (const auto& item : value) {
            if (item.is_object()) {
                text += item.at("text").get<std::string>();
            } else {
                text += (text.empty() ? "" : "; ") + item.get<std::string>();
            }
        }
        return text;
    }
    return value.dump();
}

TEST_F(SearchCli, FormatsForProgramsCarryTheHitsOfTheJsonOutput) {
    const auto hits = json::parse(search({"--json", "oil"}).out).at("hits");
    ASSERT_EQ(hits.size(), 3U);

    const auto csv = search({"--format", "csv", "oil"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    const auto rows = parse_csv(csv.out);
    ASSERT_EQ(rows.size(), 1 + hits.size()) << csv.out;
    const auto& header = rows[0];
    EXPECT_EQ(header, (std::vector<std::string>{"rank", "id", "date", "title", "people", "places",
                                                "orgs", "score", "snippet", "source", "url"}));
    for (std::size_t i = 0; i < hits.size(); ++i) {
        for (std::size_t column = 0; column < header.size(); ++column) {
            EXPECT_EQ(rows[i + 1][column], csv_cell(hits[i].at(header[column]))) << header[column];
        }
    }

    const auto tsv = search({"--format", "tsv", "oil"});
    EXPECT_EQ(tsv.out.substr(0, tsv.out.find('\n')),
              "rank\tid\tdate\ttitle\tpeople\tplaces\torgs\tscore\tsnippet\tsource\turl");
    EXPECT_EQ(std::count(tsv.out.begin(), tsv.out.end(), '\n'), 4);

    std::string ids;
    for (const auto& hit : hits) ids += hit.at("id").get<std::string>() + "\n";
    EXPECT_EQ(search({"--format", "ids", "oil"}).out, ids);

    std::istringstream lines(search({"--format", "jsonl", "oil"}).out);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        EXPECT_EQ(json::parse(line), hits.at(count));
    }
    EXPECT_EQ(count, hits.size());

    // --json is --format json; no hits is exit 1 with the header alone.
    EXPECT_EQ(search({"--format", "json", "oil"}).out, search({"--json", "oil"}).out);
    const auto none = search({"--format", "csv", "platypus"});
    EXPECT_EQ(none.exit_code, 1);
    EXPECT_EQ(none.out, "rank,id,date,title,people,places,orgs,score,snippet,source,url\r\n");
}

TEST_F(SearchCli, FormatsThatCannotSayItAreUsageErrors) {
    expect_error(search({"--format", "xml", "oil"}), "--format must be text, json, jsonl, csv");
    expect_error(search({"--json", "--format", "csv", "oil"}),
                 "--json and --format csv contradict each other");
    expect_error(search({"--count", "--format", "ids", "oil"}), "--count prints a number");
    expect_error(search({"--facet", "person", "--format", "csv", "oil"}),
                 "--facet counts are shown by --format text or json, not --format csv");
}

// What --show prints for the fixture's grain article.
TEST_F(SearchCli, ShowPrintsTheWholeArticle) {
    const auto result = search({"--show", "1987/grain.txt", "--color", "never"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_EQ(result.out,
              "Record harvest of grain\n"
              "1987-04-01  id: 1987/grain.txt\n"
              "places: West Germany\n"
              "source: 1987/grain.txt\n"
              "\n"
              "Exports of wheat are expected to rise. Farmers said oil costs less this year.\n");
}

TEST_F(SearchCli, ShowOfAMissingIdIsExitOne) {
    const auto result = search({"--show", "1987/nothing.txt"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err, "dateline-search: no article has the id '1987/nothing.txt'\n");
    EXPECT_EQ(search({"--like", "1987/nothing.txt"}).exit_code, 1);
}

TEST_F(SearchCli, ShowMarksTheQueryAndWrapsTheBody) {
    const auto marked = search({"--show", "1987/gulf-oil.txt", "--color", "always", "oil"});
    ASSERT_EQ(marked.exit_code, 0) << marked.err;
    EXPECT_NE(marked.out.find("Crude \x1b[1;31moil\x1b[0m rose"), std::string::npos) << marked.out;
    EXPECT_NE(marked.out.find("Prices of \x1b[1;31moil\x1b[0m were"), std::string::npos);
    // Piped, nothing is wrapped (a program wants whole lines), whatever
    // $COLUMNS says: a paragraph is one line.
    const auto piped = search({"--show", "1987/gulf-oil.txt"}, {"COLUMNS=30"});
    EXPECT_NE(piped.out.find("Crude oil rose sharply as the producers met."), std::string::npos)
        << piped.out;
    // --width wraps it anyway: no line is wider.
    const auto narrow = search({"--show", "1987/gulf-oil.txt", "--width", "30"});
    std::istringstream lines(narrow.out);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        EXPECT_LE(line.size(), 30U) << line;
    }
    EXPECT_GT(count, 6U) << narrow.out;
    EXPECT_NE(narrow.out.find("Crude oil rose sharply as the\nproducers met."), std::string::npos)
        << narrow.out;
}

TEST_F(SearchCli, ShowAsJsonAndAsARecord) {
    const auto result = search({"--show", "1987/gulf-oil.txt", "--json", "crude"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json object = json::parse(result.out);
    EXPECT_EQ(object.at("format_version"), 1);
    const json& article = object.at("article");
    EXPECT_EQ(article.at("id"), "1987/gulf-oil.txt");
    EXPECT_EQ(article.at("date"), "1987-03-15");
    EXPECT_EQ(article.at("people"), json::array({"Paul Volcker", "Rilwanu Lukman"}));
    EXPECT_EQ(article.at("body"),
              "Crude oil rose sharply as the producers met. Prices of oil were the only subject.");
    EXPECT_EQ(article.at("body_parts").at(0), (json{{"text", "Crude"}, {"highlight", true}}));
    EXPECT_EQ(json::parse(search({"--show", "1987/gulf-oil.txt", "--json"}).out)
                  .at("article")
                  .count("body_parts"),
              0U);

    const auto rows = parse_csv(search({"--show", "1987/gulf-oil.txt", "--format", "csv"}).out);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "date", "title", "people", "places", "orgs",
                                                 "source", "url", "body"}));
    EXPECT_EQ(rows[1][3], "Paul Volcker; Rilwanu Lukman");
    EXPECT_EQ(rows[1][8], article.at("body"));
    EXPECT_EQ(search({"--show", "1987/gulf-oil.txt", "--format", "ids"}).out,
              "1987/gulf-oil.txt\n");
}

TEST_F(SearchCli, LikeListsOtherArticlesAndTakesFilters) {
    const auto result = search({"--like", "1987/volcker-inflation.txt", "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json object = json::parse(result.out);
    EXPECT_EQ(object.at("like"), "1987/volcker-inflation.txt");
    ASSERT_FALSE(object.at("hits").empty());
    for (const auto& hit : object.at("hits")) {
        EXPECT_NE(hit.at("id"), "1987/volcker-inflation.txt");
    }
    // The Japan article shares "central bank" and "inflation": it comes first.
    EXPECT_EQ(object.at("hits").at(0).at("id"), "1987/japan-rates.txt");
    const auto april =
        json::parse(search({"--like", "1987/volcker-inflation.txt", "--json", "date:1987-04"}).out);
    ASSERT_EQ(april.at("hits").size(), 1U);
    EXPECT_EQ(april.at("hits").at(0).at("id"), "1987/grain.txt");
    const auto text = search({"--like", "1987/volcker-inflation.txt", "--color", "never"});
    EXPECT_EQ(text.out.rfind("Like 1987/volcker-inflation.txt\n", 0), 0U) << text.out;
}

// The display column where each keyword-in-context line's match starts.
std::vector<std::size_t> match_columns(const std::string& out) {
    std::vector<std::size_t> columns;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        const auto match = line.find("\x1b[1;31m");
        if (match == std::string::npos) continue;
        std::size_t column = 0;
        for (std::size_t i = 0; i < match; ++i) {
            if (line[i] == '\x1b') {  // skip the other escape sequences
                i = line.find('m', i);
                continue;
            }
            if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U) ++column;
        }
        columns.push_back(column);
    }
    return columns;
}

TEST_F(SearchCli, KwicShowsEveryMatchInAnAlignedColumn) {
    const auto result = search({"--kwic", "--color", "always", "--sort", "date", "oil"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto columns = match_columns(result.out);
    ASSERT_EQ(columns.size(), 4U) << result.out;  // one in the first article, two, one
    for (const auto column : columns) EXPECT_EQ(column, columns.front()) << result.out;
    EXPECT_NE(result.out.find("4 lines from 3 of the 3 matching articles."), std::string::npos)
        << result.out;

    const auto limited = search({"--kwic", "-n", "2", "--color", "never", "--sort", "date", "oil"});
    EXPECT_NE(limited.out.find("2 lines from 2 of the 3 matching articles; more with a higher "
                               "--limit."),
              std::string::npos)
        << limited.out;

    const json object = json::parse(search({"--kwic", "--json", "--sort", "date", "oil"}).out);
    EXPECT_EQ(object.at("total"), 3);
    ASSERT_EQ(object.at("lines").size(), 4U);
    EXPECT_EQ(object.at("lines").at(1),
              (json{{"date", "1987-03-15"},
                    {"id", "1987/gulf-oil.txt"},
                    {"left", "Crude"},
                    {"match", "oil"},
                    {"right",
                     "rose sharply as the producers met. Prices of oil were the only "
                     "subject."}}));
    const auto tsv = search({"--kwic", "--format", "tsv", "--sort", "date", "oil"});
    EXPECT_EQ(tsv.out.substr(0, tsv.out.find('\n')), "date\tid\tleft\tmatch\tright");
}

TEST_F(SearchCli, ExploringOptionsRefuseWhatTheyCannotDo) {
    expect_error(search({"--kwic"}), "--kwic needs a query");
    expect_error(search({"--kwic", "--count", "oil"}), "--kwic cannot be combined with --count");
    expect_error(search({"--show", "a", "--facet", "person"}),
                 "--show cannot be combined with --facet");
    expect_error(search({"--show", "a", "--like", "b"}), "--show and --like cannot be combined");
    expect_error(search({"--like", "a", "--kwic", "oil"}), "--like and --kwic cannot be combined");
}

// The config file: default index and colour, saved queries as @name
// (docs/config.md). Each run gets its own XDG_CONFIG_HOME.
class ConfigCli : public SearchCli {
  protected:
    fs::path write_config(const std::string& text, const fs::path& where) {
        fs::create_directories(where.parent_path());
        std::ofstream(where) << text;
        return where;
    }
    fs::path xdg() const { return dir_ / "xdg"; }
    std::vector<std::string> xdg_env() const { return {"XDG_CONFIG_HOME=" + xdg().string()}; }

    // dateline-search without --index, with the given environment.
    ProcessResult run(const std::vector<std::string>& args, std::vector<std::string> env) {
        std::vector<std::string> argv{search_binary()};
        argv.insert(argv.end(), args.begin(), args.end());
        env.emplace_back("DATELINE_INDEX=");
        return run_process(argv, {}, env);
    }
};

TEST_F(ConfigCli, DefaultIndexColourAndSavedQueriesComeFromTheConfigFile) {
    write_config("# my archive\nindex = " + index_path() +
                     "\ncolor = always\n\n[query]\nvolcker-japan = person:volcker place:japan\n"
                     "volcker = person:\"Paul Volcker\"\nphrase = \"oil were\"\n",
                 xdg() / "dateline" / "config");
    EXPECT_EQ(run({"--count", "oil"}, xdg_env()).out, "3\n");
    EXPECT_EQ(run({"--count", "@volcker"}, xdg_env()).out, "2\n");
    EXPECT_EQ(run({"--count", "oil", "-@volcker"}, xdg_env()).out, "1\n");
    EXPECT_EQ(run({"--count", "@phrase"}, xdg_env()).out, "1\n");
    EXPECT_EQ(run({"--count", "@volcker-japan"}, xdg_env()).exit_code, 1);  // nobody is both
    // The config's colour; the command line wins.
    EXPECT_NE(run({"inflation"}, xdg_env()).out.find("\x1b["), std::string::npos);
    EXPECT_EQ(run({"--color", "never", "inflation"}, xdg_env()).out.find("\x1b["),
              std::string::npos);
    // The query as typed is what JSON echoes.
    EXPECT_EQ(json::parse(run({"--json", "@volcker"}, xdg_env()).out).at("query"), "@volcker");
}

TEST_F(ConfigCli, AnUnknownSavedQueryIsAQueryErrorWithACaret) {
    write_config("index = " + index_path() + "\n[query]\nfed = person:volcker\n",
                 xdg() / "dateline" / "config");
    const auto result = run({"oil", "@nope"}, xdg_env());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err,
              "dateline-search: error: unknown saved query '@nope' (saved: @fed)\n"
              "  oil @nope\n"
              "      ^^^^^\n");
}

TEST_F(ConfigCli, ConfigOptionHomeAndEnvironmentChooseTheFile) {
    const fs::path other =
        write_config("index = " + index_path() + "\n[query]\nq = crude\n", dir_ / "elsewhere.conf");
    EXPECT_EQ(run({"--config", other.string(), "--count", "@q"}, {}).out, "1\n");
    // Without XDG_CONFIG_HOME: ~/.config/dateline/config.
    write_config("index = " + index_path() + "\n[query]\nq = oil\n",
                 dir_ / "home" / ".config" / "dateline" / "config");
    const auto from_home =
        run({"--count", "@q"}, {"HOME=" + (dir_ / "home").string(), "XDG_CONFIG_HOME="});
    EXPECT_EQ(from_home.out, "3\n") << from_home.err;
    // --index and $DATELINE_INDEX win over the config's index.
    const auto elsewhere = run({"--count", "--index", (dir_ / "missing").string(), "oil"},
                               {"XDG_CONFIG_HOME=", "HOME=" + (dir_ / "home").string()});
    EXPECT_EQ(elsewhere.exit_code, 2);
    const auto environment =
        run_process({search_binary(), "--count", "oil"}, {},
                    {"HOME=" + (dir_ / "home").string(),
                     "XDG_CONFIG_HOME=", "DATELINE_INDEX=" + (dir_ / "missing").string()});
    EXPECT_EQ(environment.exit_code, 2) << environment.out;
}

TEST_F(ConfigCli, ABadConfigFileIsAnErrorNamingIt) {
    const fs::path file = xdg() / "dateline" / "config";
    const struct {
        std::string text;
        std::string error;
    } cases[] = {
        {"colour = never\n",
         "unknown setting 'colour' (settings: index, color, pager; saved queries"},
        {"color = sometimes\n", "color must be auto, always or never, not 'sometimes'"},
        {"[query]\ntwo words = oil\n", ""},  // Boost refuses the line itself
        {"[query]\nq = oil\nq = gas\n", "saved query 'q' is given twice"},
        {"just a line\n", ""},
    };
    for (const auto& c : cases) {
        write_config(c.text, file);
        const auto result = run({"oil"}, xdg_env());
        EXPECT_EQ(result.exit_code, 2) << c.text;
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(result.err.rfind("dateline-search: error: " + file.string() + ": " + c.error, 0),
                  0U)
            << result.err;
    }
    const auto missing = run({"--config", (dir_ / "nowhere").string(), "oil"}, {});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("nowhere: cannot read the config file"), std::string::npos)
        << missing.err;
}

TEST_F(SearchCli, JsonSnippetMarksMatchedWords) {
    const auto result = search({"--json", "crude"});
    const json hit = json::parse(result.out).at("hits").at(0);
    std::string highlighted;
    for (const auto& part : hit.at("snippet")) {
        if (part.at("highlight").get<bool>()) highlighted += part.at("text").get<std::string>();
    }
    EXPECT_EQ(highlighted, "Crude") << hit.dump(2);
    EXPECT_EQ(json::parse(search({"--json", "--no-snippets", "crude"}).out)["hits"][0]["snippet"],
              json::array());
}

TEST_F(SearchCli, FacetsCountEveryMatchNotJustThePage) {
    const auto result = search({"--json", "--limit", "1", "--facet", "person", "--facet", "place",
                                "--facet", "date:month", "--facet-limit", "3", "oil"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    EXPECT_EQ(out.at("hits").size(), 1U);
    EXPECT_EQ(out.at("facets"), json::parse(R"({
        "person": [{"key": "paul-volcker", "name": "Paul Volcker", "count": 2},
                   {"key": "rilwanu-lukman", "name": "Rilwanu Lukman", "count": 1}],
        "place": [{"key": "at", "name": "Austria", "count": 1},
                  {"key": "kw", "name": "Kuwait", "count": 1},
                  {"key": "us", "name": "United States", "count": 1}],
        "date": [{"key": "1987-03", "name": "1987-03", "count": 2},
                 {"key": "1987-04", "name": "1987-04", "count": 1}]
    })"))
        << out.at("facets").dump(2);
}

TEST_F(SearchCli, OrganisationsAreQueriedFacetedAndShown) {
    EXPECT_EQ(search({"--count", "org:opec"}).out, "1\n");
    EXPECT_EQ(search({"--count", "org:\"bank of japan\""}).out, "1\n");
    EXPECT_EQ(search({"--count", "org:japan"}).out, "0\n");  // whole names, as places
    EXPECT_EQ(search({"--count", "person:opec OR place:opec"}).out, "0\n");

    const auto text = search({"--color", "never", "--facet", "org", "central OR crude"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("places: Kuwait, Austria  orgs: OPEC\n"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("\norg\n  1  Bank of Japan\n  1  OPEC\n"), std::string::npos)
        << text.out;

    const auto result = search({"--json", "--limit", "0", "--facet", "org", "oil OR rates"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(json::parse(result.out).at("facets"), json::parse(R"({
        "org": [{"key": "bank-of-japan", "name": "Bank of Japan", "count": 1},
                {"key": "opec", "name": "OPEC", "count": 1}]
    })"));

    expect_error(search({"--facet", "org", "--facet", "org", "oil"}), "--facet org given twice");
    expect_error(search({"org:..."}), "'org:' needs a name with letters or digits");
}

TEST_F(SearchCli, OrganisationsComeFromJsonLinesToo) {
    const fs::path feed = dir_ / "feed" / "wire.jsonl";
    fs::create_directories(feed.parent_path());
    std::ofstream(feed)
        << R"({"id": "w1", "title": "Cartel meets", "body": "Ministers met.", "orgs": ["OPEC"]})"
        << '\n'
        << R"({"id": "w2", "title": "Car sales", "body": "Sales rose.", "orgs": "General Motors"})"
        << '\n';
    const std::string index = (dir_ / "feed-index").string();
    const auto built = run_process({index_binary(), "--index", index, "--quiet", feed.string()});
    ASSERT_EQ(built.exit_code, 0) << built.err;
    const auto found = run_process(
        {search_binary(), "--index", index, "--json", "--facet", "org", "org:\"general motors\""});
    ASSERT_EQ(found.exit_code, 0) << found.err;
    const json out = json::parse(found.out);
    ASSERT_EQ(out.at("hits").size(), 1U);
    EXPECT_EQ(out.at("hits").at(0).at("id"), "w2");
    EXPECT_EQ(out.at("hits").at(0).at("orgs"), json::array({"General Motors"}));
    EXPECT_EQ(out.at("facets").at("org"),
              json::parse(R"([{"key": "general-motors", "name": "General Motors", "count": 1}])"));
}

TEST_F(SearchCli, TextFacetsShowATimeline) {
    const auto result = search({"--facet", "date:day", "--facet", "place", "--limit", "0", "oil"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("date (by day)\n  1987-03-02 "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("\u2588"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("\nplace\n  1  Austria\n"), std::string::npos) << result.out;
}

TEST_F(SearchCli, ColourOnlyWhenAskedOrOnATerminal) {
    EXPECT_EQ(search({"inflation"}).out.find('\x1b'), std::string::npos);  // not a terminal
    EXPECT_NE(search({"--color", "always", "inflation"}).out.find("\x1b[1;31m"), std::string::npos);
}

TEST_F(SearchCli, SpellingSuggestion) {
    const auto text = search({"inflaton"});
    EXPECT_EQ(text.exit_code, 1);
    EXPECT_NE(text.out.find("Did you mean: inflation?"), std::string::npos) << text.out;
    EXPECT_EQ(json::parse(search({"--json", "inflaton"}).out).at("corrected_query"), "inflation");
}

TEST_F(SearchCli, HelpAndVersion) {
    const auto help = run_process({search_binary(), "--help"});
    EXPECT_EQ(help.exit_code, 0);
    for (const char* option :
         {"--index", "--limit", "--offset", "--sort", "--count", "--json", "--facet",
          "--facet-limit", "--color", "--no-snippets", "--version"}) {
        EXPECT_NE(help.out.find(option), std::string::npos) << option;
    }
    const auto version = run_process({search_binary(), "--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.out.rfind("dateline-search ", 0), 0U);
}

TEST_F(SearchCli, SnippetsWrapOnlyToAGivenOrTerminalWidth) {
    const auto piped = search({"--color", "never", "-n", "1", "crude"});
    ASSERT_EQ(piped.exit_code, 0) << piped.err;
    const auto wrapped = search({"--color", "never", "-n", "1", "--width", "24", "crude"});
    ASSERT_EQ(wrapped.exit_code, 0) << wrapped.err;
    std::istringstream lines(wrapped.out);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        if (line.starts_with("    ") && line.find(':') == std::string::npos) {
            EXPECT_LE(line.size(), 24U) << line;
        }
    }
    EXPECT_GT(count, static_cast<std::size_t>(std::count(piped.out.begin(), piped.out.end(), '\n')))
        << wrapped.out;
    expect_error(search({"--width", "-1", "oil"}), "--width must be 0 or more");
}

// A shell command for `script`: the search, its pager writing to `file`.
std::string paged_search(const std::string& index, const std::string& file,
                         const std::string& options) {
    return "DATELINE_PAGER='cat > " + file + "' " + search_binary() + " --index " + index + " " +
           options + " inflation";
}

TEST_F(SearchCli, OutputToATerminalGoesThroughThePager) {
    const std::string file = (dir_ / "paged.txt").string();
    // Piped: no pager (auto), the results on stdout.
    const auto piped = search({"inflation"}, {"DATELINE_PAGER=cat > " + file});
    EXPECT_NE(piped.out.find("match"), std::string::npos) << piped.out;
    EXPECT_FALSE(fs::exists(file));
    // pager = always in the config: the pager even when piped.
    const fs::path config = dir_ / "config";
    std::ofstream(config) << "pager = always\n";
    const auto always =
        search({"--config", config.string(), "inflation"}, {"DATELINE_PAGER=cat > " + file});
    EXPECT_EQ(always.exit_code, 0) << always.err;
    EXPECT_EQ(always.out, "");
    std::stringstream paged;
    paged << std::ifstream(file).rdbuf();
    EXPECT_NE(paged.str().find("articles match"), std::string::npos) << paged.str();
    fs::remove(file);
    // --no-pager wins over the config.
    const auto unpaged = search({"--config", config.string(), "--no-pager", "inflation"},
                                {"DATELINE_PAGER=cat > " + file});
    EXPECT_NE(unpaged.out.find("match"), std::string::npos);
    EXPECT_FALSE(fs::exists(file));
    // On a real terminal (a pseudo-terminal from util-linux's script).
    if (!fs::exists("/usr/bin/script")) GTEST_SKIP() << "no /usr/bin/script for a terminal";
    const auto terminal =
        run_process({"/usr/bin/script", "-qec", paged_search(index_path(), file, "--color never"),
                     "/dev/null"});
    EXPECT_EQ(terminal.exit_code, 0) << terminal.out << terminal.err;
    std::stringstream through_pager;
    through_pager << std::ifstream(file).rdbuf();
    EXPECT_NE(through_pager.str().find("articles match"), std::string::npos)
        << through_pager.str() << terminal.out;
    EXPECT_EQ(terminal.out.find("articles match"), std::string::npos) << terminal.out;
    fs::remove(file);
    const auto no_pager =
        run_process({"/usr/bin/script", "-qec",
                     paged_search(index_path(), file, "--color never --no-pager"), "/dev/null"});
    EXPECT_NE(no_pager.out.find("articles match"), std::string::npos) << no_pager.out;
    EXPECT_FALSE(fs::exists(file));
}

// Runs the search with stdout a pipe whose reader has already gone, as with
// `dateline-search ... | head -1` once head has exited.
TEST_F(SearchCli, BrokenPipeExitsQuietly) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    close(fds[0]);
    const std::string err_path = (dir_ / "stderr.txt").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    std::vector<std::string> args{search_binary(), "--index", index_path(), "--limit", "10", "oil"};
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0);
    std::stringstream err;
    err << std::ifstream(err_path).rdbuf();
    EXPECT_EQ(err.str(), "");
}

// The sample corpus (corpus/README.md has the counts, made by a script).
class SampleCorpus : public testing::Test {
  protected:
    static void SetUpTestSuite() {
        if (!fs::exists(corpus())) return;
        dir_ = std::make_unique<TempDir>();  // one index for the whole suite
        // The corpus README's counts are of the articles' own headers, so
        // extraction (which adds what the text names) stays off here.
        // README.md itself is skipped by the indexer as documentation.
        built_ = run_process(
            {index_binary(), "--index", index_path(), "--quiet", "--no-extract", corpus()});
    }
    static void TearDownTestSuite() { dir_.reset(); }
    void SetUp() override {
        if (dir_ == nullptr) GTEST_SKIP() << "no sample corpus at " << corpus();
        ASSERT_EQ(built_.exit_code, 0) << built_.err;
    }

    static std::string corpus() { return source_dir() + "/corpus"; }
    static std::string index_path() { return (dir_->path() / "index").string(); }
    static ProcessResult search(std::vector<std::string> args) {
        args.insert(args.begin(), {search_binary(), "--index", index_path()});
        return run_process(args);
    }
    static std::string count(const std::string& query) { return search({"--count", query}).out; }

    static inline std::unique_ptr<TempDir> dir_;
    static inline ProcessResult built_;
};

TEST_F(SampleCorpus, CountsMatchTheReadme) {
    EXPECT_EQ(count("person:\"Maria Keller\""), "8\n");
    EXPECT_EQ(count("person:keller"), "8\n");
    EXPECT_EQ(count("place:\"united states\""), "10\n");
    EXPECT_EQ(count("\"interest rates\""), "10\n");
    EXPECT_EQ(count("\"wheat harvest\""), "8\n");
    EXPECT_EQ(count("title:\"wheat harvest\""), "5\n");
    EXPECT_EQ(count("date:2020-06"), "4\n");
}

// Every spelling of a country is one query: the identity term (ISO code).
TEST_F(SampleCorpus, EverySpellingOfAPlaceFindsTheSameArticles) {
    const std::string united_states = count("place:\"united states\"");
    ASSERT_NE(united_states, "0\n");
    for (const char* query : {"place:usa", "place:us", "place:\"u.s.\"", "place:U.S.",
                              "place:america", "place:\"United States of America\""})
        EXPECT_EQ(count(query), united_states) << query;
    EXPECT_EQ(count("place:georgia"), count("place:ge"));
}

TEST_F(SampleCorpus, TitleMatchRanksFirst) {
    const auto result = search({"--json", "drought"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    EXPECT_EQ(out.at("total"), 4);
    EXPECT_EQ(out.at("hits").at(0).at("id"), "2018/2018-08-23-drought-shrinks-kansas-wheat.txt");
}

TEST_F(SampleCorpus, YearFacetMatchesTheReadme) {
    const auto result =
        search({"--json", "--limit", "0", "--facet", "date:year", "date:2018..2024"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json out = json::parse(result.out);
    std::vector<std::pair<std::string, int>> years;
    for (const auto& value : out.at("facets").at("date")) {
        years.emplace_back(value.at("key").get<std::string>(), value.at("count").get<int>());
    }
    EXPECT_EQ(years, (std::vector<std::pair<std::string, int>>{{"2018", 8},
                                                               {"2019", 6},
                                                               {"2020", 5},
                                                               {"2021", 5},
                                                               {"2022", 9},
                                                               {"2023", 6},
                                                               {"2024", 6}}));
}

// The highlighted parts of a JSON snippet (or title_parts), joined by '|'.
std::string highlights(const json& parts) {
    std::string marked;
    for (const auto& part : parts) {
        if (!part.at("highlight").get<bool>()) continue;
        if (!marked.empty()) marked += '|';
        marked += part.at("text").get<std::string>();
    }
    return marked;
}

TEST_F(SampleCorpus, AccentsDoNotMatterInFreeText) {
    for (const char* query :
         {"martinez", "Mart\xC3\xADnez", "MARTINEZ", "atletico", "Atl\xC3\xA9tico"}) {
        EXPECT_EQ(count(query), "4\n") << query;
    }
    // Four stories and the second wire copy of one of them.
    for (const char* query : {"sorensen", "S\xC3\xB8rensen"}) {
        EXPECT_EQ(count(query), "5\n") << query;
    }
    // The text is shown as written, the match marked.
    const auto result = search({"--json", "title:martinez"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const json hit = json::parse(result.out).at("hits").at(0);
    EXPECT_EQ(hit.at("title"), "Mart\xC3\xADnez says farewell to Ribera after eight years");
    EXPECT_EQ(highlights(hit.at("title_parts")), "Mart\xC3\xADnez");
}

// --show and --kwic mark accent-folded matches on the text as written.
TEST_F(SampleCorpus, ShowAndKwicMarkAccentFoldedMatches) {
    const auto shown =
        search({"--json", "--show", "2019/2019-05-25-ribera-wins-cup-final.txt", "martinez"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_EQ(highlights(json::parse(shown.out).at("article").at("body_parts")),
              "Mart\xC3\xADnez|Mart\xC3\xADnez|Mart\xC3\xADnez");
    const auto kwic = search({"--json", "--kwic", "--limit", "100", "sorensen"});
    ASSERT_EQ(kwic.exit_code, 0) << kwic.err;
    const json lines = json::parse(kwic.out).at("lines");
    ASSERT_FALSE(lines.empty());
    for (const auto& line : lines) EXPECT_EQ(line.at("match"), "S\xC3\xB8rensen") << line.dump();
}

TEST_F(SampleCorpus, FiltersAloneShowTheSentenceNamingThePersonOrPlace) {
    for (const auto& [query, name] : std::vector<std::pair<std::string, std::string>>{
             {"person:keller", "Keller"}, {"place:kansas date:2018", "Kansas"}}) {
        const auto result = search({"--json", "--limit", "100", query});
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const json hits = json::parse(result.out).at("hits");
        ASSERT_FALSE(hits.empty()) << query;
        for (const auto& hit : hits) {
            EXPECT_NE(highlights(hit.at("snippet")).find(name), std::string::npos)
                << query << ": " << hit.at("id") << " " << hit.at("snippet").dump();
        }
    }
}

}  // namespace
}  // namespace dateline::test
