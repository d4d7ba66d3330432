#include "dateline/searcher/highlighter.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "dateline/extractor/sentence_splitter.hpp"
#include "dateline/extractor/tokenizer.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"
#include "dateline/schema/text_folding.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

constexpr std::string_view kStemMarker = "Z";  // Xapian's prefix for stemmed forms
constexpr std::string_view kOmitted = "\u2026";

bool starts_with_prefix_letter(std::string_view term) {
    return !term.empty() && term[0] >= 'A' && term[0] <= 'Z';
}

void add_unique(std::vector<std::string>& list, std::string item) {
    if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(std::move(item));
}

// The pattern of an OP_WILDCARD leaf. Xapian 1.4 has no accessor for it; its
// description is "Query(WILDCARD <combiner> <pattern>)".
std::string wildcard_pattern(const Xapian::Query& leaf) {
    const std::string description = leaf.get_description();
    constexpr std::string_view kTag = "WILDCARD ";
    const auto tag = description.find(kTag);
    if (tag == std::string::npos) return {};
    const auto space = description.find(' ', tag + kTag.size());
    if (space == std::string::npos || description.size() < space + 2) return {};
    return description.substr(space + 1, description.size() - space - 2);  // drop ")"
}

void collect_wildcards(const Xapian::Query& query, std::vector<std::string>& patterns) {
    if (query.get_type() == Xapian::Query::OP_WILDCARD) {
        add_unique(patterns, wildcard_pattern(query));
        return;
    }
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        collect_wildcards(query.get_subquery(i), patterns);
}

// A word of a text: its bytes, and its lower-cased, folded form as the
// indexer's TermGenerator made it a term.
struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string folded;
};

bool is_apostrophe(unsigned ch) { return ch == '\'' || ch == 0x2019; }

// The words of `text`: runs of word characters, an apostrophe between two of
// them kept inside ("O'Neill"), as Xapian's TermGenerator splits.
std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    const char* const base = text.data();
    const auto offset = [&](const Xapian::Utf8Iterator& it, const Xapian::Utf8Iterator& end) {
        return it == end ? text.size() : static_cast<std::size_t>(it.raw() - base);
    };
    Xapian::Utf8Iterator it(text.data(), text.size());
    const Xapian::Utf8Iterator end;
    while (it != end) {
        if (!Xapian::Unicode::is_wordchar(*it)) {
            ++it;
            continue;
        }
        Word word;
        word.begin = offset(it, end);
        while (it != end) {
            if (Xapian::Unicode::is_wordchar(*it)) {
                ++it;
                continue;
            }
            Xapian::Utf8Iterator next = it;
            ++next;
            if (is_apostrophe(*it) && next != end && Xapian::Unicode::is_wordchar(*next)) {
                it = next;
                continue;
            }
            break;
        }
        word.end = offset(it, end);
        word.folded = Xapian::Unicode::tolower(
            sc::fold_accents(text.substr(word.begin, word.end - word.begin)));
        words.push_back(std::move(word));
    }
    return words;
}

// A span of text and the words in it that are marked.
struct Marked {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::pair<std::size_t, std::size_t>> marks;  // byte ranges, in order
};

// Whitespace runs as one space: an extract is read as one line.
void append_collapsed(std::string& out, std::string_view text) {
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && !out.empty() && out.back() == ' ') continue;
        out += space ? ' ' : c;
    }
}

void append_part(Snippet& snippet, std::string_view text, bool highlighted) {
    std::string collapsed;
    if (!snippet.parts.empty() && !snippet.parts.back().text.empty() &&
        snippet.parts.back().text.back() == ' ') {
        collapsed = " ";  // so a run across parts collapses too
    }
    append_collapsed(collapsed, text);
    if (collapsed.starts_with(' ') && !snippet.parts.empty() &&
        snippet.parts.back().text.ends_with(' '))
        collapsed.erase(0, 1);
    if (collapsed.empty()) return;
    if (!snippet.parts.empty() && snippet.parts.back().highlighted == highlighted) {
        snippet.parts.back().text += collapsed;
    } else {
        snippet.parts.push_back(SnippetPart{std::move(collapsed), highlighted});
    }
}

Snippet render(std::string_view text, const Marked& marked, bool cut_start, bool cut_end) {
    Snippet snippet;
    if (cut_start) append_part(snippet, kOmitted, false);
    std::size_t at = marked.begin;
    for (std::size_t i = 0; i < marked.marks.size(); ++i) {
        auto [begin, end] = marked.marks[i];
        // Neighbouring marked words separated by blanks only read as one
        // highlight ("Paul Volcker").
        while (i + 1 < marked.marks.size() &&
               text.substr(end, marked.marks[i + 1].first - end).find_first_not_of(" \n\t\r") ==
                   std::string_view::npos) {
            end = marked.marks[++i].second;
        }
        append_part(snippet, text.substr(at, begin - at), false);
        append_part(snippet, text.substr(begin, end - begin), true);
        at = end;
    }
    append_part(snippet, text.substr(at, marked.end - at), false);
    if (cut_end) append_part(snippet, kOmitted, false);
    return snippet;
}

// Sentences of `body` as byte ranges.
std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view body) {
    const auto tokens = extractor::tokenize(body);
    std::vector<std::pair<std::size_t, std::size_t>> result;
    for (const auto& span : extractor::split_sentences(body, tokens)) {
        if (span.first < span.last)
            result.emplace_back(tokens[span.first].begin, tokens[span.last - 1].end);
    }
    return result;
}

// The words of `text` as the index has them.
std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> words;
    for (auto& word : split_words(text)) words.push_back(std::move(word.folded));
    return words;
}

// The names the filter `terms` of the entity field `field` select in this
// hit: every entity of the field whose terms include one, by the words of its
// name, and by its last word alone where single words name it (a person's
// surname); then the terms' own keys, which a code like "usa" may be written
// as.
void names_for(const sc::FieldSpec& field, const std::vector<std::string>& terms,
               const std::vector<sc::Entity>& entities,
               std::vector<std::vector<std::string>>& names) {
    if (terms.empty()) return;
    for (const auto& entity : entities) {
        const auto entity_terms = sc::entity_terms(field, entity);
        const bool selected = std::any_of(terms.begin(), terms.end(), [&](const std::string& t) {
            return std::find(entity_terms.begin(), entity_terms.end(), t) != entity_terms.end();
        });
        if (!selected) continue;
        std::vector<std::string> words = folded_words(entity.name);
        if (words.empty()) continue;
        if (field.entity_match == sc::EntityMatch::NameWords && words.size() > 1)
            names.push_back({words.back()});
        names.push_back(std::move(words));
    }
    for (const auto& term : terms) {
        auto words = folded_words(std::string_view(term).substr(field.prefix.size()));
        if (!words.empty()) names.push_back(std::move(words));
    }
}

}  // namespace

Highlighter::Highlighter(const Xapian::Query& query, const Xapian::Stem& stemmer)
    : stemmer_(stemmer) {
    const std::string title(sc::prefix::kTitle);
    const auto entity_fields = sc::entity_fields();
    entity_filters_.resize(entity_fields.size());
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
        const std::string whole = *it;
        std::string_view term = whole;
        const bool stemmed = term.starts_with(kStemMarker);
        if (stemmed) term.remove_prefix(kStemMarker.size());
        const auto entity_field = std::find_if(
            entity_fields.begin(), entity_fields.end(),
            [&](const sc::FieldSpec& field) { return term.starts_with(field.prefix); });
        if (!stemmed && entity_field != entity_fields.end()) {
            add_unique(
                entity_filters_[static_cast<std::size_t>(entity_field - entity_fields.begin())],
                whole);
        } else if (term.starts_with(title)) {
            term.remove_prefix(title.size());
            add_unique(stemmed ? title_stems_ : title_words_, std::string(term));
        } else if (!starts_with_prefix_letter(term)) {
            add_unique(stemmed ? stems_ : words_, std::string(term));
        }
    }
    std::vector<std::string> patterns;
    collect_wildcards(query, patterns);
    for (auto& pattern : patterns) {
        if (pattern.starts_with(title)) {
            add_unique(title_prefixes_, pattern.substr(title.size()));
        } else if (!starts_with_prefix_letter(pattern)) {
            add_unique(prefixes_, std::move(pattern));
        }
    }
}

bool Highlighter::matches(std::string_view folded_word, bool in_title) const {
    const auto has = [](const std::vector<std::string>& list, std::string_view item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    };
    const auto covered = [&](const std::vector<std::string>& prefixes) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [&](const std::string& p) { return folded_word.starts_with(p); });
    };
    if (has(words_, folded_word) || covered(prefixes_)) return true;
    if (in_title && (has(title_words_, folded_word) || covered(title_prefixes_))) return true;
    if (stems_.empty() && (!in_title || title_stems_.empty())) return false;
    const std::string stem = stemmer_(std::string(folded_word));
    return has(stems_, stem) || (in_title && has(title_stems_, stem));
}

Snippet Highlighter::mark_title(std::string_view title) const {
    Marked marked{0, title.size(), {}};
    for (const auto& word : split_words(title)) {
        if (matches(word.folded, true)) marked.marks.emplace_back(word.begin, word.end);
    }
    return render(title, marked, false, false);
}

Snippet Highlighter::extract(std::string_view body, std::size_t length,
                             const sc::EntityLists& entities) const {
    const auto spans = sentences(body);
    if (spans.empty()) return {};
    const std::vector<Word> words = split_words(body);

    // Which words are marked: the query's, or else the names its filters chose.
    std::vector<bool> marked(words.size(), false);
    std::vector<std::string> matched_as(words.size());  // what each marked word counts as
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (matches(words[i].folded, false)) {
            marked[i] = true;
            matched_as[i] = words[i].folded;
        }
    }
    if (std::find(marked.begin(), marked.end(), true) == marked.end()) {
        std::vector<std::vector<std::string>> names;
        const auto entity_fields = sc::entity_fields();
        for (std::size_t f = 0; f < entity_fields.size(); ++f) {
            names_for(entity_fields[f], entity_filters_[f], entities.entities(entity_fields[f]),
                      names);
        }
        for (std::size_t n = 0; n < names.size(); ++n) {
            const auto& name = names[n];
            for (std::size_t i = 0; i + name.size() <= words.size(); ++i) {
                bool all = true;
                for (std::size_t k = 0; k < name.size() && all; ++k)
                    all = words[i + k].folded == name[k];
                if (!all) continue;
                for (std::size_t k = 0; k < name.size(); ++k) {
                    marked[i + k] = true;
                    matched_as[i + k] = std::to_string(n);
                }
            }
        }
    }

    // The best sentence: most distinct matches, then most matches, then first.
    std::size_t best = 0;
    std::pair<std::size_t, std::size_t> best_score{0, 0};
    std::size_t w = 0;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        std::set<std::string> distinct;
        std::size_t count = 0;
        while (w < words.size() && words[w].begin < spans[s].second) {
            if (marked[w] && words[w].begin >= spans[s].first) {
                distinct.insert(matched_as[w]);
                ++count;
            }
            ++w;
        }
        const std::pair<std::size_t, std::size_t> score{distinct.size(), count};
        if (score > best_score) {
            best_score = score;
            best = s;
        }
    }

    // The window: the sentence, then the next ones while they fit.
    std::size_t begin = spans[best].first;
    std::size_t end = spans[best].second;
    for (std::size_t s = best + 1; s < spans.size() && spans[s].second - begin <= length; ++s)
        end = spans[s].second;
    if (end - begin > length) {
        // A long sentence: keep its first match in view, cut at words.
        std::size_t first_mark = begin;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (marked[i] && words[i].begin >= begin && words[i].end <= end) {
                first_mark = words[i].begin;
                break;
            }
        }
        if (first_mark - begin > length / 2) {
            for (const auto& word : words) {
                if (word.begin >= first_mark - length / 3) {
                    begin = word.begin;
                    break;
                }
            }
        }
        std::size_t cut = begin;
        for (const auto& word : words) {
            if (word.begin < begin) continue;
            if (word.end - begin > length) break;
            cut = word.end;
        }
        end = std::max(cut, std::min(end, begin + length));
    }
    Marked window{begin, end, {}};
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (marked[i] && words[i].begin >= begin && words[i].end <= end)
            window.marks.emplace_back(words[i].begin, words[i].end);
    }
    return render(body, window, begin > 0, end < body.find_last_not_of(" \n\t\r") + 1);
}

}  // namespace dateline::searcher
