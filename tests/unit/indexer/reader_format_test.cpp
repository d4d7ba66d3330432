#include <gtest/gtest.h>

#include "dateline/indexer/reader.hpp"

namespace dateline::indexer {
namespace {

TEST(Format, NamesRoundTrip) {
    for (const Format format : {Format::Text, Format::Reuters, Format::Jsonl, Format::Csv}) {
        EXPECT_EQ(parse_format(format_name(format)), format);
    }
    EXPECT_EQ(parse_format("sgml"), Format::Reuters);
    EXPECT_EQ(parse_format("JSON"), Format::Jsonl);
    EXPECT_EQ(parse_format("CSV"), Format::Csv);
    EXPECT_EQ(parse_format("tsv"), std::nullopt);
    EXPECT_EQ(parse_format(""), std::nullopt);
}

TEST(Format, IsDetectedFromExtensionThenContent) {
    struct Case {
        const char* path;
        std::string_view head;
        Format expected;
    };
    const Case cases[] = {
        {"reut2-000.sgm", "", Format::Reuters},
        {"a.SGML", "plain", Format::Reuters},
        {"a.jsonl", "", Format::Jsonl},
        {"a.ndjson", "", Format::Jsonl},
        {"a.txt", "{\"id\": 1}", Format::Jsonl},
        {"noext", "\xEF\xBB\xBF  \n{\"id\": 1}", Format::Jsonl},
        {"a.dat", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">", Format::Reuters},
        {"a.dat", "<REUTERS NEWID=\"1\">", Format::Reuters},
        {"news.csv", "url,date,title,text", Format::Csv},
        {"NEWS.CSV", "", Format::Csv},
        {"a.txt", " date 2021-01-03 Text", Format::Text},
        {"a.txt", "", Format::Text},
        {"export.json", "", Format::Jsonl},
        {"export.tsv", "title\tbody", Format::Csv},
        {"noext", "[\n  {\"id\": 1}", Format::Jsonl},  // a JSON array of articles
        {"a.txt", "[Updated] Rates cut", Format::Text},
    };
    for (const auto& c : cases) EXPECT_EQ(detect_format(c.path, c.head), c.expected) << c.path;
}

}  // namespace
}  // namespace dateline::indexer
