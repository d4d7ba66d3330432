#include "entity_words.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "utf8.hpp"

namespace dateline::extractor::detail {

namespace {

// Days, months and the holidays that fall on them: dates, no one and no
// place ("sales over Christmas" is no person and no Christmas, Florida).
constexpr std::array<std::string_view, 45> kNeverEntities = {
    "monday",      "tuesday",      "wednesday",     "thursday",      "friday",     "saturday",
    "sunday",      "january",      "february",      "march",         "april",      "may",
    "june",        "july",         "august",        "september",     "october",    "november",
    "december",    "jan",          "feb",           "mar",           "apr",        "jun",
    "jul",         "aug",          "sep",           "sept",          "oct",        "nov",
    "dec",         "christmas",    "christmas-eve", "christmas-day", "boxing-day", "easter",
    "good-friday", "thanksgiving", "halloween",     "new-year",      "ramadan",    "hanukkah",
    "diwali",      "passover",     "new-years-eve"};

}  // namespace

bool never_an_entity(const std::string& key) {
    return key.empty() || contains(kNeverEntities, key);
}

bool has_upper(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        return detail::is_ascii_upper(c) || static_cast<unsigned char>(c) >= 0x80;
    });
}

bool is_lower_word(std::string_view w) { return !w.empty() && detail::is_ascii_lower(w[0]); }

bool is_place_noun(std::string_view w) {
    static constexpr std::array<std::string_view, 22> kNouns = {
        "Square",   "Street",    "Avenue",   "Road",   "Airport", "Bridge",   "Park", "River",
        "Mountain", "Mountains", "Lake",     "Island", "Islands", "Gulf",     "Sea",  "Ocean",
        "Valley",   "Province",  "District", "County", "Strait",  "Peninsula"};
    return contains(kNouns, w);
}

bool is_place_connector(std::string_view word) {
    static constexpr std::array<std::string_view, 10> kWords = {"am",  "an", "im",  "upon", "on",
                                                                "sur", "de", "del", "di",   "la"};
    return contains(kWords, word);
}

bool is_discourse_word(std::string_view word) {
    static constexpr std::array<std::string_view, 19> kWords = {
        "so", "um",    "uh", "oh",  "thank",  "thanks", "yes",   "no",   "well", "okay",
        "ok", "hello", "hi", "hey", "please", "yeah",   "sorry", "dear", "ah"};
    const std::string lower = detail::ascii_lower(word);
    return contains(kWords, lower);
}

bool is_dash(std::string_view word) {
    return word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94";  // -, en, em
}

bool is_kin_word(std::string_view word) {
    static constexpr std::array<std::string_view, 10> kWords = {
        "son",    "daughter", "wife",   "husband", "brother",
        "sister", "mother",   "father", "nephew",  "niece"};
    return contains(kWords, word);
}

bool is_name_particle(std::string_view word) {
    static constexpr std::array<std::string_view, 22> kParticles = {
        "de", "da",  "di",  "del", "della", "van", "von", "der", "den", "le",  "la",
        "du", "dos", "das", "al",  "el",    "bin", "ibn", "ben", "y",   "ter", "zu"};
    if (contains(kParticles, word)) return true;
    return word.find('-') != std::string_view::npos;  // "al-Assad", "el-Sisi"
}

bool is_post_nominal(std::string_view word) {
    static constexpr std::array<std::string_view, 14> kLetters = {"QC",  "KC",  "MP",  "MEP", "MSP",
                                                                  "MLA", "OBE", "CBE", "MBE", "KBE",
                                                                  "PhD", "MD",  "Esq", "Esq."};
    return contains(kLetters, word);
}

bool is_product_noun(std::string_view word) {
    // Not "aircraft", "vaccine", "software", "drug": a company's name is
    // written before them too ("the Airbus Industrie aircraft consortium").
    static constexpr std::array<std::string_view, 14> kNouns = {
        "rocket",    "rockets", "license",  "licence", "licenses", "telescope", "spacecraft",
        "satellite", "missile", "missiles", "browser", "protocol", "format",    "smartphone"};
    return contains(kNouns, word);
}

bool is_site_noun(std::string_view word) {
    static constexpr std::array<std::string_view, 5> kNouns = {"station", "stadium", "arena",
                                                               "terminal", "airport"};
    return contains(kNouns, word);
}

bool is_medium_noun(std::string_view word) {
    static constexpr std::array<std::string_view, 14> kNouns = {
        "account", "accounts", "page",  "pages",  "post",    "posts",     "feed",
        "user",    "users",    "video", "videos", "channel", "followers", "livestream"};
    return contains(kNouns, word);
}

bool is_publishing_word(std::string_view word) {
    static constexpr std::array<std::string_view, 23> kWords = {
        "said",      "wrote",   "writes",   "writing",   "posted",    "tweeted",
        "announced", "stated",  "reacted",  "commented", "noted",     "noting",
        "shared",    "trended", "trending", "uploaded",  "published", "statement",
        "message",   "post",    "posts",    "comments",  "viral"};
    return contains(kWords, detail::ascii_lower(word));
}

std::string_view before_based(std::string_view word) {
    constexpr std::string_view kSuffix = "-based";
    if (word.size() <= kSuffix.size() || !word.ends_with(kSuffix)) return {};
    return word.substr(0, word.size() - kSuffix.size());
}

bool is_port_term(std::string_view word) {
    const std::string lower = detail::ascii_lower(word);
    return lower == "fob" || lower == "cif" || lower == "c&f" || lower == "cfr";
}

bool is_town_head(std::string_view word) {
    const std::string lower = detail::ascii_lower(word);
    return lower == "mayor" || lower == "city" || lower == "town" || lower == "port" ||
           lower == "municipality";
}

bool is_travel_verb(std::string_view word) {
    static constexpr std::array<std::string_view, 23> kVerbs = {
        "leave",     "leaves",    "leaving",  "left",       "visit",    "visits",
        "visiting",  "visited",   "reach",    "reached",    "reaching", "arrive",
        "arrived",   "arriving",  "flew",     "fly",        "flying",   "returned",
        "returning", "travelled", "traveled", "travelling", "traveling"};
    const std::string lower = detail::ascii_lower(word);
    return contains(kVerbs, lower);
}

}  // namespace dateline::extractor::detail
