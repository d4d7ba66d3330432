#include "dateline/extractor/name_normalisation.hpp"

#include <algorithm>
#include <array>

#include "dateline/schema/entity.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

// Lower case, without a final period.
constexpr std::array<std::string_view, 76> kTitles = {
    "president",  "vice",      "prime",      "minister",   "premier",
    "chancellor", "secretary", "mr",         "mrs",        "ms",
    "miss",       "dr",        "prof",       "professor",  "sir",
    "dame",       "lord",      "lady",       "king",       "queen",
    "prince",     "princess",  "pope",       "sheikh",     "ayatollah",
    "gen",        "general",   "lt",         "lieutenant", "col",
    "colonel",    "maj",       "major",      "capt",       "captain",
    "cmdr",       "commander", "adm",        "admiral",    "sgt",
    "sergeant",   "sen",       "senator",    "rep",        "representative",
    "gov",        "governor",  "mayor",      "judge",      "justice",
    "chief",      "foreign",   "defence",    "defense",    "finance",
    "interior",   "deputy",    "former",     "late",       "rev",
    "reverend",   "father",    "brother",    "sister",     "cardinal",
    "archbishop", "bishop",    "rabbi",      "imam",       "emir",
    "sultan",     "chairman",  "chairwoman", "ceo",        "spokesman",
    "spokeswoman"};

std::string lower_no_period(std::string_view w) {
    std::string s = detail::ascii_lower(w);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

bool is_possessive_or_punct(std::string_view w) {
    if (w == "'s" || w == "'S" || w == "'" || w == "\xE2\x80\x99s" || w == "\xE2\x80\x99")
        return true;
    return std::none_of(w.begin(), w.end(), [](char c) {
        return detail::is_ascii_lower(c) || detail::is_ascii_upper(c) ||
               detail::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    });
}

WordRange trim_tail(std::span<const Token> words, WordRange r) {
    while (!r.empty() && is_possessive_or_punct(words[r.last - 1].text)) --r.last;
    while (!r.empty() && is_possessive_or_punct(words[r.first].text)) ++r.first;
    return r;
}

// Key of a name word without an Arabic article ("al-Muhandis" -> "muhandis").
std::string word_key(std::string_view word) {
    std::string key = schema::canonical_key(word);
    for (std::string_view article :
         {"al-", "el-", "ad-", "ash-", "as-", "at-", "ar-", "an-", "az-"}) {
        if (key.size() > article.size() + 1 && key.compare(0, article.size(), article) == 0) {
            return key.substr(article.size());
        }
    }
    return key;
}

std::vector<std::string> name_words(std::string_view name) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string_view::npos) end = name.size();
        if (end > start) words.push_back(word_key(name.substr(start, end - start)));
        start = end + 1;
    }
    return words;
}

}  // namespace

bool is_title_word(std::string_view word) {
    const std::string w = lower_no_period(word);
    return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

WordRange clean_person_words(std::span<const Token> words) {
    WordRange r = trim_tail(words, {0, words.size()});
    if (!r.empty() && lower_no_period(words[r.first].text) == "the") ++r.first;
    // Titles: drop while a word follows ("President Donald Trump"), and drop
    // a lone title completely ("President").
    while (!r.empty() && is_title_word(words[r.first].text)) ++r.first;
    return trim_tail(words, r);
}

WordRange clean_place_words(std::span<const Token> words) {
    WordRange r = trim_tail(words, {0, words.size()});
    if (r.last - r.first > 1 && lower_no_period(words[r.first].text) == "the") ++r.first;
    return trim_tail(words, r);
}

std::string title_case_if_all_caps(std::string_view name) {
    if (std::any_of(name.begin(), name.end(), [](char c) { return detail::is_ascii_lower(c); })) {
        return std::string(name);
    }
    std::string out(name);
    bool word_start = true;
    for (char& c : out) {
        if (detail::is_ascii_upper(c)) {
            if (!word_start) c = static_cast<char>(c - 'A' + 'a');
            word_start = false;
        } else if (detail::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80) {
            word_start = false;
        } else {
            word_start = c == ' ' || c == '-' || c == '(';
        }
    }
    return out;
}

namespace {

// Whether the words around a name on its line are in capitals too (or it has
// none): a headline or a text in capitals says nothing by its case, so its
// names are title-cased; in ordinary text, a name in capitals is written so
// ("BBC", "NATO", "GNU") and keeps them.
bool in_capitals_context(std::string_view text, std::span<const Token> tokens, WordRange range) {
    constexpr std::size_t kNeighbours = 3;  // words looked at on each side
    const auto has_letter = [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), [](char c) {
            return detail::is_ascii_lower(c) || detail::is_ascii_upper(c);
        });
    };
    const auto has_lower = [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), detail::is_ascii_lower);
    };
    // Tokens a and b (a before b) are on one line.
    const auto same_line = [&](std::size_t a, std::size_t b) {
        return text.substr(tokens[a].end, tokens[b].begin - tokens[a].end).find('\n') ==
               std::string_view::npos;
    };
    std::size_t seen = 0;
    for (std::size_t i = range.first; i > 0 && seen < kNeighbours && same_line(i - 1, i); --i) {
        if (!has_letter(tokens[i - 1].text)) continue;
        if (has_lower(tokens[i - 1].text)) return false;
        ++seen;
    }
    seen = 0;
    for (std::size_t i = range.last; i < tokens.size() && seen < kNeighbours && same_line(i - 1, i);
         ++i) {
        if (!has_letter(tokens[i].text)) continue;
        if (has_lower(tokens[i].text)) return false;
        ++seen;
    }
    return true;
}

}  // namespace

std::string display_name(std::string_view text, std::span<const Token> tokens, WordRange range) {
    if (range.empty()) return {};
    const std::string_view raw = text.substr(
        tokens[range.first].begin, tokens[range.last - 1].end - tokens[range.first].begin);
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < raw.size();) {
        const auto cp = detail::decode_utf8(raw, i);
        if (detail::is_space_cp(cp.value)) {
            space = true;
        } else {
            if (space && !out.empty()) out += ' ';
            space = false;
            out.append(raw.substr(i, cp.length));
        }
        i += cp.length;
    }
    return in_capitals_context(text, tokens, range) ? title_case_if_all_caps(out) : out;
}

std::vector<std::string> resolve_short_names(const std::vector<std::string>& names) {
    std::vector<std::string> distinct;
    for (const std::string& n : names) {
        if (std::find(distinct.begin(), distinct.end(), n) == distinct.end()) distinct.push_back(n);
    }
    std::vector<std::vector<std::string>> keys;
    keys.reserve(distinct.size());
    for (const std::string& n : distinct) keys.push_back(name_words(n));
    std::vector<std::string> out;
    out.reserve(names.size());
    for (const std::string& n : names) {
        const auto self = name_words(n);
        std::string resolved = n;
        for (std::size_t j = 0; j < distinct.size(); ++j) {
            const auto& longer = keys[j];
            if (longer.size() <= self.size() || self.empty()) continue;
            if (std::equal(self.begin(), self.end(),
                           longer.end() - static_cast<std::ptrdiff_t>(self.size()))) {
                resolved = distinct[j];
                break;
            }
        }
        // A lone first word ("Mustafa") resolves only to a single longer name
        // starting with it.
        if (resolved == n && self.size() == 1) {
            std::size_t matches = 0;
            for (std::size_t j = 0; j < distinct.size(); ++j) {
                if (keys[j].size() > 1 && keys[j].front() == self.front()) {
                    ++matches;
                    resolved = distinct[j];
                }
            }
            if (matches != 1) resolved = n;
        }
        out.push_back(std::move(resolved));
    }
    return out;
}

}  // namespace dateline::extractor
