#pragma once
// PlaceResolver: which place each place mention of an article names, by
// evidence (docs/extraction.md, "Resolving places").
//
// A mention reaches the resolver only where the text calls it a place: the
// tagger's LOC span, the dateline, or a "City, State" / "City, Country"
// pattern (EntityFinder decides). Each gazetteer name may name several
// places (Gazetteer::candidates(): Paris, France and Paris, Texas); the
// resolver picks one by evidence, in this order:
//  1. an explicit qualifier after the name: "Paris, Texas", "Cairo, Ill.",
//     "Valencia, Spain", "Cambridge, Massachusetts" keep only the places in
//     that country or US state; when none is left (the gazetteer has no
//     Cairo in Illinois) the mention names no place of the gazetteer and is
//     dropped, the qualifier staying a place of its own;
//  2. the article's other places: the countries of the dateline, of the
//     mentions that name one place only (or a country), and of the
//     country adjectives it uses ("Spanish ports"). A town or region of a
//     country the article is about beats a more prominent namesake
//     elsewhere; "about" is a town or state of that country named (or the
//     dateline), or the country named twice: news names the United States
//     in passing everywhere, so one "U.S." does not move Venice to Florida. Countries and capitals
//     are not displaced by this evidence (a New York story's "Paris" is Paris, France), except a
//     country by a US state when another place of the article below country level, not a capital,
//     lies in the US and none in the country ("Georgia" beside Atlanta; beside Washington or
//     Tbilisi, or alone, the country);
//     A name in a list of places with two or more regions of one country is
//     that country's region of the name, if it has one, even against a
//     capital: "Idaho, Michigan, North Dakota and Washington" is the state;
//  3. prominence: country, then capital, then population; regions of the
//     same name by their country's population ("Florida" is the US state,
//     not the municipality of Puerto Rico).
// A name in one article names one place: once a mention is resolved by its
// qualifier, the article's other mentions of the name follow it.
//
// A Qualified mention (words before a qualifier that the tagger did not
// call a place) is kept only when step 1 confirms it.
//
// What is not a place: a mention whose only candidates are small towns (under
// kMinConfidentPopulation people) that it matches only with their accents
// folded away ("God" is not Göd, "TO" not Tô), or whose key the
// `not_a_place` callback rejects (an ordinary word, a person's name in the
// same article) unless qualified or in the dateline; and a tagged mention of
// one word at a sentence's start that no gazetteer entry has and that
// callback rejects ("Born in Leeds": the tagger's slip on an ordinary word
// whose capital only starts the sentence; "the Pacific" stays).
//
// Confidence: a resolution is confident when it comes from a qualifier, the
// dateline or evidence, or names a country, region, capital or a city of at
// least kMinConfidentPopulation people; a smaller town is confident only
// when another place of the article lies in its country. Only confident
// cities and regions imply their country and US state
// (ResolvedPlace::implies).
//
// Thread safety: resolve() is const and may run concurrently.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/extractor/gazetteer.hpp"
#include "dateline/schema/entity.hpp"

namespace dateline::extractor {

/// Towns smaller than this are resolved only with evidence.
inline constexpr std::uint32_t kMinConfidentPopulation = 100'000;

/// Why the text calls a span a place.
enum class PlaceSource : std::uint8_t {
    Tagged,    ///< the tagger's LOC span
    Dateline,  ///< the filing place of the dateline
    Pattern,   ///< the qualifier of a "City, State" / "City, Country" pattern
    /// Words the tagger left untagged before a qualifier ("Troy, N.C."): a
    /// place only if a place of that name lies in the qualifier's country or
    /// state, else dropped.
    Qualified,
    /// A country's adjective outside any place ("Spanish maize"): evidence
    /// of the country for resolving the article's other mentions, never a
    /// place of its own (its result is always nullopt).
    Evidence,
};

/// A span the text calls a place.
struct PlaceMentionInput {
    std::string written;    ///< the name as written ("Paris", "Pa.")
    std::size_t begin = 0;  ///< byte offsets into the article text
    std::size_t end = 0;
    PlaceSource source = PlaceSource::Tagged;
    /// The qualifier written after it (", Texas", ", Ill.", ", Spain"), or empty.
    std::string qualifier;
    /// The list of places it is an item of ("Idaho, Michigan and
    /// Washington": mentions separated only by commas, "and", "or"), as a
    /// number shared by the items of one list; 0 when it is in none.
    std::size_t list = 0;
    /// Its first word starts a sentence, where a capital letter says nothing.
    bool starts_sentence = false;
};

/// The place a mention names.
struct ResolvedPlace {
    schema::Entity entity;        ///< identity key and display name (place_identities.hpp)
    std::uint32_t geonameid = 0;  ///< 0 if none (a historical country, an unknown place)
    std::string country;          ///< ISO alpha-2 of its country, "" if unknown
    bool confident = false;       ///< see above
    bool capital = false;         ///< a country's capital
    PlaceKind kind = PlaceKind::City;
    /// GeoNames id of its first-level region (itself for a region), 0 if none.
    std::uint32_t region_geonameid = 0;
    /// The places it implies when confident: its country, and its US state
    /// (identities), outermost first; none for a country.
    std::vector<schema::Entity> implies;
};

class PlaceResolver {
  public:
    /// `not_a_place(key)`: true for a one-word name that is rather an
    /// ordinary word or a person's name; may be empty.
    PlaceResolver(const Gazetteer& gazetteer, std::function<bool(std::string_view)> not_a_place);

    /// One result per mention, in order: the place it names, or nullopt when
    /// it names none. `day` is the article's date (YYYYMMDD, 0 if unknown):
    /// a city implies the country that held it that day
    /// (schema::country_on_day(): West Germany for a Bonn of 1987).
    [[nodiscard]] std::vector<std::optional<ResolvedPlace>> resolve(
        std::span<const PlaceMentionInput> mentions, int day = 0) const;

  private:
    const Gazetteer& gazetteer_;
    std::function<bool(std::string_view)> not_a_place_;
};

/// True when the text between two place mentions makes them items of one
/// list: only spaces, commas, "and" and "or", and at least one of these
/// (", ", " and ", ", or "). "Dallas in Texas" or "Dallas to Houston" is no
/// list.
[[nodiscard]] bool is_list_separator(std::string_view between);

/// Sets PlaceMentionInput::list of `mentions` (byte offsets into `text`):
/// neighbours in text order joined by is_list_separator() share a list
/// number ("Dallas, Texas" too: the resolver counts a city and the state
/// that qualifies it as one item). Evidence mentions are left out.
void mark_place_lists(std::string_view text, std::vector<PlaceMentionInput>& mentions);

}  // namespace dateline::extractor
