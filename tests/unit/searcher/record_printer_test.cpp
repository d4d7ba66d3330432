// The machine-readable output formats: CSV and TSV rows (RFC 4180 quoting),
// and hits as JSON Lines, CSV, TSV and ids, on a hand-made SearchResult.

#include "dateline/searcher/record_printer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "dateline/searcher/delimited_row.hpp"
#include "dateline/searcher/json_printer.hpp"
#include "dateline/searcher/output_format.hpp"

namespace dateline::searcher {
namespace {

std::string row(const std::vector<std::string>& fields, Delimiter delimiter) {
    std::ostringstream out;
    write_delimited_row(out, fields, delimiter);
    return out.str();
}

TEST(DelimitedRow, CsvQuotesAsRfc4180Says) {
    const struct {
        std::vector<std::string> fields;
        std::string csv;
        std::string tsv;
    } cases[] = {
        {{"a", "b"}, "a,b\r\n", "a\tb\n"},
        {{}, "\r\n", "\n"},
        {{""}, "\r\n", "\n"},
        {{"", ""}, ",\r\n", "\t\n"},
        {{"1,5"}, "\"1,5\"\r\n", "1,5\n"},
        {{"say \"hi\""}, "\"say \"\"hi\"\"\"\r\n", "say \"hi\"\n"},
        {{"two\nlines", "x"}, "\"two\nlines\",x\r\n", "two lines\tx\n"},
        {{"cr\rhere"}, "\"cr\rhere\"\r\n", "cr here\n"},
        {{"tab\there"}, "tab\there\r\n", "tab here\n"},
        {{"Martínez"}, "Martínez\r\n", "Martínez\n"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(row(c.fields, Delimiter::Comma), c.csv);
        EXPECT_EQ(row(c.fields, Delimiter::Tab), c.tsv);
    }
}

TEST(OutputFormat, NamesRoundTrip) {
    for (const auto& name : output_format_names()) {
        const auto format = parse_output_format(name);
        ASSERT_TRUE(format.has_value()) << name;
        EXPECT_EQ(output_format_name(*format), name);
    }
    EXPECT_FALSE(parse_output_format("xml").has_value());
    EXPECT_FALSE(parse_output_format("CSV").has_value());
    EXPECT_FALSE(is_record_format(OutputFormat::Text));
    EXPECT_FALSE(is_record_format(OutputFormat::Json));
    EXPECT_TRUE(is_record_format(OutputFormat::Csv));
}

SearchResult sample_result() {
    SearchResult result;
    result.query = "oil";
    result.total = 7;
    Hit hit;
    hit.rank = 1;
    hit.id = "reuters-7";
    hit.date = schema::Date::from_iso("1987-03-02");
    hit.title = "Oil, \"crude\" and gas";
    hit.people = {{"paul-volcker", "Paul Volcker"}, {"james-baker", "James Baker"}};
    hit.places = {{"usa", "USA"}};
    hit.score = 1.5;
    hit.snippet.parts = {{"Crude ", false}, {"oil", true}, {" rose", false}};
    hit.source = "reut2-000.sgm:120";
    result.hits.push_back(hit);
    Hit undated;
    undated.rank = 2;
    undated.id = "notes/a.txt";
    undated.title = "Note";
    undated.url = "https://example.org/n";
    result.hits.push_back(undated);
    return result;
}

std::string records(const SearchResult& result, OutputFormat format) {
    std::ostringstream out;
    print_records(out, result, format);
    return out.str();
}

TEST(RecordPrinter, CsvHasAHeaderAndARowPerHit) {
    EXPECT_EQ(records(sample_result(), OutputFormat::Csv),
              "rank,id,date,title,people,places,orgs,score,snippet,source,url\r\n"
              "1,reuters-7,1987-03-02,\"Oil, \"\"crude\"\" and gas\",Paul Volcker; James "
              "Baker,USA,,1.5,Crude oil rose,reut2-000.sgm:120,\r\n"
              "2,notes/a.txt,,Note,,,,0.0,,,https://example.org/n\r\n");
    // No hits: the header alone, so a reader still learns the columns.
    EXPECT_EQ(records(SearchResult{}, OutputFormat::Csv),
              "rank,id,date,title,people,places,orgs,score,snippet,source,url\r\n");
}

TEST(RecordPrinter, TsvHasTheSameColumns) {
    EXPECT_EQ(records(sample_result(), OutputFormat::Tsv),
              "rank\tid\tdate\ttitle\tpeople\tplaces\torgs\tscore\tsnippet\tsource\turl\n"
              "1\treuters-7\t1987-03-02\tOil, \"crude\" and gas\tPaul Volcker; James "
              "Baker\tUSA\t\t1.5\tCrude oil rose\treut2-000.sgm:120\t\n"
              "2\tnotes/a.txt\t\tNote\t\t\t\t0.0\t\t\thttps://example.org/n\n");
}

TEST(RecordPrinter, IdsAreOnePerLine) {
    EXPECT_EQ(records(sample_result(), OutputFormat::Ids), "reuters-7\nnotes/a.txt\n");
    EXPECT_EQ(records(SearchResult{}, OutputFormat::Ids), "");
}

TEST(RecordPrinter, JsonLinesAreTheHitsOfTheJsonObject) {
    std::ostringstream json;
    print_json(json, sample_result());
    const auto hits = nlohmann::json::parse(json.str()).at("hits");
    std::istringstream lines(records(sample_result(), OutputFormat::Jsonl));
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        ASSERT_LT(count, hits.size());
        EXPECT_EQ(nlohmann::json::parse(line), hits[count]);
    }
    EXPECT_EQ(count, hits.size());
}

TEST(RecordPrinter, RefusesFormatsThatAreNotRecords) {
    std::ostringstream out;
    EXPECT_THROW(print_records(out, sample_result(), OutputFormat::Json), std::invalid_argument);
    EXPECT_THROW(print_records(out, sample_result(), OutputFormat::Text), std::invalid_argument);
}

}  // namespace
}  // namespace dateline::searcher
