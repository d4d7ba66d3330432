#include "dateline/extractor/organisation_names.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline::extractor {
namespace {

// Each acronym the text defines, as "ACRONYM=long form" ("+gloss" after a
// gloss).
std::vector<std::string> definitions(std::string_view text) {
    const auto tokens = tokenize(text);
    std::vector<std::string> out;
    for (const AcronymDefinition& d : acronym_definitions(tokens)) {
        std::string line(tokens[d.acronym].text);
        line += '=';
        line += display_name(text, tokens, d.expansion);
        if (d.gloss) line += "+gloss";
        out.push_back(std::move(line));
    }
    return out;
}

TEST(OrganisationNames, AcronymDefinitionsTable) {
    const struct {
        const char* text;
        std::vector<std::string> found;
    } cases[] = {
        {"under the Digital Millennium Copyright Act (DMCA) of 1998",
         {"DMCA=Digital Millennium Copyright Act"}},
        {"anger on Internet Relay Chat (IRC) and elsewhere", {"IRC=Internet Relay Chat"}},
        {"the Bank of England (BOE) said", {"BOE=Bank of England"}},
        {"decided to EOL (End of Life) the release", {"EOL=End of Life+gloss"}},
        {"a CI [Continuous Integration] server", {"CI=Continuous Integration+gloss"}},
        {"critical of DRM (digital rights management, the subject)",
         {"DRM=digital rights management+gloss"}},
        // The initials must spell the acronym, and only capitalised words
        // make the long form of a name.
        {"the new rules (EU) apply", {}},
        {"said the spokesman for the agency (NASA)", {}},
        {"the committee (ABC) met", {}},
        {"IBM (the company) said", {}},
    };
    for (const auto& c : cases) EXPECT_EQ(definitions(c.text), c.found) << c.text;
}

TEST(OrganisationNames, PluralAcronym) {
    EXPECT_EQ(plural_acronym("DVDs"), "DVD");
    EXPECT_EQ(plural_acronym("NGOs"), "NGO");
    EXPECT_EQ(plural_acronym("DVD"), "");
    EXPECT_EQ(plural_acronym("Us"), "");
    EXPECT_EQ(plural_acronym("ADS"), "");
    EXPECT_EQ(plural_acronym("Docs"), "");
}

TEST(OrganisationNames, RomanNumeral) {
    EXPECT_TRUE(is_roman_numeral("II"));
    EXPECT_TRUE(is_roman_numeral("III"));
    EXPECT_TRUE(is_roman_numeral("XIV"));
    EXPECT_FALSE(is_roman_numeral("I"));
    EXPECT_FALSE(is_roman_numeral("MD"));
    EXPECT_FALSE(is_roman_numeral("DC"));
    EXPECT_FALSE(is_roman_numeral("Ii"));
}

TEST(OrganisationNames, GenericCourt) {
    const auto court = [](std::string_view text) { return is_generic_court(tokenize(text)); };
    EXPECT_TRUE(court("Court of Appeals"));
    EXPECT_TRUE(court("District Court"));
    EXPECT_FALSE(court("European Court of Justice"));
    EXPECT_FALSE(court("Supreme Court"));
    EXPECT_FALSE(court("Court of Session"));
}

TEST(OrganisationNames, AgreementsAreLaws) {
    EXPECT_TRUE(is_law_word("Accord"));
    EXPECT_TRUE(is_law_word("Deal"));
    EXPECT_TRUE(is_law_word("Act"));
    EXPECT_FALSE(is_law_word("deal"));
    EXPECT_FALSE(is_law_word("Party"));
}

TEST(OrganisationNames, SitesEventsAndContinentsAreNoBodies) {
    const auto facility = [](std::string_view text) { return names_facility(tokenize(text)); };
    EXPECT_TRUE(facility("Hall of Mirrors"));
    EXPECT_TRUE(facility("Legislative Council Complex"));
    EXPECT_TRUE(facility("International Space Station"));
    EXPECT_TRUE(facility("Kennedy Space Center"));
    EXPECT_TRUE(facility("Mesquite Convention Center"));
    EXPECT_FALSE(facility("National Hurricane Center"));
    EXPECT_FALSE(facility("Johns Hopkins Center for Health Security"));
    EXPECT_FALSE(facility("Tower Commission"));
    EXPECT_FALSE(facility("Bank of England"));

    const auto event = [](std::string_view text) {
        return is_event_word(name_head(tokenize(text)));
    };
    EXPECT_TRUE(event("Cannes Film Festival"));
    EXPECT_TRUE(event("Presidential Medal of Freedom"));
    EXPECT_TRUE(event("Smackdown Tag Team Championship"));
    EXPECT_FALSE(event("International Olympic Committee"));
    EXPECT_FALSE(event("First Marathon"));

    const auto continent = [](std::string_view text) { return names_continent(tokenize(text)); };
    EXPECT_TRUE(continent("Europe"));
    EXPECT_TRUE(continent("Western Europe"));
    EXPECT_TRUE(continent("Southeast Asia"));
    EXPECT_TRUE(continent("Latin America"));
    EXPECT_FALSE(continent("America"));
    EXPECT_FALSE(continent("Bank of America"));
    EXPECT_FALSE(continent("Asia Pacific Economic Cooperation"));
}

TEST(OrganisationNames, ExchangeTicker) {
    const auto ticker = [](std::string_view text, std::string_view word) {
        const auto at = text.find(word);
        return inside_exchange_ticker(text, at, at + word.size());
    };
    EXPECT_TRUE(ticker("Akzo NV <AKZO.AS> said", "AS"));
    EXPECT_TRUE(ticker("Akzo NV <AKZO.AS> said", "AKZO"));
    EXPECT_TRUE(ticker("Montedison Spa <MONI.MI> said", "MI>"));
    EXPECT_FALSE(ticker("Boeing Co <BA> said", "BA"));  // no exchange suffix
    EXPECT_FALSE(ticker("Akzo NV said", "Akzo"));
}

}  // namespace
}  // namespace dateline::extractor
