#include "dateline/extractor/dateline_place.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace dateline::extractor {
namespace {

TEST(Dateline, Table) {
    const struct {
        const char* text;
        std::optional<std::string> place;
    } cases[] = {
        {"NEW YORK, Feb 26 - Stocks rose.", "NEW YORK"},
        {"BAGHDAD, Jan 3 (Reuters) - Thousands of Iraqis", "BAGHDAD"},
        {"  WASHINGTON (Reuters) - The U.S.", "WASHINGTON"},
        {"LONDON, March 2 \xE2\x80\x94 Shares", "LONDON"},
        {"WASHINGTON - The U.S.", "WASHINGTON"},
        {"BRUSSELS 1996-08-22\nThe EU", "BRUSSELS"},
        {"US President Donald Trump said", std::nullopt},
        {"A year after - the", std::nullopt},
        {"The Hashed -- factions", std::nullopt},
        {"IRAN SAYS IT WILL RESPOND TO ANY ATTACK - the", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto& c : cases) {
        const auto found = find_dateline(c.text);
        EXPECT_EQ(found ? std::optional<std::string>(found->place) : std::nullopt, c.place)
            << c.text;
    }
}

}  // namespace
}  // namespace dateline::extractor
