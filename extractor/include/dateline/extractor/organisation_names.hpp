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
//  * a name ending in a currency or a rate is money, not an organisation.
// Lists of words, never of organisations: the held-out archives name others.

#include <span>
#include <string_view>

#include "dateline/extractor/name_normalisation.hpp"
#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor {

/// A company form ("Inc", "Corp.", "Co", "Ltd", "plc", "AG", "SA", "GmbH"...),
/// any case, final period ignored.
[[nodiscard]] bool is_company_form(std::string_view word);

/// A noun that, ending a name, makes it an institution's ("Administration",
/// "Association", "Hospital", "University", "Party", "Bank", ...): first
/// letter capital, as in a name.
[[nodiscard]] bool is_organisation_head(std::string_view word);

/// A word that makes a name ending with it money or a price, not an
/// organisation ("U.S. Dlrs", "U.S. Dollar", "U.S. Currency", "London Inter
/// Bank Offered Rate").
[[nodiscard]] bool is_money_word(std::string_view word);

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
/// keeps its first word (the caller drops it).
[[nodiscard]] WordRange clean_org_words(std::span<const Token> words);

}  // namespace dateline::extractor
