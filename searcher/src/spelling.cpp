#include "dateline/searcher/spelling.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/text_folding.hpp"
#include "dateline/searcher/query_syntax.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

constexpr std::array<std::string_view, 6> kOperators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};

bool is_operator(std::string_view word) {
    return std::find(kOperators.begin(), kOperators.end(), word) != kOperators.end();
}

std::vector<unsigned> code_points(std::string_view text) {
    std::vector<unsigned> result;
    for (Xapian::Utf8Iterator it(text.data(), text.size()), end; it != end; ++it) {
        result.push_back(*it);
    }
    return result;
}

// Edits allowed for a word of `length` characters.
std::size_t max_edits(std::size_t length) {
    if (length < 3) return 0;
    return length <= 5 ? 1 : 2;
}

// Whether a word in `word_articles` articles may be replaced by one in
// `suggestion_articles`.
bool worth_replacing(Xapian::doccount word_articles, Xapian::doccount suggestion_articles) {
    if (suggestion_articles == 0) return false;
    if (word_articles == 0) return true;
    return word_articles == 1 && suggestion_articles >= kDominance;
}

// `suggestion` written in the case pattern of `typed`: "Volckr" ->
// "Volcker", "OPCE" -> "OPEC" (case decides stemming: a capitalised word is
// matched exactly).
std::string in_case_of(std::string_view typed, const std::string& suggestion) {
    const std::vector<unsigned> typed_chars = code_points(typed);
    const auto is_upper = [](unsigned ch) {
        return Xapian::Unicode::toupper(ch) == ch && Xapian::Unicode::tolower(ch) != ch;
    };
    const bool first_upper = !typed_chars.empty() && is_upper(typed_chars.front());
    const bool all_upper =
        typed_chars.size() > 1 && std::all_of(typed_chars.begin(), typed_chars.end(), is_upper);
    std::string result;
    bool first = true;
    for (const unsigned ch : code_points(suggestion)) {
        const bool upper = all_upper || (first && first_upper);
        Xapian::Unicode::append_utf8(result, upper ? Xapian::Unicode::toupper(ch) : ch);
        first = false;
    }
    return result;
}

// A correction for the free-text word `typed`, or empty.
std::string correct_word(std::string_view typed, const Xapian::Database& database,
                         const Xapian::Stem& stemmer) {
    if (is_operator(typed)) return {};
    // Terms are folded (text_folding.hpp): so is the word looked up.
    const std::string word = Xapian::Unicode::tolower(sc::fold_accents(typed));
    const std::size_t edits = max_edits(code_points(word).size());
    if (edits == 0) return {};
    const Xapian::doccount articles = database.get_termfreq(word);
    if (articles > 1) return {};
    const std::string candidate =
        database.get_spelling_suggestion(word, static_cast<unsigned>(edits));
    if (candidate.empty() || candidate == word) return {};
    if (stemmer(candidate) == stemmer(word)) return {};  // the same search
    if (!worth_replacing(articles, database.get_termfreq(candidate))) return {};
    std::string result = in_case_of(typed, candidate);
    return is_operator(result) ? std::string() : result;
}

// A correction for the value of an entity field whose term matches nothing:
// the nearest term under the same prefix (fewest edits, then most articles).
std::string correct_entity(const sc::FieldSpec& field, std::string_view value,
                           const Xapian::Database& database) {
    const std::string key = sc::canonical_key(value);
    const std::string prefix(field.prefix);
    const std::size_t edits = max_edits(code_points(key).size());
    if (key.empty() || edits == 0 || database.get_termfreq(prefix + key) > 0) return {};
    std::string best;
    std::size_t best_edits = edits + 1;
    Xapian::doccount best_articles = 0;
    for (auto it = database.allterms_begin(prefix), end = database.allterms_end(prefix); it != end;
         ++it) {
        const std::string full = *it;
        const std::string_view term = std::string_view(full).substr(prefix.size());
        const std::size_t distance = edit_distance(key, term, edits);
        if (distance > edits) continue;
        const Xapian::doccount articles = it.get_termfreq();
        if (distance < best_edits || (distance == best_edits && articles > best_articles)) {
            best = term;
            best_edits = distance;
            best_articles = articles;
        }
    }
    return best;
}

struct Replacement {
    QuerySpan where;
    std::string text;
};

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::vector<unsigned> s = code_points(a);
    const std::vector<unsigned> t = code_points(b);
    const std::size_t longer = std::max(s.size(), t.size());
    if (longer - std::min(s.size(), t.size()) > limit) return limit + 1;
    // Optimal string alignment: three rows of the Levenshtein table, plus
    // a swap of two neighbours as one edit.
    std::vector<std::size_t> before(t.size() + 1), previous(t.size() + 1), row(t.size() + 1);
    for (std::size_t j = 0; j <= t.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= s.size(); ++i) {
        row[0] = i;
        std::size_t row_min = row[0];
        for (std::size_t j = 1; j <= t.size(); ++j) {
            const std::size_t cost = s[i - 1] == t[j - 1] ? 0 : 1;
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
                row[j] = std::min(row[j], before[j - 2] + 1);
            }
            row_min = std::min(row_min, row[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return std::min(previous[t.size()], limit + 1);
}

std::string suggest_spelling(std::string_view query, const Xapian::Database& database,
                             const Xapian::Stem& stemmer) {
    const CheckedQuery checked = check_query_syntax(query);
    std::vector<Replacement> replacements;
    // Bytes of field names and boolean values: not free-text words.
    std::vector<bool> taken(query.size(), false);
    for (const FieldUse& use : checked.fields) {
        std::fill_n(taken.begin() + static_cast<std::ptrdiff_t>(use.name.offset), use.name.length,
                    true);
        std::fill_n(taken.begin() + static_cast<std::ptrdiff_t>(use.value.offset), use.value.length,
                    true);
        if (use.field->role == sc::FieldRole::Entity) {
            std::string value = correct_entity(*use.field, use.text, database);
            if (!value.empty()) replacements.push_back({use.value, std::move(value)});
        }
    }
    const char* const base = query.data();
    for (Xapian::Utf8Iterator it(query.data(), query.size()), end; it != end;) {
        const auto start = static_cast<std::size_t>(it.raw() - base);
        if (taken[start] || !Xapian::Unicode::is_wordchar(*it)) {
            ++it;
            continue;
        }
        bool digits = false;
        while (it != end && Xapian::Unicode::is_wordchar(*it)) {
            digits = digits ||
                     Xapian::Unicode::get_category(*it) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
            ++it;
        }
        const std::size_t stop =
            it == end ? query.size() : static_cast<std::size_t>(it.raw() - base);
        const bool wildcard = stop < query.size() && query[stop] == '*';
        if (digits || wildcard) continue;
        const std::string_view word = query.substr(start, stop - start);
        std::string corrected = correct_word(word, database, stemmer);
        if (!corrected.empty()) replacements.push_back({QuerySpan{start, word.size()}, corrected});
    }
    if (replacements.empty()) return {};
    std::sort(
        replacements.begin(), replacements.end(),
        [](const Replacement& a, const Replacement& b) { return a.where.offset < b.where.offset; });
    std::string suggestion;
    std::size_t copied = 0;
    for (const auto& replacement : replacements) {
        suggestion += query.substr(copied, replacement.where.offset - copied);
        suggestion += replacement.text;
        copied = replacement.where.offset + replacement.where.length;
    }
    suggestion += query.substr(copied);
    return suggestion;
}

}  // namespace dateline::searcher
