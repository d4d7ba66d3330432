// The syntax pre-pass: which fields it finds and how it rewrites the query.

#include "dateline/searcher/query_syntax.hpp"

#include <gtest/gtest.h>

namespace dateline::searcher {
namespace {

TEST(QuerySyntax, LowerCasesFieldNamesOnly) {
    const CheckedQuery checked = check_query_syntax("Oil PLACE:West-Germany Title:Crude");
    EXPECT_EQ(checked.text, "Oil place:West-Germany title:Crude");
    ASSERT_EQ(checked.fields.size(), 2U);
    EXPECT_EQ(checked.fields[0].field->query_name, "place");
    EXPECT_EQ(checked.fields[0].name, (QuerySpan{4, 6}));
    EXPECT_EQ(checked.fields[0].value, (QuerySpan{10, 12}));
    EXPECT_EQ(checked.fields[0].text, "West-Germany");
    EXPECT_EQ(checked.fields[1].field->query_name, "title");
}

TEST(QuerySyntax, ReadsQuotedValuesWithEscapedQuotes) {
    const CheckedQuery checked = check_query_syntax("id:\"say \"\"hi\"\"\" oil");
    ASSERT_EQ(checked.fields.size(), 1U);
    EXPECT_EQ(checked.fields[0].text, "say \"hi\"");
    EXPECT_EQ(checked.fields[0].value, (QuerySpan{3, 12}));
}

TEST(QuerySyntax, BooleanValueEndsAtBracket) {
    const CheckedQuery checked = check_query_syntax("(oil person:volcker)");
    ASSERT_EQ(checked.fields.size(), 1U);
    EXPECT_EQ(checked.fields[0].text, "volcker");
}

TEST(QuerySyntax, NotFields) {
    // Inside quotes, after a digit, URLs, C++-style scopes, a colon then a blank.
    for (const char* query : {"\"note:this\"", "10:30", "http://a.b/c:d", "std::string", "Re: oil",
                              "Z\xC3\xBCrich:x"}) {
        EXPECT_TRUE(check_query_syntax(query).fields.empty()) << query;
    }
}

}  // namespace
}  // namespace dateline::searcher
