#include "dateline/indexer/csv_records.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dateline::indexer {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

// Every record of `content`: its fields' values, or "!" + the error.
std::vector<std::vector<std::string>> split(std::string_view content, char delimiter = ',') {
    std::vector<std::vector<std::string>> out;
    CsvRecords records(content, delimiter);
    while (const auto record = records.next()) {
        std::vector<std::string> values;
        if (!record->error.empty()) {
            values.push_back("!" + record->error);
        } else {
            for (const auto& field : record->fields) values.push_back(field.value);
        }
        out.push_back(std::move(values));
    }
    return out;
}

using Records = std::vector<std::vector<std::string>>;

TEST(CsvRecords, SplitsAsRfc4180Says) {
    struct Case {
        std::string_view content;
        Records expected;
    };
    const Case cases[] = {
        {"", {}},
        {"\n\r\n", {}},
        {"a,b,c", {{"a", "b", "c"}}},
        {"a,b\nc,d\n", {{"a", "b"}, {"c", "d"}}},
        {"a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}},
        {"a,,\n", {{"a", "", ""}}},
        {",\n", {{"", ""}}},
        {"\"a,b\",c", {{"a,b", "c"}}},
        {"\"say \"\"hi\"\"\",x", {{"say \"hi\"", "x"}}},
        {"\"two\nlines\",x\ny,z", {{"two\nlines", "x"}, {"y", "z"}}},
        {"\"crlf\r\ninside\"\r\n", {{"crlf\r\ninside"}}},
        {"\"\",\"\"", {{"", ""}}},
        {"5\" screen,x", {{"5\" screen", "x"}}},
        {"a\n\n\nb", {{"a"}, {"b"}}},
        {"a\rb,c", {{"a\rb", "c"}}},
        {"\xEF\xBB\xBFid,body", {{"id", "body"}}},
    };
    for (const auto& c : cases) EXPECT_EQ(split(c.content), c.expected) << c.content;
}

TEST(CsvRecords, ReportsWhatCannotBeSplitAndGoesOn) {
    const auto records = split("\"closed\"late,x\nnext,row\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_THAT(records[0][0], HasSubstr("text after the closing quote"));
    EXPECT_EQ(records[1], (std::vector<std::string>{"next", "row"}));

    const auto open = split("a,b\n\"never closed,x\ny,z\n");
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[1][0],
              "!quoted field opened on line 2 is not closed before the end of the file");
}

TEST(CsvRecords, SplitsAtATabOrASemicolonAsAtAComma) {
    EXPECT_EQ(split("a\tb,c\t\"d\te\"\n1\t\t2\n", '\t'),
              (Records{{"a", "b,c", "d\te"}, {"1", "", "2"}}));
    EXPECT_EQ(split("a;b,c;\"x;y\"\r\n", ';'), (Records{{"a", "b,c", "x;y"}}));
}

TEST(CsvRecords, GuessesTheDelimiterFromTheHeaderLine) {
    EXPECT_EQ(CsvRecords::guess_delimiter("id,title,body\n1\t2\t3\t4\n"), ',');
    EXPECT_EQ(CsvRecords::guess_delimiter("id\ttitle\tbody, text\n"), '\t');
    EXPECT_EQ(CsvRecords::guess_delimiter("\"a,b,c\";title;body\n"), ';');  // not in quotes
    EXPECT_EQ(CsvRecords::guess_delimiter("body\n"), ',');
}

TEST(CsvRecords, KnowsTheLineOfEachRecordAndField) {
    CsvRecords records("h1,h2\n\"a\nb\nc\",\"d\ne\"\n\nx,y\n");
    std::vector<std::size_t> record_lines;
    std::vector<std::size_t> field_lines;
    while (const auto record = records.next()) {
        record_lines.push_back(record->line);
        for (const auto& field : record->fields) field_lines.push_back(field.line);
    }
    EXPECT_THAT(record_lines, ElementsAre(1u, 2u, 7u));
    EXPECT_THAT(field_lines, ElementsAreArray({1u, 1u, 2u, 4u, 7u, 7u}));
}

}  // namespace
}  // namespace dateline::indexer
