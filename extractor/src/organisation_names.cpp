#include "dateline/extractor/organisation_names.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "utf8.hpp"

namespace dateline::extractor {

namespace {

// Lower case without periods ("L.P." -> "lp", "Corp." -> "corp").
std::string lower_no_period(std::string_view word) {
    std::string lower = detail::ascii_lower(word);
    std::erase(lower, '.');
    return lower;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_joiner(std::string_view word) { return word == "&" || word == "and" || word == ","; }

}  // namespace

bool is_company_form(std::string_view word) {
    static constexpr std::array<std::string_view, 24> kForms = {
        "inc", "corp", "corporation", "co", "cos",  "ltd", "limited", "plc",
        "ag",  "sa",   "nv",          "bv", "gmbh", "llc", "llp",     "lp",
        "spa", "ab",   "asa",         "oy", "kk",   "pty", "bhd",     "srl"};
    return contains(kForms, lower_no_period(word));
}

bool is_organisation_head(std::string_view word) {
    static constexpr std::array<std::string_view, 46> kHeads = {
        "Administration", "Association", "Hospital",     "University",   "College",    "School",
        "Institute",      "Foundation",  "Party",        "Bank",         "Commission", "Committee",
        "Council",        "Agency",      "Department",   "Ministry",     "Authority",  "Board",
        "Court",          "Corporation", "Company",      "Group",        "Holdings",   "Partners",
        "Securities",     "Industries",  "Enterprises",  "Brothers",     "Trust",      "Fund",
        "Union",          "Federation",  "Organisation", "Organization", "Society",    "Club",
        "Church",         "Army",        "Police",       "Airlines",     "Airways",    "Motors",
        "Systems",        "Media",       "Office",       "Bureau"};
    return contains(kHeads, word);
}

bool is_money_word(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kWords = {
        "dlr",  "dlrs",  "dollar", "dollars", "currency", "currencies",
        "rate", "rates", "yen",    "stg",     "cents",    "cts"};
    return contains(kWords, lower_no_period(word));
}

bool is_storm_word(std::string_view word) {
    static constexpr std::array<std::string_view, 5> kStorms = {"hurricane", "typhoon", "cyclone",
                                                                "storm", "tornado"};
    return contains(kStorms, detail::ascii_lower(word));
}

bool followed_by_company_form(std::span<const Token> after) {
    if (after.empty()) return false;
    if (is_company_form(after[0].text)) return true;
    // A partnership: "Smith Barney, Harris Upham and Co", "Alex. Brown and
    // Sons": partners' names, then "and"/"&" and a company form.
    constexpr std::size_t kMaxLookAhead = 6;
    for (std::size_t i = 0; i + 1 < after.size() && i < kMaxLookAhead; ++i) {
        const std::string_view word = after[i].text;
        if (word == "&" || word == "and") {
            return is_company_form(after[i + 1].text) || after[i + 1].text == "Sons";
        }
        const bool partner = word == "," || (!word.empty() && detail::is_ascii_upper(word[0]));
        if (!partner || (i == 0 && word != ",")) return false;
    }
    return false;
}

WordRange clean_org_words(std::span<const Token> words) {
    WordRange range{0, words.size()};
    const auto is_punct = [](std::string_view w) {
        return w == "'s" || w == "'" || w == "\xE2\x80\x99s" || w == "." || w == "," || w == "-" ||
               w == "\"";
    };
    if (range.last - range.first > 1 && detail::ascii_lower(words[range.first].text) == "the")
        ++range.first;
    // "Bear Stearns and Co", "Nomura Securities Co Ltd", "Standard and Poor's
    // Corp": forms, joiners and possessives off the end, while a name is left.
    while (range.last - range.first > 1 &&
           (is_punct(words[range.last - 1].text) || is_company_form(words[range.last - 1].text) ||
            is_joiner(words[range.last - 1].text))) {
        --range.last;
    }
    while (!range.empty() && is_punct(words[range.last - 1].text)) --range.last;
    return range;
}

}  // namespace dateline::extractor
