#pragma once
// From a tagged place mention to the place it names, or to nothing.
//
// The tagger marks as LOC many spans that contain a place without being one,
// or that are not places at all; reported as written, each becomes a facet
// row of its own. place_words() narrows a mention (already cleaned by
// clean_place_words()) to the words that name the place:
//  * a facility named after a place ("Baghdad International Airport",
//    "Baghdad International airport", "Stavanger Airport") is not a place:
//    the place is its leading part the gazetteer knows ("Baghdad"); a
//    facility with no such part ("Johns Hopkins University") gives nothing;
//  * a body or title named after a place ("United States Senate", "U.S.
//    House", "Toronto Police", "United States Senator Bernie Sanders") gives
//    that leading place, unless the rest is a geographic feature or a
//    compass word that makes it another place ("London Bridge", "George
//    Washington Bridge", "Gaza Strip", "Davao Oriental");
//  * "Davao City" is Davao when the gazetteer knows Davao;
//  * a continent ("Europe", "Asia", "North America") gives nothing: a place
//    filter on a continent would not find the stories about the countries in
//    it, and a continent name in news is mostly a market or a bloc ("Asian
//    stocks", "Europe's leaders"); docs/extraction.md gives the reasoning;
//  * a compass word alone ("the West", "North") gives nothing: it is a bloc
//    or a direction, even where the gazetteer has a region of that name;
//  * a geographic feature word alone ("the Gulf", "the Coast", "the
//    Province") gives nothing: which gulf depends on the story;
//  * a metonym ("White House", "Kremlin", "Wall Street") gives nothing: in
//    news copy it is the administration or the market speaking.
// The leading known part must be a country, a region, or a city of at least
// kMinPrefixCityPopulation people, so that a small town that shares a
// common word ("Union", "Republic") cannot stand for a longer name.
//
// is_label_segment() finds kicker and navigation labels of web pages ("In
// Pics | A year after ...", "Home | World | Middle East"): their words are
// links, not prose, and the tagger reads "Pics" as a place.

#include <cstdint>
#include <span>
#include <string_view>

#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/name_normalisation.hpp"
#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor {

/// Smallest city that may stand for a longer mention starting with its name.
inline constexpr std::uint32_t kMinPrefixCityPopulation = 100'000;

/// True for the canonical key of a continent ("europe", "north-america").
[[nodiscard]] bool is_continent_key(std::string_view key) noexcept;

/// True for the canonical key of a lone compass word ("west", "northern").
[[nodiscard]] bool is_compass_key(std::string_view key) noexcept;

/// True for the canonical key of a seat of power that news names for the
/// power ("white-house", "kremlin", "wall-street"): not a place.
[[nodiscard]] bool is_metonym_key(std::string_view key) noexcept;

/// The part of `mention` (a token range of `tokens`, over `text`) that names
/// a place, or an empty range when it names none (see above).
[[nodiscard]] WordRange place_words(std::string_view text, std::span<const Token> tokens,
                                    WordRange mention, const Gazetteer& gazetteer);

/// True when token `index` lies in a short segment of a line that has a '|'
/// separator, within at most `max_words` words of it: a label, not prose.
[[nodiscard]] bool is_label_segment(std::string_view text, std::span<const Token> tokens,
                                    std::size_t index, std::size_t max_words = 2);

}  // namespace dateline::extractor
