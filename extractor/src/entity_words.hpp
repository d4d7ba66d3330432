#pragma once
// Private: the closed classes of words EntityFinder::find reads inside and
// around names (docs/extraction.md, "Normalisation" and "Organisations,
// and what is not a person"). Lists are lower case as written in running
// text unless a function says otherwise.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace dateline::extractor::detail {

/// Whether `word` is one of `list`: the closed lists here and in
/// organisation_names.cpp are arrays of words.
template <std::size_t N>
[[nodiscard]] constexpr bool contains(const std::array<std::string_view, N>& list,
                                      std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

/// Whether a canonical key is a day's, a month's or a holiday's: a date,
/// never a person or a place ("sales over Christmas").
[[nodiscard]] bool never_an_entity(const std::string& key);

/// Whether `s` has an upper-case ASCII letter or a non-ASCII byte (a name
/// written with accents or in another script counts as capitalised).
[[nodiscard]] bool has_upper(std::string_view s);

/// Whether a word starts with a lower-case ASCII letter.
[[nodiscard]] bool is_lower_word(std::string_view w);

/// Words that make a "person" a place ("Tahrir Square").
[[nodiscard]] bool is_place_noun(std::string_view w);

/// Lower-case words inside place names ("Frankfurt am Main", "Stratford upon
/// Avon", "Castellon de la Plana" is longer than the rule reads).
[[nodiscard]] bool is_place_connector(std::string_view word);

/// Words that open speech, not a name ("So I", "Thank you", "Um").
[[nodiscard]] bool is_discourse_word(std::string_view word);

/// A hyphen, an en dash or an em dash standing as a word.
[[nodiscard]] bool is_dash(std::string_view word);

/// A family word before a name makes it a person's ("their son Barron").
[[nodiscard]] bool is_kin_word(std::string_view word);

/// Lower-case words inside names: particles ("de Gaulle", "van Gogh", "bin
/// Salman") and Arabic articles ("al-Assad").
[[nodiscard]] bool is_name_particle(std::string_view word);

/// Letters after a name that are honours or offices, not part of it.
[[nodiscard]] bool is_post_nominal(std::string_view word);

/// Kinds of things written after a product's name ("Falcon Heavy rocket",
/// "Creative Commons Attribution license"). Lower case, as in running text.
[[nodiscard]] bool is_product_noun(std::string_view word);

/// Kinds of sites written after a site's name ("KSR Bangalore station", "the
/// Chesapeake Energy arena"). Lower case, as in running text; not "building"
/// or "hall": "the Tokyo Stock Exchange building" is the exchange's.
[[nodiscard]] bool is_site_noun(std::string_view word);

/// Words after a name that make it a website's or a channel's ("his Twitter
/// account", "a Facebook page", "YouTube video").
[[nodiscard]] bool is_medium_noun(std::string_view word);

/// Words before "on"/"to" that make the name after it a medium one publishes
/// on ("said on Twitter", "posted to Facebook", "a statement on Instagram").
[[nodiscard]] bool is_publishing_word(std::string_view word);

/// "Buffalo" of "Buffalo-based": the part of a token before "-based", or "".
[[nodiscard]] std::string_view before_based(std::string_view word);

/// A price term before a port: "FOB Vancouver", "CIF Rotterdam", "fob Gulf".
[[nodiscard]] bool is_port_term(std::string_view word);

/// A word before "of" that makes the name after it a town's: "Mayor of
/// Birmingham", "City of Darwin", "Port of Newcastle".
[[nodiscard]] bool is_town_head(std::string_view word);

/// A verb of travel whose object is a place: "before leaving Tripoli",
/// "visited Athens", "flew to Lagos" (with its preposition).
[[nodiscard]] bool is_travel_verb(std::string_view word);

}  // namespace dateline::extractor::detail
