#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dateline/indexer/reuters_codebook.hpp"
#include "read_result.hpp"

namespace dateline::indexer {
namespace {

using test::keys;
using test::names;
using test::read_with;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

test::ReadResult read_sgml(std::string_view content, const ReutersCodebook* book = nullptr) {
    return read_with(Format::Reuters, content, "reut2-x.sgm", book);
}

std::string element(std::string_view new_id, std::string_view inner) {
    return "<REUTERS TOPICS=\"NO\" NEWID=\"" + std::string(new_id) + "\">\n" + std::string(inner) +
           "\n</REUTERS>\n";
}

constexpr std::string_view kBook = R"(@heading[People Codes (2)]
@begin[itemize]
   Central Bank (Bundesbank) President Karl Otto Poehl  (POEHL)

   Treasury Secretary James Baker  (JAMES-BAKER)
@end[itemize]
)";

TEST(ReutersReader, ReadsAllFieldsOfAnElement) {
    const auto book = ReutersCodebook::parse(kBook);
    const std::string content =
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" +
        element("7",
                "<DATE> 3-MAR-1987 09:15:05.40</DATE>\n"
                "<PLACES><D>west-germany</D><D>usa</D></PLACES>\n"
                "<PEOPLE><D>poehl</D><D>james-baker</D><D>poehl</D></PEOPLE>\n"
                "<TEXT>&#2;\n<TITLE>RATES &amp; MORE</TITLE>\n"
                "<DATELINE>    FRANKFURT, March 3 - </DATELINE><BODY>Rates &lt;held&gt;.\n"
                " Reuter\n&#3;</BODY></TEXT>");
    const auto result = read_sgml(content, &book);
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 1u);
    const Article& a = result.articles[0];
    EXPECT_EQ(a.id, "reuters-7");
    EXPECT_EQ(a.source.line, 2u);
    EXPECT_EQ(a.source.path, "in/reut2-x.sgm");
    ASSERT_TRUE(a.date);
    EXPECT_EQ(a.date->iso(), "1987-03-03");
    EXPECT_EQ(a.title, "RATES & MORE");
    EXPECT_EQ(a.body, "Rates <held>.");  // the "Reuter" sign-off is not the story
    EXPECT_THAT(keys(a.places), ElementsAre("west-germany", "usa"));
    EXPECT_THAT(names(a.places), ElementsAre("West Germany", "USA"));
    EXPECT_THAT(keys(a.people), ElementsAre("poehl", "james-baker"));
    EXPECT_THAT(names(a.people), ElementsAre("Karl Otto Poehl", "James Baker"));
}

TEST(ReutersReader, WithoutCodebookShowsReadableCodes) {
    const auto result =
        read_sgml(element("1", "<PEOPLE><D>james-baker</D></PEOPLE><TEXT><BODY>x</BODY></TEXT>"));
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_THAT(names(result.articles[0].people), ElementsAre("James Baker"));
    EXPECT_FALSE(result.articles[0].date);  // no DATE element: no date, no complaint
    EXPECT_EQ(result.articles[0].title, "x");
}

TEST(ReutersReader, UsesTheBareTextWhenThereIsNoBody) {
    const auto result =
        read_sgml(element("1",
                          "<TEXT TYPE=\"UNPROC\">&#2;\nWEEKLY REPORT - FEB 26\n  Reserves...644\n"
                          " Reuter\n&#3;</TEXT>") +
                  element("2",
                          "<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>FUNDS ROSE\n</TITLE>Blah blah.\n"
                          "&#3;\n\n</TEXT>"));
    ASSERT_EQ(result.articles.size(), 2u);
    EXPECT_EQ(result.articles[0].body, "WEEKLY REPORT - FEB 26\n  Reserves...644");
    EXPECT_EQ(result.articles[0].title, "WEEKLY REPORT - FEB 26 Reserves...644");
    EXPECT_EQ(result.articles[1].title, "FUNDS ROSE");
    EXPECT_EQ(result.articles[1].body, "Blah blah.");
}

TEST(ReutersReader, ReportsTruncatedElementsAndGoesOn) {
    const std::string content =
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
        "<REUTERS NEWID=\"1\">\n<TEXT><BODY>cut short\n" +
        element("2", "<TEXT><BODY>good</BODY></TEXT>") +
        "<REUTERS NEWID=\"3\">\n<TEXT><BODY>cut at the end\n";
    const auto result = read_sgml(content);
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_EQ(result.articles[0].id, "reuters-2");
    EXPECT_EQ(result.articles[0].source.line, 4u);
    ASSERT_EQ(result.diagnostics.size(), 2u);
    EXPECT_EQ(result.diagnostics[0].line, 2u);
    EXPECT_THAT(result.diagnostics[0].reason, HasSubstr("truncated"));
    EXPECT_EQ(result.diagnostics[1].line, 7u);
    EXPECT_THAT(result.diagnostics[1].reason, HasSubstr("end of file"));
}

TEST(ReutersReader, AFileWithoutReutersElementsIsReported) {
    for (const std::string_view content : {"", "date: 2021-01-03\n\nText.\n"}) {
        const auto result = read_sgml(content);
        EXPECT_TRUE(result.articles.empty());
        EXPECT_THAT(result.messages(),
                    ElementsAre("in/reut2-x.sgm: no <REUTERS> element, so no Reuters-21578 "
                                "article; skipped"));
    }
}

TEST(ReutersReader, ReportsBadElements) {
    const auto result =
        read_sgml("<REUTERS TOPICS=\"NO\">\n<TEXT><BODY>no id</BODY></TEXT>\n</REUTERS>\n" +
                  element("2", "<DATE>30-FEB-1987 10:00:00.00</DATE><TEXT><BODY>x</BODY></TEXT>") +
                  element("3", "<DATE>sometime</DATE><TEXT><BODY>x</BODY></TEXT>") +
                  element("4", "<TEXT><BODY>ok</BODY></TEXT>"));
    // A bad date costs the date only.
    ASSERT_EQ(result.articles.size(), 3u);
    EXPECT_EQ(result.articles[0].id, "reuters-2");
    EXPECT_FALSE(result.articles[0].date);
    EXPECT_EQ(result.articles[1].id, "reuters-3");
    EXPECT_FALSE(result.articles[1].date);
    EXPECT_EQ(result.articles[2].id, "reuters-4");
    EXPECT_THAT(
        result.messages(),
        ElementsAre(HasSubstr("in/reut2-x.sgm:1: <REUTERS> element without NEWID"),
                    "in/reut2-x.sgm:4: date '30-FEB-1987 10:00:00.00' is not a real date; indexed "
                    "without a date",
                    "in/reut2-x.sgm:7: date 'sometime' not understood; indexed without a date"));
}

TEST(ReutersReader, ToleratesTheCollectionsQuirks) {
    const auto result = read_sgml(
        // A comment after the time (reut2-015.sgm).
        element("1",
                "<DATE>9-APR-1987 00:00:00.00    # date added by S Finch as guesswork "
                "</DATE><TEXT><BODY>x</BODY></TEXT>") +
        // An empty TEXT (NEWID 12793): still a document of the collection.
        element("2",
                "<DATE> 3-APR-1987 07:09:06.48</DATE>\n<TEXT TYPE=\"UNPROC\">&#2;\n&#3;\n\n"
                "</TEXT>") +
        // Tag names inside other names and the DATELINE must not be taken for DATE.
        element("3",
                "<TEXT><DATELINE>LONDON</DATELINE><BODY>y</BODY></TEXT>"
                "<DATE>20-OCT-1987 10:00:00.00</DATE>"));
    ASSERT_TRUE(result.diagnostics.empty()) << result.messages()[0];
    ASSERT_EQ(result.articles.size(), 3u);
    EXPECT_EQ(result.articles[0].date->iso(), "1987-04-09");
    EXPECT_EQ(result.articles[1].date->iso(), "1987-04-03");
    EXPECT_EQ(result.articles[1].title, "");
    EXPECT_EQ(result.articles[1].body, "");
    EXPECT_EQ(result.articles[2].date->iso(), "1987-10-20");
    EXPECT_EQ(result.articles[2].body, "y");
}

// Found by fuzz/reuters_reader_fuzzer: the NEWID attribute went into the id
// as raw bytes, so control characters and invalid UTF-8 reached the index.
TEST(ReutersReader, CleansTheNewidLikeOtherText) {
    const auto result = read_sgml(element("\x16\x16"
                                          "102\xE9",
                                          "<TEXT>x</TEXT>") +
                                  element("\x16\n", "<TEXT>y</TEXT>"));
    ASSERT_EQ(result.articles.size(), 1u);
    EXPECT_EQ(result.articles[0].id, "reuters-102\xC3\xA9");  // Latin-1 byte repaired
    ASSERT_EQ(result.diagnostics.size(), 1u);                 // nothing left of the second NEWID
    EXPECT_THAT(result.diagnostics[0].reason, HasSubstr("without NEWID"));
}

TEST(ReutersReader, ReadsTheFixtureFile) {
    const auto result = read_sgml(test::fixture("reuters/sample.sgm"));
    std::vector<std::string> ids;
    for (const auto& a : result.articles) ids.push_back(a.id);
    EXPECT_THAT(ids, ElementsAre("reuters-101", "reuters-102", "reuters-103", "reuters-105"));
    EXPECT_THAT(result.messages(), ElementsAre(HasSubstr(":53: truncated"),
                                               HasSubstr(":70: <REUTERS> element without NEWID")));

    const Article& first = result.articles[0];
    EXPECT_EQ(first.date->iso(), "1987-03-05");
    EXPECT_EQ(first.title, "BUNDESBANK LEAVES RATES UNCHANGED");
    // References decoded, the Latin-1 byte repaired, the &#3; marker removed.
    EXPECT_EQ(first.body,
              "The Bundesbank left its discount\nrate unchanged <at 3.0 pct>, said Poehl & others "
              "in M\xC3\xBCnchen.");
    EXPECT_THAT(keys(first.places), ElementsAre("west-germany", "usa"));  // deduplicated
    EXPECT_EQ(result.articles[1].date->iso(), "1987-03-27");              // trailing noise
    EXPECT_EQ(result.articles[2].date->iso(), "1987-03-31");              // broken hour
    EXPECT_EQ(result.articles[2].title, "INVENTED FUND ASSETS ROSE 1.5 BILLION DLRS");
    EXPECT_EQ(result.articles[2].body, "Blah blah blah.");
    EXPECT_EQ(result.articles[3].body, "Finance ministers met in Tokyo.");
    EXPECT_EQ(result.articles[3].source.line, 58u);
}

}  // namespace
}  // namespace dateline::indexer
