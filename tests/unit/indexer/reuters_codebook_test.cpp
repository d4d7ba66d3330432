#include "dateline/indexer/reuters_codebook.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dateline::indexer {
namespace {

// Shaped like cat-descriptions_120396.txt: other sections first, countries as
// headings, entries over several lines, titles before and after the name.
constexpr std::string_view kBook = R"(@heading[Country Codes (176)]
@begin[format]
ARGENTINA@*
@end[format]
________________________________________________________________
@heading[People Codes (269)]
@begin[itemize]
Argentina
@begin[itemize]
   President Raul Alfonsin  (ALFONSIN)

   Central Bank Governor Jose Luis Machinea  (MACHINEA)
@end[itemize]

Cuba
@begin[itemize]
Fidel Castro, President of Cuba  (CASTRO)
@end[itemize]

East Germany
@begin[itemize]
Head of State and Chairman of Council of State Erich Honecker, who is also
General Secretary of the Socialist Unity Party  (HONECKER)
@end[itemize]

Egypt
@begin[itemize]
   Economy Minister Youssri mustapha  (MUSTAPHA)

   Finance Minister Mohammed Ahmed al-Razaz  (MOHAMMED-AHMED-AL-RAZAZ)
@end[itemize]

France
@begin[itemize]
   Central Bank (Bank of France) Governor Jacques de Larosiere  
                                            (DE-LAROSIERE)
@end[itemize]

Ireland
@begin[itemize]
   Agriculture Minister Michael O'Kennedy  (O-KENNEDY)
@end[itemize]

Mexico
@begin[itemize]
   (former) Director-General of Pemex (State Oil Company) Ramon Beteta  (BETETA)

   Director-General of Pemex (State Oil Company) francisco Rojas  (ROJAS)
@end[itemize]

Peru
@begin[itemize]
   Economy and Finance Minister Gustavo Saberbein Chevalier  (SABERBEIN)

   Industry and Trade Minister Alberto Vera La Rose (VERA-LA-ROSA)
@end[itemize]

United States
@begin[itemize]
   Treasury Secretary James Baker  (JAMES-BAKER)

   President of New York Federal Reserve Bank E. Gerald Corrigan  
                                                    (CORRIGAN)
@end[itemize]

Alan Bond, chairman of Bond Corp Ltd  (BOND)

Paul Volcker, economist  (VOLCKER)
@end[itemize]
)";

TEST(ReutersCodebook, DerivesFullNamesWithoutTitles) {
    const auto book = ReutersCodebook::parse(kBook);
    const std::pair<std::string_view, std::string_view> cases[] = {
        {"alfonsin", "Raul Alfonsin"},
        {"machinea", "Jose Luis Machinea"},
        {"castro", "Fidel Castro"},
        {"honecker", "Erich Honecker"},
        {"mustapha", "Youssri Mustapha"},
        {"mohammed-ahmed-al-razaz", "Mohammed Ahmed al-Razaz"},
        {"de-larosiere", "Jacques de Larosiere"},
        {"o-kennedy", "Michael O'Kennedy"},
        {"beteta", "Ramon Beteta"},
        {"rojas", "Francisco Rojas"},
        {"saberbein", "Gustavo Saberbein Chevalier"},
        {"vera-la-rosa", "Alberto Vera La Rose"},
        {"james-baker", "James Baker"},
        {"corrigan", "E. Gerald Corrigan"},
        {"bond", "Alan Bond"},
        {"volcker", "Paul Volcker"},
    };
    for (const auto& [code, name] : cases) EXPECT_EQ(book.person_name(code), name) << code;
    EXPECT_EQ(book.person_count(), std::size(cases));
}

TEST(ReutersCodebook, FallsBackToTheReadableCode) {
    const auto book = ReutersCodebook::parse(kBook);
    EXPECT_EQ(book.person_name("unknown-person"), "Unknown Person");
    EXPECT_EQ(book.place_name("west-germany"), "West Germany");
    EXPECT_EQ(ReutersCodebook::parse("no people section").person_count(), 0u);
}

TEST(ReutersCodebook, LoadReportsAMissingFile) {
    EXPECT_FALSE(ReutersCodebook::load("/nonexistent/cat-descriptions_120396.txt").has_value());
}

TEST(ReadableCode, CapitalisesWordsAndAcronyms) {
    const std::pair<std::string_view, std::string_view> cases[] = {
        {"west-germany", "West Germany"},
        {"usa", "USA"},
        {"uk", "UK"},
        {"ussr", "USSR"},
        {"uae", "UAE"},
        {"us-virgin-islands", "US Virgin Islands"},
        {"new-zealand", "New Zealand"},
        {"japan", "Japan"},
        {"james-baker", "James Baker"},
        {"", ""},
    };
    for (const auto& [code, readable] : cases) EXPECT_EQ(readable_code(code), readable) << code;
}

}  // namespace
}  // namespace dateline::indexer
