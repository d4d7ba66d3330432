#pragma once
// What makes a name an organisation's rather than a person's.
//
// The tagger sees one sentence at a time and slips on company names that look
// like people's ("Smith Barney", "Dean Witter", "Merrill Lynch"), on names
// whose first word is also a title ("General Electric" lost "General" and
// became a person "Electric") and on institutions named after a person
// ("Walter Reed Hospital", "Reagan Administration"). These are the word-level
// signs EntityFinder uses, with the rest of the document, to file such a
// name under organisations (entity_finder.hpp says how):
//  * a company form ends an organisation's name: "Inc", "Corp", "Co", "Ltd",
//    "Plc", "AG", "SA", "NV", "GmbH", "LLC", ... and "& Co" / "and Co" /
//    "and Sons";
//  * a head noun ends one: "Administration", "Association", "Hospital",
//    "University", "Party", "Bank", "Commission", ...;
//  * a storm's name is an event, not a person ("Hurricane Dorian");
//  * a name ending in a currency or a rate is money, not an organisation;
//  * an office ("Senate Majority Leader", "Member of Parliament"), a law
//    ("... Act") or a term written like an acronym ("UTC", "DNA", "PhD",
//    "LIBOR") is no organisation;
//  * a generic institution ("Finance Ministry", "Central Bank", "Air Force")
//    is a country's: country_relative_name() finds it and the country
//    written with it;
//  * an acronym the text defines takes the kind of its long form
//    (acronym_definitions()): "Digital Millennium Copyright Act (DMCA)" is a
//    law, "DRM (digital rights management)" a term, so neither is an
//    organisation; an acronym the text writes in the plural ("DVDs") is a
//    common noun; a Roman numeral ("II") names nothing;
//  * a building or a site ("Hall of Mirrors", "Kennedy Space Center"), an
//    event or an award ("Cannes Film Festival", "Medal of Freedom"), a
//    licence ("GNU General Public License"), a continent or a part of one
//    ("Western Europe"), a place's administrative unit ("Mysore Division")
//    and a ticker's exchange suffix ("<AKZO.AS>") are no organisation.
// Lists of words, never of organisations: the held-out archives name others.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/extractor/name_normalisation.hpp"
#include "dateline/extractor/tokenizer.hpp"
#include "dateline/schema/place_identities.hpp"

namespace dateline::extractor {

/// A company form ("Inc", "Corp.", "Co", "Ltd", "plc", "AG", "SA", "GmbH"...),
/// any case, final period ignored.
[[nodiscard]] bool is_company_form(std::string_view word);

/// A noun that, ending a name, makes it an institution's ("Administration",
/// "Association", "Hospital", "University", "Party", "Bank", "Observatory",
/// "Museum", "League", "Service", ...): first letter capital, as in a name.
[[nodiscard]] bool is_organisation_head(std::string_view word);

/// A word that, ending a name, makes it a sports club's ("Manchester United",
/// "Man Utd", "Blackburn Rovers", "Wolverhampton Wanderers", "Charlton
/// Athletic", "West Bromwich Albion", "Tottenham Hotspur", "Glasgow Rangers",
/// "Arsenal FC"): no person's name ends so. Not "City" or "Town", which end
/// places as often. Case matters.
[[nodiscard]] bool is_club_word(std::string_view word);

/// A one-word name of an institution that is also an ordinary word: "House",
/// "Senate", "Congress", "Treasury", "Labour"/"Labor", "Parliament",
/// "Cabinet", "Pentagon", "Fed" (the Federal Reserve). Case matters.
[[nodiscard]] bool is_institution_word(std::string_view word);

/// A word that makes a name ending with it money or a price, not an
/// organisation ("U.S. Dlrs", "U.S. Dollar", "U.S. Currency", "London Inter
/// Bank Offered Rate").
[[nodiscard]] bool is_money_word(std::string_view word);

/// A word that, heading a name, makes it a person's office, not an
/// organisation: at the end ("Senate Majority Leader", "Divisional Railway
/// Manager", "U.S. Trade Representative") or first before "of" ("Member of
/// Parliament", "CEO of Massey Energy"). Case matters: "Member", "Leader",
/// "Manager", "Minister", "CEO", "Chairman", "Secretary", "President",
/// "Adviser", ...
[[nodiscard]] bool is_office_word(std::string_view word);

/// A word that, ending a name, makes it a law's or an agreement's ("Clean Air
/// Act", "Farm Bill", "DMCA Section", "Louvre Accord", "Green New Deal"):
/// "Act", "Bill", "Amendment", "Section", "Treaty", "Accord", "Agreement",
/// "Pact", "Deal". Case matters.
[[nodiscard]] bool is_law_word(std::string_view word);

/// Whether `words` are a court every jurisdiction has several of, named
/// without its jurisdiction: "Court of Appeals", "Court of Appeal", "Appeals
/// Court", "District Court", "Circuit Court" (the tagger leaves "Second
/// Circuit" or "for the D.C. Circuit" outside the span). Which court it is
/// depends on the story, as for "Legislative Assembly".
[[nodiscard]] bool is_generic_court(std::span<const Token> words);

/// A word that, ending a name, makes it a scheme's ("Export Enhancement
/// Program", "Food Stamp Programme"): "Program", "Programme", "Scheme". Case
/// matters.
[[nodiscard]] bool is_programme_word(std::string_view word);

/// Whether a name starts as the world bodies' names do: "World" ("World Food
/// Programme"), "United Nations", "UN", "U.N." ("UN Development Programme").
[[nodiscard]] bool names_world_body(std::span<const Token> words);

/// A word written like an acronym that names a term or a unit, not an
/// organisation: time zones ("UTC", "GMT", "EST"), degrees ("PhD", "MBA"),
/// "DNA", "RNA", "ID", "GDP", "CPI", "IPO", diseases ("COVID", "HIV", "AIDS",
/// "SARS"), and the interbank offered rates
/// ("LIBOR", "Pibor", "Euribor": any word ending in "ibor"). Any case,
/// periods ignored.
[[nodiscard]] bool is_term_abbreviation(std::string_view word);

/// Whether `word` is a Roman numeral of two letters or more written with I, V
/// and X only ("II", "III", "IV", "XII"): the number after a name ("Queen
/// Elizabeth II", "World War II"), no name itself. "MD", "CD", "DC" are none.
[[nodiscard]] bool is_roman_numeral(std::string_view word);

/// The acronym a plural is of: "DVD" for "DVDs", "NGO" for "NGOs" (two
/// capital letters or more, then a lower-case "s"); empty for any other word.
/// Organisations are not written in the plural, so the acronym names a kind
/// of thing in the text that writes it so.
[[nodiscard]] std::string_view plural_acronym(std::string_view word);

/// An acronym the text defines by writing its long form beside it in
/// parentheses or brackets.
struct AcronymDefinition {
    /// The token of the acronym.
    std::size_t acronym = 0;
    /// The tokens of its long form, whose initials spell the acronym, any
    /// case, without "of", "and", "the", "for", "&", "in", "on" ("BOE",
    /// Bank of England) or with them ("EOL", End of Life).
    WordRange expansion;
    /// The long form follows the acronym as a gloss ("EOL (End of Life)",
    /// "CI [Continuous Integration]", "DRM (digital rights management, the
    /// ...)"), rather than the acronym following its name ("Internet Relay
    /// Chat (IRC)"). News glosses terms so; an organisation is named first
    /// and its acronym given after.
    bool gloss = false;
};

/// The acronyms `tokens` define: "Long Form (LF)" or "Long Form [LF]", and
/// "LF (long form)" or "LF [long form]" (the gloss ends at the closing
/// bracket or at a comma). An acronym is 2 to 8 capital letters; a long form
/// of a name is capitalised words and the skipped words only, one of a gloss
/// may be in lower case. In text order.
[[nodiscard]] std::vector<AcronymDefinition> acronym_definitions(std::span<const Token> tokens);

/// The country (or historical country) that `words` name as a whole
/// ("Japan", "Japanese", "West German", "U.S.", "Soviet"): a row of the place
/// identity table whose aliases hold the demonyms; nullptr for anything
/// else, a US state or a city included.
[[nodiscard]] const schema::PlaceIdentityRow* country_of_words(std::span<const Token> words);

/// A generic institution every country has, and the country written with it.
struct CountryRelativeName {
    /// The institution without its country, the portfolio first ("Finance
    /// Ministry" for "Ministry of Finance"), words joined by one space.
    std::string institution;
    /// The country written in the name ("Japanese Finance Ministry", "U.S.
    /// Army", "Reserve Bank of Australia"), nullptr when none is.
    const schema::PlaceIdentityRow* country = nullptr;
};

/// Whether an organisation's cleaned words (clean_org_words) are a generic
/// institution, with or without a country: a ministry ("Finance Ministry",
/// "Ministry of Foreign Affairs"), a central bank ("Central Bank", "National Bank", "Reserve
/// Bank"), armed forces ("Army", "Navy", "Air Force", "Coast Guard", "Armed
/// Forces"), a statistics office (words of "Central Bureau of Statistics",
/// "Federal Statistics Office", "National Statistical Institute"), a
/// legislature or government ("Parliament", "National Assembly",
/// "Legislative Assembly", "Legislature", "Cabinet", "Government"). A country
/// may come first, with or without a possessive ("West German Finance
/// Ministry", "Japan's Finance Ministry"), or last after "of" ("Central Bank
/// of Brazil"). Any other word makes the name specific and no match
/// ("European Parliament", "Salvation Army", "Federal Reserve Bank", "Bureau
/// of Labor Statistics"). Names the United States alone uses in practice
/// ("Treasury", "Senate", "Congress", "State Department") are not generic.
[[nodiscard]] std::optional<CountryRelativeName> country_relative_name(
    std::span<const Token> words);

/// The organisation a generic institution of a country is: "Finance
/// Ministry (Japan)", key "finance-ministry-japan" (the key of its display
/// name, as the index keys every organisation).
[[nodiscard]] schema::Entity country_institution(std::string_view institution,
                                                 const schema::PlaceIdentityRow& country);

/// The word that says what kind of thing a name is: the word before its
/// first "of" ("Hall" of "Hall of Mirrors", "Medal" of "Presidential Medal
/// of Freedom", "Bank" of "Bank of England"), else its last word. Empty for
/// no words.
[[nodiscard]] std::string_view name_head(std::span<const Token> words);

/// A head that makes a name a building's, a room's or a site's, not an
/// organisation's: "Hall", "Stadium", "Arena", "Airport", "Room", "Complex",
/// "Station", "Palace", "Building", "Terminal", "Auditorium"; and
/// "Center"/"Centre" after a word of a venue or a site ("Convention Center",
/// "Space Center", "Shopping Centre", "Trade Center"), where alone it is an
/// institution's head ("National Hurricane Center"). Case matters.
[[nodiscard]] bool names_facility(std::span<const Token> words);

/// A word that, ending a name, makes it an administrative unit of a place
/// ("Mysore Division", "Orange County", "Guangdong Province"): "County",
/// "District", "Division", "Province", "Prefecture", "Region", "Oblast",
/// "Governorate", "Municipality", "Borough", "Township", "Canton". Case
/// matters; whether the words before it are a place is the caller's.
[[nodiscard]] bool is_admin_unit_word(std::string_view word);

/// A lower-case word before "of" that makes the name after it a place's:
/// "the electoral district of Groom", "the city of Toowoomba", "the state of
/// Queensland" (district, city, town, village, county, province, state,
/// region, electorate, constituency, municipality, borough, parish; not
/// "division": "a division of General Motors").
[[nodiscard]] bool is_place_unit_before_of(std::string_view word);

/// A head that makes a name an event's or an award's, not an organisation's:
/// "Festival", "Games", "Cup", "Award(s)", "Prize(s)", "Championship(s)",
/// "Olympics", "Olympiad", "Medal", "Trophy", "Tournament", "Expo". Case
/// matters ("the Cannes Film Festival", "Presidential Medal of Freedom").
[[nodiscard]] bool is_event_word(std::string_view word);

/// A word that, ending a name, makes it a product's: "License", "Licence"
/// ("GNU General Public License"), as a law word makes it a law's.
[[nodiscard]] bool is_licence_word(std::string_view word);

/// Whether `words` are a continent or a part of one: "Europe", "Asia",
/// "North America", "Western Europe", "Southeast Asia", "Latin America",
/// "Central America", "Sub-Saharan Africa" (compass words or "Latin" before
/// a continent, or "America"). A bloc or a market in news, no organisation.
[[nodiscard]] bool names_continent(std::span<const Token> words);

/// Whether the bytes [begin, end) of `text` lie inside a ticker symbol with
/// an exchange suffix, "<AKZO.AS>" or "<MONI.MI>": between '<' (or '(') and
/// '>', capital letters, digits, '&', '-' and at least one '.' only.
[[nodiscard]] bool inside_exchange_ticker(std::string_view text, std::size_t begin,
                                          std::size_t end);

/// A word that makes the name after it a storm's ("Hurricane", "Typhoon").
[[nodiscard]] bool is_storm_word(std::string_view word);

/// Whether the words right after a name make it a company's: a company form
/// ("Smith Barney Inc"), or "&"/"and" and a company form or "Sons" ("Merrill
/// Lynch and Co", "Alex. Brown and Sons").
[[nodiscard]] bool followed_by_company_form(std::span<const Token> after);

/// The words of an organisation mention that name it: without a leading
/// "the", a trailing possessive or punctuation, or a trailing company form
/// with its "&"/"and"/"," ("General Motors Corp." -> "General Motors",
/// "Bear Stearns and Co" -> "Bear Stearns"), so the forms a text alternates
/// between are one organisation. A name that is nothing but a company form
/// keeps its first word (the caller drops it). A one-word name whose
/// possessive the tagger read as part of it keeps it ("Moody's", "McDonald's":
/// companies named so; "Moody's Investors Service" is the same company's
/// longer name, and the archive's org aliases merge the two).
[[nodiscard]] WordRange clean_org_words(std::span<const Token> words);

}  // namespace dateline::extractor
