#include "dateline/extractor/organisation_names.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "dateline/schema/entity.hpp"
#include "entity_words.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

using detail::contains;

// Lower case without periods ("L.P." -> "lp", "Corp." -> "corp").
std::string lower_no_period(std::string_view word) {
    std::string lower = detail::ascii_lower(word);
    std::erase(lower, '.');
    return lower;
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
    static constexpr std::array<std::string_view, 55> kHeads = {
        "Administration", "Association", "Hospital",     "University",   "College",    "School",
        "Institute",      "Foundation",  "Party",        "Bank",         "Commission", "Committee",
        "Council",        "Agency",      "Department",   "Ministry",     "Authority",  "Board",
        "Court",          "Corporation", "Company",      "Group",        "Holdings",   "Partners",
        "Securities",     "Industries",  "Enterprises",  "Brothers",     "Trust",      "Fund",
        "Union",          "Federation",  "Organisation", "Organization", "Society",    "Club",
        "Church",         "Army",        "Police",       "Airlines",     "Airways",    "Motors",
        "Systems",        "Media",       "Office",       "Bureau",       "Center",     "Centre",
        "Observatory",    "Laboratory",  "Museum",       "Library",      "Academy",    "League",
        "Service"};
    return contains(kHeads, word);
}

bool is_club_word(std::string_view word) {
    static constexpr std::array<std::string_view, 10> kWords = {
        "United", "Utd",     "Rovers",  "Wanderers", "Athletic",
        "Albion", "Hotspur", "Rangers", "FC",        "AFC"};
    return contains(kWords, word);
}

bool is_institution_word(std::string_view word) {
    // Bodies wire copy names by one word that is also an ordinary noun: the
    // rule for ordinary words (entity_finder.cpp) must not take them.
    static constexpr std::array<std::string_view, 11> kWords = {
        "House", "Senate",  "Congress", "Treasury",   "Labour",    "Labor",
        "Fed",   "Cabinet", "Pentagon", "Government", "Parliament"};
    return contains(kWords, word);
}

bool is_money_word(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kWords = {
        "dlr",  "dlrs",  "dollar", "dollars", "currency", "currencies",
        "rate", "rates", "yen",    "stg",     "cents",    "cts"};
    return contains(kWords, lower_no_period(word));
}

bool is_office_word(std::string_view word) {
    static constexpr std::array<std::string_view, 24> kOffices = {
        "Member",     "Leader",     "Manager",        "Minister",   "CEO",          "Chairman",
        "Chairwoman", "Secretary",  "President",      "Director",   "Spokesman",    "Spokeswoman",
        "Governor",   "Officer",    "Representative", "Ambassador", "Commissioner", "Mayor",
        "Speaker",    "Chancellor", "Chief",          "Premier",    "Adviser",      "Advisor"};
    return contains(kOffices, word);
}

bool is_law_word(std::string_view word) {
    static constexpr std::array<std::string_view, 9> kWords = {
        "Act", "Bill", "Amendment", "Section", "Treaty", "Accord", "Agreement", "Pact", "Deal"};
    return contains(kWords, word);
}

bool is_generic_court(std::span<const Token> words) {
    std::string name;
    for (const Token& word : words) {
        if (!name.empty()) name += ' ';
        name += word.text;
    }
    static constexpr std::array<std::string_view, 5> kCourts = {
        "Court of Appeals", "Court of Appeal", "Appeals Court", "District Court", "Circuit Court"};
    return contains(kCourts, std::string_view(name));
}

bool is_programme_word(std::string_view word) {
    return word == "Program" || word == "Programme" || word == "Scheme";
}

bool names_world_body(std::span<const Token> words) {
    if (words.empty()) return false;
    const std::string_view first = words.front().text;
    return first == "World" || first == "UN" || first == "U.N." ||
           (first == "United" && words.size() > 1 && words[1].text == "Nations");
}

bool is_term_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 30> kTerms = {
        "utc", "gmt", "est", "edt", "cst", "cdt", "pst",   "pdt", "cet",  "bst",
        "jst", "ist", "phd", "mba", "msc", "bsc", "llb",   "dna", "rna",  "id",
        "gdp", "gnp", "cpi", "ipo", "mph", "kmh", "covid", "hiv", "aids", "sars"};
    const std::string lower = lower_no_period(word);
    return contains(kTerms, lower) || (lower.size() > 4 && lower.ends_with("ibor"));
}

bool is_roman_numeral(std::string_view word) {
    return word.size() >= 2 && std::all_of(word.begin(), word.end(),
                                           [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

std::string_view plural_acronym(std::string_view word) {
    if (word.size() < 3 || word.back() != 's') return {};
    const std::string_view stem = word.substr(0, word.size() - 1);
    return std::all_of(stem.begin(), stem.end(), detail::is_ascii_upper) ? stem
                                                                         : std::string_view{};
}

namespace {

bool is_acronym(std::string_view word) {
    constexpr std::size_t kMinLetters = 2;
    constexpr std::size_t kMaxLetters = 8;
    return word.size() >= kMinLetters && word.size() <= kMaxLetters &&
           std::all_of(word.begin(), word.end(), detail::is_ascii_upper);
}

bool is_open_bracket(std::string_view word) { return word == "(" || word == "["; }
bool is_close_bracket(std::string_view word) { return word == ")" || word == "]"; }

// Words a long form skips in its acronym ("Bank of England", BoE).
bool is_initials_skip(std::string_view word) {
    static constexpr std::array<std::string_view, 7> kWords = {"of", "and", "the", "for",
                                                               "&",  "in",  "on"};
    return contains(kWords, word);
}

bool starts_with_letter(std::string_view word) {
    return !word.empty() &&
           (detail::is_ascii_upper(word.front()) || detail::is_ascii_lower(word.front()));
}

// Whether the initials of `words` spell `acronym`, the skipped words' aside
// ("BOE", Bank of England) or not ("EOL", End of Life).
bool spells(std::span<const Token> words, std::string_view acronym) {
    std::string letters;
    std::string all_letters;
    for (const Token& word : words) {
        const std::string initial = detail::ascii_lower(word.text.substr(0, 1));
        all_letters += initial;
        if (!is_initials_skip(word.text)) letters += initial;
    }
    const std::string lower = detail::ascii_lower(acronym);
    return letters == lower || all_letters == lower;
}

}  // namespace

std::vector<AcronymDefinition> acronym_definitions(std::span<const Token> tokens) {
    constexpr std::size_t kMaxWords = 12;
    std::vector<AcronymDefinition> out;
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        // "Long Form (LF)": capitalised words back from the bracket.
        if (is_open_bracket(tokens[i].text) && is_acronym(tokens[i + 1].text) &&
            is_close_bracket(tokens[i + 2].text)) {
            const std::string_view acronym = tokens[i + 1].text;
            for (std::size_t first = i; first-- > 0 && i - first <= kMaxWords;) {
                const std::string_view word = tokens[first].text;
                const bool capitalised = !word.empty() && detail::is_ascii_upper(word.front());
                if (!capitalised && !is_initials_skip(word)) break;
                if (capitalised && spells(tokens.subspan(first, i - first), acronym)) {
                    out.push_back({i + 1, {first, i}, false});
                    break;
                }
            }
            continue;
        }
        // "LF (long form)": words up to the closing bracket or a comma.
        if (is_acronym(tokens[i].text) && is_open_bracket(tokens[i + 1].text)) {
            std::size_t last = i + 2;
            while (last < tokens.size() && last - (i + 2) <= kMaxWords &&
                   (starts_with_letter(tokens[last].text) || tokens[last].text == "&"))
                ++last;
            if (last == i + 2 || last >= tokens.size() ||
                !(is_close_bracket(tokens[last].text) || tokens[last].text == ","))
                continue;
            const auto expansion = tokens.subspan(i + 2, last - (i + 2));
            if (!is_initials_skip(expansion.front().text) && spells(expansion, tokens[i].text))
                out.push_back({i, {i + 2, last}, true});
        }
    }
    return out;
}

const schema::PlaceIdentityRow* country_of_words(std::span<const Token> words) {
    if (words.empty()) return nullptr;
    std::string name;
    for (const Token& word : words) {
        if (word.text.empty() || !detail::is_ascii_upper(word.text.front())) return nullptr;
        if (!name.empty()) name += ' ';
        name += word.text;
    }
    const auto* row = schema::find_place_identity(schema::canonical_key(name));
    if (row == nullptr || (row->kind != schema::PlaceIdentityKind::Country &&
                           row->kind != schema::PlaceIdentityKind::Historical))
        return nullptr;
    return row;
}

namespace {

std::string join_words(std::span<const Token> words) {
    std::string out;
    for (const Token& word : words) {
        if (!out.empty()) out += ' ';
        out += word.text;
    }
    return out;
}

bool is_possessive(std::string_view word) { return word == "'s" || word == "\xE2\x80\x99s"; }

// The institution of `words` (no country left in them), "" when they are no
// generic institution.
std::string generic_institution(std::span<const Token> words) {
    if (words.empty()) return {};
    const std::string name = join_words(words);
    // Exact names: armed forces, central banks, legislatures, governments.
    static constexpr std::array<std::string_view, 15> kNames = {"Army",
                                                                "Navy",
                                                                "Air Force",
                                                                "Coast Guard",
                                                                "Armed Forces",
                                                                "Central Bank",
                                                                "Reserve Bank",
                                                                "National Bank",
                                                                "National Assembly",
                                                                "Legislative Assembly",
                                                                "Legislature",
                                                                "Cabinet",
                                                                "Government",
                                                                "Military",
                                                                "Parliament"};
    if (contains(kNames, std::string_view(name))) return name;
    // A ministry: "Finance Ministry", "Ministry of Foreign Affairs" (read
    // "Foreign Affairs Ministry", the form most wire copy uses).
    const auto capitalised = [](const Token& word) {
        return !word.text.empty() &&
               (detail::is_ascii_upper(word.text.front()) || word.text == "of" ||
                word.text == "and" || word.text == "for" || word.text == "&");
    };
    if (std::all_of(words.begin(), words.end(), capitalised) && words.size() >= 2) {
        if (words.back().text == "Ministry" && words.front().text != "Ministry") return name;
        if (words.front().text == "Ministry" && words[1].text == "of" && words.size() >= 3 &&
            words.back().text != "Ministry")
            return join_words(words.subspan(2)) + " Ministry";
    }
    // A statistics office: only generic words, one of them "Statistics".
    static constexpr std::array<std::string_view, 15> kStatisticsWords = {
        "Central",    "National",    "Federal",   "State",   "General",
        "Statistics", "Statistical", "Bureau",    "Office",  "Institute",
        "Agency",     "Authority",   "Committee", "Service", "of"};
    const bool statistics = std::any_of(words.begin(), words.end(), [](const Token& w) {
        return w.text == "Statistics" || w.text == "Statistical";
    });
    const bool head = std::any_of(words.begin(), words.end(), [](const Token& w) {
        return w.text == "Bureau" || w.text == "Office" || w.text == "Institute" ||
               w.text == "Agency" || w.text == "Authority" || w.text == "Committee" ||
               w.text == "Service";
    });
    if (statistics && head && std::all_of(words.begin(), words.end(), [](const Token& w) {
            return contains(kStatisticsWords, w.text);
        }))
        return name;
    return {};
}

}  // namespace

std::optional<CountryRelativeName> country_relative_name(std::span<const Token> words) {
    if (words.empty()) return std::nullopt;
    // A country first: "Japanese Finance Ministry", "West German", "U.S.
    // Army", "Japan's Finance Ministry".
    constexpr std::size_t kMaxCountryWords = 3;
    for (std::size_t n = std::min(kMaxCountryWords, words.size() - 1); n >= 1; --n) {
        const auto* country = country_of_words(words.first(n));
        if (country == nullptr) continue;
        std::size_t rest = n;
        if (rest < words.size() && is_possessive(words[rest].text)) ++rest;
        if (std::string institution = generic_institution(words.subspan(rest));
            !institution.empty())
            return CountryRelativeName{std::move(institution), country};
        return std::nullopt;  // "Irish Republican Army": a name of its own
    }
    // A country last after "of": "Central Bank of Brazil".
    for (std::size_t of = 1; of + 1 < words.size(); ++of) {
        if (words[of].text != "of") continue;
        const auto* country = country_of_words(words.subspan(of + 1));
        if (country == nullptr) continue;
        if (std::string institution = generic_institution(words.first(of)); !institution.empty())
            return CountryRelativeName{std::move(institution), country};
        return std::nullopt;
    }
    // Without a country.
    if (std::string institution = generic_institution(words); !institution.empty())
        return CountryRelativeName{std::move(institution), nullptr};
    return std::nullopt;
}

schema::Entity country_institution(std::string_view institution,
                                   const schema::PlaceIdentityRow& country) {
    return schema::entity_from_name(std::string(institution) + " (" + std::string(country.name) +
                                    ")");
}

std::string_view name_head(std::span<const Token> words) {
    if (words.empty()) return {};
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        if (words[i].text == "of") return words[i - 1].text;
    }
    return words.back().text;
}

bool names_facility(std::span<const Token> words) {
    // Not "Tower": the Watch Tower Society.
    static constexpr std::array<std::string_view, 11> kHeads = {
        "Hall",    "Stadium", "Arena",    "Airport",  "Room",      "Complex",
        "Station", "Palace",  "Building", "Terminal", "Auditorium"};
    const std::string_view head = name_head(words);
    if (contains(kHeads, head)) return true;
    // "Center" alone heads institutions ("National Hurricane Center"); after
    // a word of a venue or a site it is the site.
    static constexpr std::array<std::string_view, 9> kSiteWords = {
        "Convention", "Conference", "Exhibition", "Shopping", "Trade",
        "Space",      "Sports",     "Civic",      "Events"};
    if (words.size() >= 2 && (head == "Center" || head == "Centre")) {
        for (std::size_t i = 1; i < words.size(); ++i) {
            if (words[i].text == head) return contains(kSiteWords, words[i - 1].text);
        }
    }
    return false;
}

bool is_admin_unit_word(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kWords = {
        "County", "District",    "Division", "Province", "Prefecture", "Region",
        "Oblast", "Governorate", "Borough",  "Township", "Canton",     "Municipality"};
    return contains(kWords, word);
}

bool is_place_unit_before_of(std::string_view word) {
    static constexpr std::array<std::string_view, 13> kWords = {
        "district", "city",       "town",         "village", "county",       "province", "state",
        "region",   "electorate", "constituency", "borough", "municipality", "parish"};
    return contains(kWords, word);
}

bool is_event_word(std::string_view word) {
    // Not "Marathon": First Marathon, Marathon Oil.
    static constexpr std::array<std::string_view, 15> kWords = {
        "Festival", "Games",  "Cup",          "Award",         "Awards",
        "Prize",    "Prizes", "Championship", "Championships", "Olympics",
        "Medal",    "Trophy", "Tournament",   "Expo",          "Olympiad"};
    return contains(kWords, word);
}

bool is_licence_word(std::string_view word) { return word == "License" || word == "Licence"; }

bool names_continent(std::span<const Token> words) {
    if (words.empty()) return false;
    static constexpr std::array<std::string_view, 9> kContinents = {
        "Europe",  "Asia",        "Africa",  "America",   "Americas",
        "Oceania", "Australasia", "Eurasia", "Antarctica"};
    if (!contains(kContinents, words.back().text)) return false;
    // Before it only compass words, "Latin" or "Sub-Saharan": "Western
    // Europe", "Southeast Asia", "Latin America", "North America".
    static constexpr std::array<std::string_view, 16> kParts = {
        "North",     "South",   "East",        "West",      "Central",   "Northern",
        "Southern",  "Eastern", "Western",     "Northeast", "Northwest", "Southeast",
        "Southwest", "Latin",   "Sub-Saharan", "Middle"};
    const bool parts = std::all_of(words.begin(), words.end() - 1,
                                   [](const Token& w) { return contains(kParts, w.text); });
    // "America" alone is the United States in news copy, not a continent.
    return parts && !(words.size() == 1 && words.back().text == "America");
}

bool inside_exchange_ticker(std::string_view text, std::size_t begin, std::size_t end) {
    const auto ticker_char = [](char c) {
        return detail::is_ascii_upper(c) || detail::is_ascii_digit(c) || c == '.' || c == '&' ||
               c == '-';
    };
    if (end > text.size()) return false;
    // The tokenizer may keep the closing '>' on the suffix ("MI>").
    while (end > begin && text[end - 1] == '>') --end;
    if (begin >= end) return false;
    std::size_t open = begin;
    while (open > 0 && ticker_char(text[open - 1])) --open;
    std::size_t close = end;
    while (close < text.size() && ticker_char(text[close])) ++close;
    if (open == 0 || close >= text.size()) return false;
    if ((text[open - 1] != '<' && text[open - 1] != '(') || text[close] != '>') return false;
    const std::string_view inside = text.substr(open, close - open);
    return inside.find('.') != std::string_view::npos &&
           std::all_of(inside.begin(), inside.end(), ticker_char);
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
    // "Moody's": the tagger read the possessive as part of a one-word name.
    if (range.last - range.first == 2 &&
        (words[range.last - 1].text == "'s" || words[range.last - 1].text == "\xE2\x80\x99s") &&
        !words[range.first].text.empty() && detail::is_ascii_upper(words[range.first].text[0]) &&
        !is_company_form(words[range.first].text))
        return range;
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
