// When output goes through a pager, and which one: the decision as a table.

#include "dateline/cli/pager.hpp"

#include <gtest/gtest.h>

namespace dateline::cli {
namespace {

TEST(Pager, ModesParse) {
    EXPECT_EQ(parse_pager_mode("auto"), PagerMode::Auto);
    EXPECT_EQ(parse_pager_mode("always"), PagerMode::Always);
    EXPECT_EQ(parse_pager_mode("never"), PagerMode::Never);
    EXPECT_EQ(parse_pager_mode("yes"), std::nullopt);
}

TEST(Pager, PagesOnlyATerminalUnlessAlways) {
    const struct {
        PagerMode mode;
        bool terminal;
        const char* dateline_pager;
        const char* pager;
        std::optional<std::string> expected;
    } cases[] = {
        {PagerMode::Auto, true, nullptr, nullptr, "less"},  // LESS=FRX set when started
        {PagerMode::Auto, false, nullptr, nullptr, std::nullopt},
        {PagerMode::Never, true, nullptr, nullptr, std::nullopt},
        {PagerMode::Always, false, nullptr, nullptr, "less"},
        {PagerMode::Auto, true, nullptr, "more", "more"},
        {PagerMode::Auto, true, "most -s", "more", "most -s"},  // ours wins over $PAGER
        {PagerMode::Auto, true, "", "more", std::nullopt},      // set but empty: none
        {PagerMode::Auto, true, nullptr, "cat", std::nullopt},
        {PagerMode::Auto, true, nullptr, " ", std::nullopt},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(pager_command(c.mode, c.terminal, c.dateline_pager, c.pager), c.expected)
            << static_cast<int>(c.mode) << ' ' << c.terminal << ' '
            << (c.dateline_pager ? c.dateline_pager : "-") << ' ' << (c.pager ? c.pager : "-");
    }
}

}  // namespace
}  // namespace dateline::cli
