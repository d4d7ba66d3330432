#include "dateline/extractor/place_mention.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "dateline/extractor/organisation_names.hpp"
#include "dateline/schema/entity.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

// Keys, so any spelling and case matches ("NORTH AMERICA", "the Americas").
constexpr std::string_view kContinents[] = {"africa",        "asia",          "europe",
                                            "north-america", "south-america", "oceania",
                                            "australasia",   "eurasia",       "americas"};

constexpr std::string_view kCompassWords[] = {
    "north",     "south",      "east",       "west",       "central",    "northern",
    "southern",  "eastern",    "western",    "northeast",  "northwest",  "southeast",
    "southwest", "north-east", "north-west", "south-east", "south-west", "middle"};

// Seats of power that news names for the power itself ("the White House
// said", "Wall Street fell"): metonyms, not places (docs/extraction.md,
// "Metonyms"). A closed class, kept short: the ones wire copy uses daily.
constexpr std::string_view kMetonyms[] = {
    "white-house",  "kremlin",     "downing-street", "wall-street",   "pentagon",
    "capitol-hill", "whitehall",   "elysee",         "elysee-palace", "quai-d-orsay",
    "foggy-bottom", "zhongnanhai", "blue-house",     "number-10",     "la-moncloa"};

// Last words of facilities: buildings and sites named after a place, which
// are not themselves places a reader filters stories by.
constexpr std::string_view kFacilities[] = {
    "airport",    "airfield",  "station", "terminal", "stadium",   "arena",  "hospital", "clinic",
    "university", "college",   "school",  "academy",  "institute", "prison", "jail",     "hotel",
    "embassy",    "consulate", "museum",  "library",  "cathedral", "church", "mosque",   "temple",
    "centre",     "center",    "base",    "mall",     "market",    "campus"};

// Words after a place name that make the whole another place ("London
// Bridge", "Hyde Park", "Gaza Strip", "Hubei Province").
constexpr std::string_view kGeographicFeatures[] = {
    "square",     "street",      "st",        "avenue",  "road",        "boulevard", "lane",
    "bridge",     "river",       "lake",      "sea",     "ocean",       "bay",       "gulf",
    "island",     "islands",     "isle",      "heights", "hill",        "hills",     "valley",
    "mountain",   "mountains",   "peninsula", "strait",  "straits",     "coast",     "canal",
    "harbour",    "harbor",      "beach",     "forest",  "desert",      "delta",     "plaza",
    "park",       "gardens",     "garden",    "corner",  "county",      "province",  "oblast",
    "prefecture", "governorate", "district",  "region",  "territory",   "basin",     "plain",
    "plains",     "falls",       "springs",   "creek",   "reservation", "strip",     "cape"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

std::string lower(std::string_view word) { return detail::ascii_lower(word); }

bool is_facility_word(std::string_view word) { return contains(kFacilities, lower(word)); }

// A lower-case facility noun after the name: "Baghdad International airport".
bool is_lower_facility_word(std::string_view word) {
    return !word.empty() && detail::is_ascii_lower(word[0]) && is_facility_word(word);
}

// "London Bridge", "George Washington Bridge", "Davao Oriental", "Sussex
// East": a place of its own, not its leading part.
bool makes_another_place(std::string_view word) {
    const std::string key = lower(word);
    return contains(kGeographicFeatures, key) || is_compass_key(key) || key == "oriental" ||
           key == "occidental" || key == "upper" || key == "lower";
}

// A known place that may stand for a longer mention starting with it.
bool may_lead(const Place& place, std::string_view key) {
    if (is_continent_key(key) || is_compass_key(key)) return false;
    switch (place.kind) {
        case PlaceKind::Country:
        case PlaceKind::Region:
            return true;
        case PlaceKind::City:
            return place.population >= kMinPrefixCityPopulation;
    }
    return false;
}

bool is_word(std::string_view token) {
    return std::any_of(token.begin(), token.end(), [](char c) {
        return detail::is_ascii_lower(c) || detail::is_ascii_upper(c) ||
               detail::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    });
}

}  // namespace

bool is_continent_key(std::string_view key) noexcept { return contains(kContinents, key); }

bool is_compass_key(std::string_view key) noexcept { return contains(kCompassWords, key); }

bool is_metonym_key(std::string_view key) noexcept { return contains(kMetonyms, key); }

WordRange place_words(std::string_view text, std::span<const Token> tokens, WordRange mention,
                      const Gazetteer& gazetteer) {
    if (mention.empty()) return mention;
    const auto key_of = [&](WordRange r) {
        return schema::canonical_key(display_name(text, tokens, r));
    };
    const std::string whole = key_of(mention);
    // A feature word alone ("the Gulf", "the Coast") is whichever gulf or
    // coast the story is about: no one place.
    if (is_continent_key(whole) || is_compass_key(whole) || is_metonym_key(whole) ||
        contains(kGeographicFeatures, whole))
        return {};
    // An institution every country has, named without its country
    // ("Parliament", "National Assembly", "the Army"), is a body, not a
    // place; which country's it is the organisations decide
    // (organisation_names.hpp).
    if (const auto institution =
            country_relative_name(tokens.subspan(mention.first, mention.last - mention.first));
        institution && institution->country == nullptr)
        return {};
    const bool facility_name = is_facility_word(tokens[mention.last - 1].text);
    const bool facility_after =
        mention.last < tokens.size() && is_lower_facility_word(tokens[mention.last].text);
    // "Baghdad" before "airport" is still Baghdad; "Baghdad Airport" is not.
    if (!facility_name && gazetteer.find_key(whole)) return mention;
    for (std::size_t last = mention.last - 1; last > mention.first; --last) {
        const WordRange prefix{mention.first, last};
        const std::string key = key_of(prefix);
        const auto place = gazetteer.find_key(key);
        if (!place || !may_lead(*place, key)) continue;
        if (!facility_name && (makes_another_place(tokens[last].text) ||
                               makes_another_place(tokens[mention.last - 1].text))) {
            return mention;
        }
        return prefix;
    }
    return facility_name || facility_after ? WordRange{} : mention;
}

bool is_label_segment(std::string_view text, std::span<const Token> tokens, std::size_t index,
                      std::size_t max_words) {
    if (index >= tokens.size()) return false;
    const std::size_t at = tokens[index].begin;
    const std::size_t newline_before = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    const std::size_t line_begin =
        newline_before == std::string_view::npos ? 0 : newline_before + 1;
    const std::size_t newline = text.find('\n', at);
    const std::size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (line.find('|') == std::string_view::npos) return false;
    // The segment between the bars (or the line's ends) around the token.
    std::size_t first = index;
    while (first > 0 && tokens[first - 1].begin >= line_begin && tokens[first - 1].text != "|")
        --first;
    std::size_t last = index + 1;
    while (last < tokens.size() && tokens[last].end <= line_end && tokens[last].text != "|") ++last;
    std::size_t words = 0;
    for (std::size_t i = first; i < last; ++i) {
        if (is_word(tokens[i].text)) ++words;
    }
    return words <= max_words;
}

}  // namespace dateline::extractor
