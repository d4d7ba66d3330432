#include "dateline/indexer/reuters_codebook.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <span>
#include <vector>

#include "dateline/indexer/text_cleaning.hpp"

namespace dateline::indexer {

namespace {

char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::string lower_copy(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) out += to_lower(c);
    return out;
}

bool contains(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Words that are titles, offices or parts of an institution's name: they
// precede a person's name in the codebook but are not part of it.
constexpr auto kNotNameWords = std::to_array<std::string_view>({"president",
                                                                "minister",
                                                                "secretary",
                                                                "governor",
                                                                "chairman",
                                                                "chancellor",
                                                                "premier",
                                                                "mrs",
                                                                "mr",
                                                                "ms",
                                                                "dr",
                                                                "general",
                                                                "major-general",
                                                                "sheikh",
                                                                "hojatoleslam",
                                                                "ayatollah",
                                                                "leader",
                                                                "statesman",
                                                                "director",
                                                                "director-general",
                                                                "secretary-general",
                                                                "commissioner",
                                                                "treasurer",
                                                                "representative",
                                                                "head",
                                                                "speaker",
                                                                "king",
                                                                "prince",
                                                                "chief",
                                                                "deputy",
                                                                "economist",
                                                                "publisher",
                                                                "member",
                                                                "bank",
                                                                "board",
                                                                "agency",
                                                                "office",
                                                                "staff",
                                                                "state",
                                                                "party",
                                                                "council",
                                                                "policy",
                                                                "forestry",
                                                                "fund",
                                                                "association",
                                                                "commission",
                                                                "negotiations",
                                                                "affairs",
                                                                "food",
                                                                "privatisation",
                                                                "finance",
                                                                "economy",
                                                                "trade",
                                                                "industry",
                                                                "energy",
                                                                "agriculture",
                                                                "reserve",
                                                                "federal",
                                                                "executive",
                                                                "managing",
                                                                "elder",
                                                                "politburo"});

// Lower-case words that end a name when walking through the description.
constexpr auto kFunctionWords =
    std::to_array<std::string_view>({"of", "and", "the", "for", "who", "is", "also", "with", "a",
                                     "an", "in", "to", "on", "at", "former"});

// Lower-case name particles: part of a name, never capitalised, never first.
constexpr auto kParticles = std::to_array<std::string_view>(
    {"de", "la", "du", "del", "von", "van", "der", "da", "di", "le"});

// Codes written in capitals rather than as words.
constexpr auto kAcronyms =
    std::to_array<std::string_view>({"usa", "uk", "ussr", "uae", "us", "ec"});

struct Word {
    std::string text;  // as written, trailing ',' ';' ':' removed
    std::string fold;  // lower-case letters and digits only, for matching codes
    bool comma_after = false;
};

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    for (std::size_t i = 0; i < text.size();) {
        const auto end = std::min(text.find(' ', i), text.size());
        std::string_view raw = text.substr(i, end - i);
        i = end + 1;
        if (raw.empty()) continue;
        Word word;
        while (!raw.empty() && (raw.back() == ',' || raw.back() == ';' || raw.back() == ':')) {
            word.comma_after = true;
            raw.remove_suffix(1);
        }
        word.text = std::string(raw);
        for (const char c : raw) {
            if (is_lower(c) || is_upper(c) || (c >= '0' && c <= '9')) word.fold += to_lower(c);
        }
        words.push_back(std::move(word));
    }
    return words;
}

// Removes "(...)" groups, nested ones included: they hold asides such as
// "(former)", "(Bank of France)" or "(Bob)" that interrupt the name.
std::string without_parentheses(std::string_view text) {
    std::string out;
    int depth = 0;
    for (const char c : text) {
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth > 0) --depth;
            out += ' ';
        } else if (depth == 0) {
            out += c;
        }
    }
    return out;
}

bool is_not_name(const Word& word) {
    return contains(kNotNameWords, lower_copy(word.text)) || contains(kFunctionWords, word.text);
}

bool is_particle(const Word& word) { return contains(kParticles, word.text); }

// Capitalises a word written in lower case by mistake ("Youssri mustapha"),
// but not particles ("de") nor Arabic articles ("al-Razaz").
std::string display_word(const Word& word) {
    std::string text = word.text;
    if (is_particle(word) || text.starts_with("al-") || text.starts_with("el-")) return text;
    if (!text.empty()) text[0] = to_upper(text[0]);
    return text;
}

// Finds the words [first, last) that spell the code ("JAMES-BAKER" ->
// "James Baker", "O-KENNEDY" -> "O'Kennedy"). The first match wins: a later
// one is part of a description ("Alan Bond, chairman of Bond Corp Ltd").
std::optional<std::pair<std::size_t, std::size_t>> find_code(const std::vector<Word>& words,
                                                             std::string_view code) {
    std::string target;
    for (const char c : code) {
        if (c != '-') target += to_lower(c);
    }
    for (std::size_t first = 0; first < words.size(); ++first) {
        std::string spelled;
        for (std::size_t last = first; last < words.size(); ++last) {
            spelled += words[last].fold;
            if (spelled == target) return std::pair{first, last + 1};
            if (spelled.size() >= target.size() ||
                target.compare(0, spelled.size(), spelled) != 0) {
                break;
            }
        }
    }
    // The description may misspell the rest of the code ("Vera La Rose" for
    // VERA-LA-ROSA): anchor on its first part.
    const std::string first_part = lower_copy(code.substr(0, code.find('-')));
    for (std::size_t first = 0; first < words.size(); ++first) {
        if (words[first].fold == first_part) return std::pair{first, first + 1};
    }
    return std::nullopt;
}

// The person's full name from one codebook entry, without the offices and
// titles around it: "Treasury Secretary James Baker" -> "James Baker".
std::string person_from_description(std::string_view description, std::string_view code) {
    const auto words = split_words(collapse_whitespace(without_parentheses(description)));
    const auto found = find_code(words, code);
    if (!found) return readable_code(lower_copy(code));
    auto [first, last] = *found;
    // Surnames the code leaves out ("Gustavo Saberbein Chevalier").
    while (last < words.size() && !words[last - 1].comma_after && !is_not_name(words[last]) &&
           !is_particle(words[last]) && !words[last].text.empty() &&
           is_upper(words[last].text[0])) {
        ++last;
    }
    // Given names before the code: at most two (not counting particles); a
    // word right after "of"/"and" belongs to an institution ("of Pemex").
    std::size_t given = 0;
    while (first > 0 && given < 2) {
        const Word& candidate = words[first - 1];
        if (candidate.comma_after || is_not_name(candidate)) break;
        if (first >= 2 && contains(kFunctionWords, words[first - 2].text)) break;
        if (!is_particle(candidate)) ++given;
        --first;
    }
    while (first < last && is_particle(words[first]) && last - first > 1) ++first;
    std::string name;
    for (std::size_t i = first; i < last; ++i) {
        if (!name.empty()) name += ' ';
        name += display_word(words[i]);
    }
    return name;
}

// The "(CODE)" that ends an entry, or empty.
std::string_view trailing_code(std::string_view entry) {
    while (!entry.empty() && (entry.back() == ' ' || entry.back() == '\t')) entry.remove_suffix(1);
    if (entry.empty() || entry.back() != ')') return {};
    const auto open = entry.rfind('(');
    if (open == std::string_view::npos) return {};
    const std::string_view code = entry.substr(open + 1, entry.size() - open - 2);
    const bool valid = !code.empty() && std::all_of(code.begin(), code.end(),
                                                    [](char c) { return is_upper(c) || c == '-'; });
    return valid ? code : std::string_view{};
}

// The "Name (CODE)@*" entries of the section under `heading` (organisations,
// exchanges), by lower-case code. An entry may run over several lines.
void read_named_codes(std::string_view text, std::string_view heading,
                      std::unordered_map<std::string, std::string>& names) {
    const auto section = text.find(heading);
    if (section == std::string_view::npos) return;
    text.remove_prefix(section);
    text = text.substr(0, text.find("@end[format]"));
    text.remove_prefix(std::min(text.find('\n'), text.size()));
    constexpr std::string_view kLineBreak = "@*";
    std::string entry;
    while (!text.empty()) {
        const auto end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        if (line.starts_with("@begin")) continue;
        const bool last_line = line.find(kLineBreak) != std::string_view::npos;
        line = line.substr(0, line.find(kLineBreak));
        if (!entry.empty()) entry += ' ';
        entry += line;
        if (!last_line) continue;
        if (const auto code = trailing_code(entry); !code.empty()) {
            std::string name = collapse_whitespace(entry.substr(0, entry.rfind('(')));
            // "Grupo de Paises ... [Group of Latin American ...]": the
            // English name the brackets give.
            if (const auto open = name.find('['); open != std::string::npos) {
                const auto close = name.find(']', open);
                if (close != std::string::npos) name = name.substr(open + 1, close - open - 1);
            }
            names.insert_or_assign(lower_copy(code), collapse_whitespace(name));
        }
        entry.clear();
    }
}

}  // namespace

ReutersCodebook ReutersCodebook::parse(std::string_view text) {
    ReutersCodebook book;
    read_named_codes(text, "@heading[Organization Codes", book.orgs_);
    read_named_codes(text, "@heading[Exchange Codes", book.orgs_);
    const auto section = text.find("@heading[People Codes");
    if (section == std::string_view::npos) return book;
    text.remove_prefix(section);
    text.remove_prefix(std::min(text.find('\n'), text.size()));

    // An entry is a run of lines ending in "(CODE)"; blank lines and
    // @-commands separate entries (and drop country headings such as
    // "Argentina" that precede an @begin).
    std::string entry;
    while (!text.empty()) {
        const auto end = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos) {
            entry.clear();
            continue;
        }
        if (line[first] == '@') {
            if (line.substr(first).starts_with("@heading")) break;
            entry.clear();
            continue;
        }
        entry += ' ';
        entry += line;
        if (const auto code = trailing_code(entry); !code.empty()) {
            const std::string_view description(entry.data(), entry.rfind('('));
            book.people_.insert_or_assign(lower_copy(code),
                                          person_from_description(description, code));
            entry.clear();
        }
    }
    return book;
}

std::optional<ReutersCodebook> ReutersCodebook::load(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return std::nullopt;
    return parse(to_valid_utf8(text));
}

std::string ReutersCodebook::person_name(std::string_view code) const {
    if (const auto it = people_.find(std::string(code)); it != people_.end()) return it->second;
    return readable_code(code);
}

std::string ReutersCodebook::place_name(std::string_view code) const { return readable_code(code); }

std::string ReutersCodebook::org_name(std::string_view code) const {
    if (const auto it = orgs_.find(std::string(code)); it != orgs_.end()) return it->second;
    return readable_code(code);
}

std::string readable_code(std::string_view code) {
    std::string out;
    for (std::size_t i = 0; i <= code.size();) {
        const auto end = std::min(code.find('-', i), code.size());
        const std::string word = lower_copy(code.substr(i, end - i));
        i = end + 1;
        if (word.empty()) continue;
        if (!out.empty()) out += ' ';
        const bool has_vowel = word.find_first_of("aeiouy") != std::string::npos;
        if (contains(kAcronyms, word) || (!has_vowel && word.size() <= 4)) {
            for (const char c : word) out += to_upper(c);
        } else {
            out += to_upper(word[0]);
            out += word.substr(1);
        }
    }
    return out;
}

}  // namespace dateline::indexer
