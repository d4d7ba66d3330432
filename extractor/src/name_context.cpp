#include "name_context.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "utf8.hpp"

namespace dateline::extractor::detail {

NamedThing credited_before_name(std::span<const Token> tokens, std::size_t last) {
    if (last + 1 >= tokens.size() || !is_ascii_upper(tokens[last + 1].text.front()))
        return NamedThing::Nobody;
    static constexpr std::array<std::string_view, 10> kWorkCredits = {
        "director", "star",    "author", "producer", "writer",
        "composer", "creator", "actor",  "actress",  "screenwriter"};
    static constexpr std::array<std::string_view, 19> kOrganisationCredits = {
        "frontman",    "frontwoman", "singer",    "vocalist", "guitarist", "drummer",    "bassist",
        "keyboardist", "leader",     "chief",     "boss",     "chairman",  "chairwoman", "manager",
        "coach",       "captain",    "president", "founder",  "owner"};
    const std::string_view word = tokens[last].text;  // as written: lower case only
    if (std::find(kWorkCredits.begin(), kWorkCredits.end(), word) != kWorkCredits.end())
        return NamedThing::Work;
    if (std::find(kOrganisationCredits.begin(), kOrganisationCredits.end(), word) !=
        kOrganisationCredits.end())
        return NamedThing::Organisation;
    return NamedThing::Nobody;
}

bool officer_after_name(std::span<const Token> tokens, std::size_t last) {
    static constexpr std::array<std::string_view, 18> kOfficers = {
        "spokesman", "spokeswoman", "spokesperson", "secretary", "minister",   "chancellor",
        "candidate", "leader",      "chief",        "chairman",  "chairwoman", "president",
        "founder",   "boss",        "manager",      "coach",     "captain",    "whip"};
    // Words that may stand between are modifiers, not verbs or function
    // words: "Smith told leader X", "Smith and coach X" name a person.
    static constexpr std::array<std::string_view, 16> kNoModifiers = {
        "said", "says", "told", "tells", "asked", "and",  "or", "the",
        "a",    "an",   "of",   "to",    "for",   "with", "as", "by"};
    constexpr std::size_t kMaxModifiers = 2;
    for (std::size_t i = last; i < tokens.size() && i <= last + kMaxModifiers; ++i) {
        const std::string_view word = tokens[i].text;  // as written: lower case only
        if (word.empty() || !std::all_of(word.begin(), word.end(), is_ascii_lower)) return false;
        if (std::find(kOfficers.begin(), kOfficers.end(), word) != kOfficers.end()) {
            return i + 1 < tokens.size() && !tokens[i + 1].text.empty() &&
                   is_ascii_upper(tokens[i + 1].text.front());
        }
        if (word.ends_with("ed") ||
            std::find(kNoModifiers.begin(), kNoModifiers.end(), word) != kNoModifiers.end())
            return false;
    }
    return false;
}

NamedThing kind_noun(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kWorks = {
        "film",  "movie", "album",  "novel",       "sitcom", "musical",
        "opera", "song",  "series", "documentary", "book",   "programme"};
    // Not "broker", "developer", "publisher" or "carrier": people and ships
    // are named so too ("real estate developer Donald Trump", "publisher
    // Robert Maxwell", "the aircraft carrier Kitty Hawk").
    static constexpr std::array<std::string_view, 32> kOrganisations = {
        "band",         "firm",  "company",  "club",         "newspaper",   "tabloid",
        "magazine",     "label", "agency",   "airline",      "retailer",    "brokerage",
        "insurer",      "maker", "carmaker", "automaker",    "drugmaker",   "chipmaker",
        "manufacturer", "chain", "charity",  "conglomerate", "supermarket", "broadcaster",
        "bank",         "group", "party",    "team",         "outfit",      "orchestra",
        "website",      "giant"};
    if (std::find(kWorks.begin(), kWorks.end(), word) != kWorks.end()) return NamedThing::Work;
    if (std::find(kOrganisations.begin(), kOrganisations.end(), word) != kOrganisations.end())
        return NamedThing::Organisation;
    return NamedThing::Nobody;
}

NamedThing kind_before_name(std::span<const Token> tokens, std::size_t first) {
    if (first == 0) return NamedThing::Nobody;
    const std::string_view noun = tokens[first - 1].text;
    if (noun == "maker" && first >= 2) {
        const std::string before = ascii_lower(tokens[first - 2].text);
        if (before == "film" || before == "movie" || before == "documentary" ||
            before == "policy" || before == "decision" || before == "peace")
            return NamedThing::Nobody;
    }
    return kind_noun(noun);
}

NamedThing kind_in_apposition(std::span<const Token> tokens, std::size_t last) {
    if (last + 2 >= tokens.size() || tokens[last].text != ",") return NamedThing::Nobody;
    static constexpr std::array<std::string_view, 7> kDeterminers = {"the", "a",   "an",   "his",
                                                                     "her", "its", "their"};
    if (std::find(kDeterminers.begin(), kDeterminers.end(), tokens[last + 1].text) ==
        kDeterminers.end())
        return NamedThing::Nobody;
    static constexpr std::array<std::string_view, 16> kEndings = {
        "from", "by",  "of",    "that", "which",    "with", "about",    "in",
        "for",  "and", "whose", "set",  "starring", "made", "released", "directed"};
    constexpr std::size_t kMaxModifiers = 3;
    for (std::size_t i = last + 2; i < tokens.size() && i <= last + 2 + kMaxModifiers; ++i) {
        const std::string_view word = tokens[i].text;
        if (word.empty() || !(is_ascii_upper(word.front()) || is_ascii_lower(word.front()) ||
                              is_ascii_digit(word.front())))
            return NamedThing::Nobody;
        const NamedThing kind = kind_noun(word);
        if (kind != NamedThing::Nobody) {
            if (i + 1 == tokens.size()) return kind;
            const std::string_view next = tokens[i + 1].text;
            const bool ends = next == "," || next == "." || next == ";" || next == ")" ||
                              std::find(kEndings.begin(), kEndings.end(), next) != kEndings.end();
            return ends ? kind : NamedThing::Nobody;
        }
        // A modifier is no determiner or preposition: "a member of the band".
        static constexpr std::array<std::string_view, 14> kFunctionWords = {
            "of",  "the",  "a",  "an", "in", "for",  "to",
            "and", "with", "on", "at", "by", "from", "or"};
        if (std::find(kFunctionWords.begin(), kFunctionWords.end(), ascii_lower(word)) !=
                kFunctionWords.end() ||
            std::find(kDeterminers.begin(), kDeterminers.end(), word) != kDeterminers.end())
            return NamedThing::Nobody;
    }
    return NamedThing::Nobody;
}

bool in_outlet_context(std::span<const Token> tokens, std::size_t first, std::size_t last,
                       bool starts_with_given_name) {
    static constexpr std::array<std::string_view, 8> kAfter = {
        "reported",      "reports",        "reporter",   "reporters",
        "correspondent", "correspondents", "journalist", "journalists"};
    if (last < tokens.size() &&
        std::find(kAfter.begin(), kAfter.end(), tokens[last].text) != kAfter.end())
        return true;
    if (first == 0 || starts_with_given_name) return false;
    const std::string before = detail::ascii_lower(tokens[first - 1].text);
    if (before == "told") return true;
    static constexpr std::array<std::string_view, 7> kToWords = {
        "speaking", "spoke", "talking", "talked", "contributed", "contributes", "contributing"};
    return before == "to" && first >= 2 &&
           std::find(kToWords.begin(), kToWords.end(),
                     detail::ascii_lower(tokens[first - 2].text)) != kToWords.end();
}

}  // namespace dateline::extractor::detail
