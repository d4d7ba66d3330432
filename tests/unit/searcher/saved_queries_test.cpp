// Saved queries (`@name`): expansion and errors mapped back to the query as
// typed, as tables; and through the query front end.

#include "dateline/searcher/saved_queries.hpp"

#include <gtest/gtest.h>

#include <string>

#include "dateline/searcher/query_front_end.hpp"

namespace dateline::searcher {
namespace {

SavedQueries saved() {
    return SavedQueries({
        {"volcker-japan", "person:volcker place:japan"},
        {"rates", "\"interest rates\" OR @fed"},
        {"fed", "org:fed"},
        {"loop", "oil @loop2"},
        {"loop2", "@loop"},
        {"broken", "oil \"unclosed"},
        {"unknown-inside", "@nowhere"},
    });
}

TEST(SavedQueries, ExpandsReferencesInBrackets) {
    const struct {
        std::string typed;
        std::string expanded;
    } cases[] = {
        {"oil", "oil"},
        {"@volcker-japan", "(person:volcker place:japan)"},
        {"oil @volcker-japan date:1987", "oil (person:volcker place:japan) date:1987"},
        {"oil -@fed", "oil -(org:fed)"},
        {"(@fed OR gold)", "((org:fed) OR gold)"},
        {"@rates", "(\"interest rates\" OR (org:fed))"},  // one may use another
        {"@fed.", "(org:fed)."},                          // a full stop ends the name
        {"mail bob@fed.gov", "mail bob@fed.gov"},         // not after a blank: an address
        {"\"@fed\" oil", "\"@fed\" oil"},                 // inside a phrase
        {"“@fed” @fed", "“@fed” (org:fed)"},              // curly quotes too
        {"@ alone", "@ alone"},
    };
    for (const auto& c : cases) {
        const auto expanded = saved().expand(c.typed);
        EXPECT_EQ(expanded.text(), c.expanded) << c.typed;
        EXPECT_EQ(expanded.expanded(), c.typed != c.expanded) << c.typed;
    }
}

struct ErrorCase {
    std::string typed;
    std::string message_start;
    QuerySpan where;
};

void expect_error(const SavedQueries& queries, const ErrorCase& c) {
    try {
        (void)queries.expand(c.typed);
        ADD_FAILURE() << c.typed << ": no error";
    } catch (const QueryError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(c.message_start, 0), 0U) << e.what();
        ASSERT_TRUE(e.where().has_value()) << c.typed;
        EXPECT_EQ(*e.where(), c.where) << c.typed;
    }
}

TEST(SavedQueries, UnknownNamesAndCyclesAreErrorsAtTheReference) {
    for (const auto& c : std::vector<ErrorCase>{
             {"oil @nope", "unknown saved query '@nope' (saved: @broken, @fed, @loop", {4, 5}},
             {"@loop gold", "in @loop: @loop uses itself", {0, 5}},
             {"x @unknown-inside", "in @unknown-inside: unknown saved query '@nowhere'", {2, 15}},
         }) {
        expect_error(saved(), c);
    }
    expect_error(SavedQueries(), {"@x", "unknown saved query '@x' (no query is saved", {0, 2}});
}

TEST(SavedQueries, ValidNames) {
    EXPECT_TRUE(SavedQueries::is_valid_name("volcker-japan"));
    EXPECT_TRUE(SavedQueries::is_valid_name("q1.v2_x"));
    EXPECT_FALSE(SavedQueries::is_valid_name(""));
    EXPECT_FALSE(SavedQueries::is_valid_name("two words"));
    EXPECT_FALSE(SavedQueries::is_valid_name("ends."));
    EXPECT_FALSE(SavedQueries::is_valid_name("ünïcode"));
}

QueryFrontEnd front_end() {
    QueryFrontEndOptions options;
    options.saved_queries = saved();
    return QueryFrontEnd(options);
}

TEST(SavedQueries, TheFrontEndSearchesWhatTheyStandFor) {
    auto parser = front_end();
    EXPECT_EQ(parser.parse("oil @volcker-japan").query.get_description(),
              QueryFrontEnd().parse("oil (person:volcker place:japan)").query.get_description());
}

TEST(SavedQueries, ErrorsInsideASavedQueryPointAtItsReference) {
    auto parser = front_end();
    try {
        (void)parser.parse("gold @broken date:1987");
        ADD_FAILURE() << "no error";
    } catch (const QueryError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("in @broken: ", 0), 0U) << e.what();
        EXPECT_EQ(e.where(), (QuerySpan{5, 7}));
    }
    // After a saved query, a span is moved back to the query as typed.
    try {
        (void)parser.parse("@fed foo:bar");
        ADD_FAILURE() << "no error";
    } catch (const QueryError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("unknown field 'foo:'", 0), 0U) << e.what();
        EXPECT_EQ(e.where(), (QuerySpan{5, 4}));
    }
}

}  // namespace
}  // namespace dateline::searcher
