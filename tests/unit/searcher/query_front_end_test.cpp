// The query front end as tables: query string -> Xapian's description of the
// parsed query, and bad query -> message and caret position.

#include "dateline/searcher/query_front_end.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>

#include "dateline/searcher/query_error.hpp"

namespace dateline::searcher {
namespace {

struct ParseCase {
    const char* query;
    const char* description;
};

// Failures name the query, not the bytes of the case.
void PrintTo(const ParseCase& c, std::ostream* out) { *out << c.query; }

// clang-format off
constexpr ParseCase kParseCases[] = {
    // Words: stemmed (Z terms), combined with AND by default.
    {"oil", "Query(Zoil@1)"},
    {"oil prices", "Query((Zoil@1 AND Zprice@2))"},
    // Capitalised words are kept as typed (STEM_SOME): proper names.
    {"Volcker", "Query(volcker@1)"},
    // Boolean operators, brackets, love/hate.
    {"oil OR gas", "Query((Zoil@1 OR Zgas@2))"},
    {"oil NOT gas", "Query((Zoil@1 AND_NOT Zgas@2))"},
    {"oil AND NOT gas", "Query((Zoil@1 AND_NOT Zgas@2))"},
    {"NOT gas", "Query((<alldocuments> AND_NOT Zgas@1))"},
    {"+oil -gas", "Query((Zoil@1 AND_NOT Zgas@2))"},
    // Only exclusions: every article except those (Xapian alone would drop
    // the '-' and search for the words).
    {"-rates", "Query((<alldocuments> AND_NOT Zrate@1))"},
    {"-rates -Oil", "Query((<alldocuments> AND_NOT (Zrate@1 OR oil@1)))"},
    {"-person:volcker", "Query((<alldocuments> AND_NOT XPERvolcker))"},
    {"-\"oil prices\" -(gas OR coal)",
     "Query((<alldocuments> AND_NOT ((oil@1 PHRASE 2 prices@2) OR (Zgas@1 OR Zcoal@2))))"},
    // A word that only contains a dash is not excluded; one positive item
    // leaves the exclusions to Xapian.
    {"-rates oil", "Query((Zoil@2 AND_NOT Zrate@1))"},
    {"well-known", "Query((well@1 PHRASE 2 known@2))"},
    {"(oil OR gas) prices", "Query(((Zoil@1 OR Zgas@2) AND Zprice@3))"},
    // Phrases, proximity, wildcards.
    {"\"oil prices\"", "Query((oil@1 PHRASE 2 prices@2))"},
    {"\xE2\x80\x9Coil prices\xE2\x80\x9D", "Query((oil@1 PHRASE 2 prices@2))"},
    {"oil NEAR gas", "Query((oil@1 NEAR 11 gas@2))"},
    {"oil NEAR/3 gas", "Query((oil@1 NEAR 4 gas@2))"},
    {"petro*", "Query(WILDCARD SYNONYM petro)"},
    // Text inside quotes is never a field, and neither are times or URLs.
    {"\"meeting at 10:30\"", "Query((meeting@1 PHRASE 4 at@2 PHRASE 4 10@3 PHRASE 4 30@4))"},
    {"10:30", "Query((10@1 PHRASE 2 30@2))"},
    {"\"see http://x.org\"", "Query((see@1 PHRASE 4 http@2 PHRASE 4 x@3 PHRASE 4 org@4))"},
    {"http://x.org", "Query((http@1 PHRASE 3 x@2 PHRASE 3 org@3))"},
    // title: is free text with the S prefix; field names ignore case.
    {"title:oil", "Query(ZSoil@1)"},
    {"TITLE:oil", "Query(ZSoil@1)"},
    {"title:\"oil prices\"", "Query((Soil@1 PHRASE 2 Sprices@2))"},
    // person:/place: fold case, accents and spaces to the canonical key.
    {"person:\"Paul Volcker\"", "Query(0 * XPERpaul-volcker)"},
    {"person:volcker", "Query(0 * XPERvolcker)"},
    {"person:VOLCKER", "Query(0 * XPERvolcker)"},
    {"Person:\"Jacques de Larosi\xC3\xA8re\"", "Query(0 * XPERjacques-de-larosiere)"},
    {"PLACE:West-Germany", "Query(0 * XLOCwest-germany)"},
    {"place:\"west germany\"", "Query(0 * XLOCwest-germany)"},
    // place: goes through the place identity table: every spelling of a
    // country is its ISO code's term; an unknown place keeps its key.
    {"place:usa", "Query(0 * XLOCus)"},
    {"place:\"U.S.\"", "Query(0 * XLOCus)"},
    {"place:\"united states\"", "Query(0 * XLOCus)"},
    {"place:ussr", "Query(0 * XLOCsoviet-union)"},
    {"place:calif", "Query(0 * XLOCgn-5332921)"},
    {"place:paris", "Query(0 * XLOCparis)"},
    // org: the same, with its own prefix; several must all hold.
    {"org:OPEC", "Query(0 * XORGopec)"},
    {"ORG:\"Bank of Japan\"", "Query(0 * XORGbank-of-japan)"},
    {"org:opec org:gatt", "Query(0 * (XORGopec AND XORGgatt))"},
    {"oil org:opec place:kuwait", "Query((Zoil@1 FILTER (XORGopec AND XLOCkw)))"},
    {"oil person:volcker", "Query((Zoil@1 FILTER XPERvolcker))"},
    // An article names several people: both must be there.
    {"person:volcker person:baker", "Query(0 * (XPERvolcker AND XPERbaker))"},
    {"(oil person:volcker) gas", "Query(((Zoil@1 FILTER XPERvolcker) AND Zgas@2))"},
    // date: a year, month or day term, or a range on the date slot.
    {"date:1987", "Query(0 * Y1987)"},
    {"date:1987-03", "Query(0 * M198703)"},
    {"date:1987-03-02", "Query(0 * D19870302)"},
    {"date:1987-3-2", "Query(0 * D19870302)"},
    {"date:\"1987-03-02\"", "Query(0 * D19870302)"},
    // The forms an article date may take are accepted here too.
    {"date:19870302", "Query(0 * D19870302)"},
    {"date:3/2/1987", "Query(0 * D19870302)"},
    {"date:2-MAR-1987", "Query(0 * D19870302)"},
    {"date:\"March 2, 1987\"", "Query(0 * D19870302)"},
    {"date:\"Mar 1987\"", "Query(0 * M198703)"},
    {"date:Mar-1987", "Query(0 * M198703)"},
    // A range starting on the first of a month or year starts with that
    // month's or year's own value, so articles dated only "1987-03" are in.
    {"date:1987-03-01..1987-03-15", "Query(VALUE_RANGE 0 198703 19870315)"},
    {"date:1987-03-02..1987-03-15", "Query(VALUE_RANGE 0 19870302 19870315)"},
    {"date:1987-03..1987-04", "Query(VALUE_RANGE 0 198703 19870430)"},
    {"date:1988-02..1988", "Query(VALUE_RANGE 0 198802 19881231)"},
    {"date:1987..1988", "Query(VALUE_RANGE 0 1987 19881231)"},
    {"date:..1987-03-15", "Query(VALUE_LE 0 19870315)"},
    {"date:1987-10..", "Query(VALUE_GE 0 198710)"},
    // One date per article: several date filters are alternatives.
    {"date:1987 date:1988", "Query(0 * (Y1987 OR Y1988))"},
    {"oil date:1987-03", "Query((Zoil@1 FILTER M198703))"},
    // id: exact, case kept.
    {"id:reuters-42", "Query(0 * Qreuters-42)"},
    {"id:\"My Story.txt\"", "Query(0 * QMy Story.txt)"},
    // '*' alone is every article (Xapian's parser alone would ignore it).
    {"*", "Query(<alldocuments>)"},
    {"  * ", "Query(<alldocuments>)"},
    // Beside other words it adds nothing; filters alone already match.
    {"oil *", "Query(Zoil@1)"},
    {"* date:1987", "Query(0 * Y1987)"},
    // A word before a colon and a blank is text unless it names a field.
    {"Re: oil", "Query((re@1 AND Zoil@2))"},
};
// clang-format on

class ParseTest : public testing::TestWithParam<ParseCase> {};

TEST_P(ParseTest, ParsesToExpectedQuery) {
    QueryFrontEnd front_end;
    const ParseCase& c = GetParam();
    EXPECT_EQ(front_end.parse(c.query).query.get_description(), c.description) << c.query;
}

INSTANTIATE_TEST_SUITE_P(QueryFrontEnd, ParseTest, testing::ValuesIn(kParseCases));

struct BadCase {
    const char* query;
    const char* message_part;
    std::optional<QuerySpan> where;
};

void PrintTo(const BadCase& c, std::ostream* out) { *out << c.query; }

// clang-format off
const BadCase kBadCases[] = {
    {"", "empty query", std::nullopt},
    {"   ", "empty query", std::nullopt},
    {"\"oil prices", "unbalanced quote", QuerySpan{0, 1}},
    {"oil \"prices", "unbalanced quote", QuerySpan{4, 1}},
    {"oil (gas", "unbalanced bracket", QuerySpan{4, 1}},
    {"((oil) gas", "unbalanced bracket", QuerySpan{0, 1}},
    {"oil) gas", "unbalanced bracket", QuerySpan{3, 1}},
    {"foo:bar", "unknown field 'foo:'", QuerySpan{0, 4}},
    {"oil Author:smith", "unknown field 'Author:'", QuerySpan{4, 7}},
    {"(source:x)", "unknown field 'source:'", QuerySpan{1, 7}},
    {"orgs:opec", "unknown field 'orgs:' (fields: id:, date:, title:, person:, place:, org:)",
     QuerySpan{0, 5}},
    {"oil org:\"--\"", "'org:' needs a name with letters or digits", QuerySpan{8, 4}},
    {"date:2021-02-30", "invalid date '2021-02-30'", QuerySpan{5, 10}},
    {"oil date:\"2021-02-30\"", "invalid date", QuerySpan{10, 10}},
    {"date:1987-13", "invalid date", QuerySpan{5, 7}},
    {"date:yesterday", "invalid date", QuerySpan{5, 9}},
    {"date:13/1/2021", "invalid date '13/1/2021'", QuerySpan{5, 9}},  // month first by default
    {"date:1987-03..1987-13", "invalid date '1987-13'", QuerySpan{14, 7}},
    {"date:1987-03-15..1987-03-01", "ends before it starts", QuerySpan{5, 22}},
    {"date:..", "at least one end", QuerySpan{5, 2}},
    {"person:\"\"", "'person:' needs a value", QuerySpan{7, 2}},
    {"person:\"paul", "unbalanced quote", QuerySpan{7, 1}},
    {"place:---", "needs a name", QuerySpan{6, 3}},
    // Every field needs a value; a blank or the end after the colon is not one.
    {"person:", "'person:' needs a value", QuerySpan{0, 7}},
    {"oil place: japan", "'place:' needs a value", QuerySpan{4, 6}},
    {"title:", "'title:' needs a value", QuerySpan{0, 6}},
    {"Title: oil", "'title:' needs a value", QuerySpan{0, 6}},
    {"title:\"\"", "'title:' needs a value", QuerySpan{0, 6}},
    {"(oil title:)", "'title:' needs a value", QuerySpan{5, 6}},
    {"date:", "'date:' needs a value", QuerySpan{0, 5}},
    {"id:", "'id:' needs a value", QuerySpan{0, 3}},
    {"oil id:\"\"", "'id:' needs a value", QuerySpan{7, 2}},
    {"(person:)", "'person:' needs a value", QuerySpan{1, 7}},
    // An unclosed typographic quote is closed by the typographic one.
    {"oil \xE2\x80\x9Cprices", "no closing '\xE2\x80\x9D'", QuerySpan{4, 3}},
    {"person:\xE2\x80\x9Cpaul", "no closing '\xE2\x80\x9D'", QuerySpan{7, 3}},
    {"\"oil", "no closing '\"'", QuerySpan{0, 1}},
    // Reported by Xapian's parser: no position.
    {"oil AND", "cannot parse query", std::nullopt},
    {"()", "nothing to search for", std::nullopt},
};
// clang-format on

class BadQueryTest : public testing::TestWithParam<BadCase> {};

TEST_P(BadQueryTest, ThrowsQueryErrorWithPosition) {
    QueryFrontEnd front_end;
    const BadCase& c = GetParam();
    try {
        (void)front_end.parse(c.query);
        FAIL() << "no error for: " << c.query;
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find(c.message_part), std::string::npos)
            << c.query << " -> " << e.what();
        EXPECT_EQ(e.where(), c.where) << c.query << " -> " << e.what();
    }
}

INSTANTIATE_TEST_SUITE_P(QueryFrontEnd, BadQueryTest, testing::ValuesIn(kBadCases));

TEST(QueryFrontEnd, UnknownFieldMessageListsTheFields) {
    QueryFrontEnd front_end;
    try {
        (void)front_end.parse("foo:bar");
        FAIL();
    } catch (const QueryError& e) {
        const std::string message = e.what();
        for (const char* field : {"title:", "person:", "place:", "date:", "id:"}) {
            EXPECT_NE(message.find(field), std::string::npos) << message;
        }
    }
}

TEST(QueryFrontEnd, UsesTheIndexLanguage) {
    QueryFrontEndOptions options;
    options.language = "french";
    QueryFrontEnd front_end(options);
    EXPECT_EQ(front_end.parse("chevaux").query.get_description(), "Query(Zcheval@1)");
}

TEST(QueryFrontEnd, ReadsNumericDatesInTheOrderAsked) {
    QueryFrontEndOptions options;
    options.date_order = schema::DateOrder::DayFirst;
    QueryFrontEnd front_end(options);
    EXPECT_EQ(front_end.parse("date:3/2/1987").query.get_description(), "Query(0 * D19870203)");
    EXPECT_EQ(front_end.parse("date:13/1/2021").query.get_description(), "Query(0 * D20210113)");
    EXPECT_THROW((void)front_end.parse("date:1/13/2021"), QueryError);
}

TEST(QueryCaret, UnderlinesTheSpan) {
    EXPECT_EQ(format_query_caret("foo:bar", QuerySpan{0, 4}), "^^^^");
    EXPECT_EQ(format_query_caret("oil (gas", QuerySpan{4, 1}), "    ^");
    // Columns count characters: "ü" is two bytes but one column.
    EXPECT_EQ(format_query_caret("Z\xC3\xBCrich foo:x", QuerySpan{8, 4}), "       ^^^^");
    // Display columns: a wide character takes two, a combining mark none, and
    // a tab stays a tab so that both lines reach the same tab stop.
    EXPECT_EQ(format_query_caret("\u6771\u4EAC title:", QuerySpan{7, 6}), "     ^^^^^^");
    EXPECT_EQ(format_query_caret("oil\t(gas", QuerySpan{4, 1}), "   \t^");
    EXPECT_EQ(format_query_caret("Zu\u0308rich (", QuerySpan{9, 1}), "       ^");
    EXPECT_EQ(format_query_caret("x \u6771\u4EAC", QuerySpan{2, 6}), "  ^^^^");
    // Never empty, even for a zero-length span at the end.
    EXPECT_EQ(format_query_caret("abc", QuerySpan{3, 0}), "   ^");
}

}  // namespace
}  // namespace dateline::searcher
