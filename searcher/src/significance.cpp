#include "dateline/searcher/significance.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

// The stemmed-term prefix of schema::text::kIndexStemming (Xapian's "Z").
constexpr char kStemPrefix = 'Z';

// Prefixed terms start with an ASCII capital letter; words never do (the
// term generator lower-cases them).
bool is_prefixed(std::string_view term) {
    return !term.empty() && term.front() >= 'A' && term.front() <= 'Z';
}

bool has_letter(std::string_view word) {
    // Any byte of a multi-byte UTF-8 character counts: non-Latin words are words.
    return std::any_of(word.begin(), word.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x80 || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
    });
}

std::set<std::string> query_terms(const Xapian::Query& query) {
    return {query.get_terms_begin(), query.get_terms_end()};
}

void rank(Significance& result, std::size_t limit) {
    auto& values = result.values;
    std::sort(values.begin(), values.end(),
              [](const SignificantValue& a, const SignificantValue& b) {
                  if (a.score != b.score) return a.score > b.score;
                  return a.key < b.key;
              });
    if (values.size() > limit) values.resize(limit);
}

// Whether the query filters on this entity (by any of the terms that find it).
bool named_by_query(const sc::Entity& entity, const sc::FieldSpec& field,
                    const std::set<std::string>& terms) {
    const auto entity_terms = sc::entity_terms(field, entity);
    return std::any_of(entity_terms.begin(), entity_terms.end(),
                       [&](const std::string& term) { return terms.contains(term); });
}

// The word of the archive's vocabulary that `stemmer` turns into `stem` and
// that most articles use ("japanes" -> "japanese", "compani" -> "company");
// the stem itself when none is found. Stemmers cut or change the end of a
// word, so the candidates share the stem's beginning; the scan is bounded so
// a short stem does not walk the whole vocabulary.
std::string word_for_stem(const Xapian::Database& database, const Xapian::Stem& stemmer,
                          const std::string& stem) {
    constexpr std::size_t kMaxCandidates = 500;
    const std::string start = stem.size() > 3 ? stem.substr(0, stem.size() - 1) : stem;
    std::string best = stem;
    Xapian::doccount best_count = 0;
    std::size_t seen = 0;
    for (auto it = database.allterms_begin(start);
         it != database.allterms_end(start) && seen < kMaxCandidates; ++it, ++seen) {
        const std::string word = *it;
        const Xapian::doccount count = it.get_termfreq();
        if (count > best_count && stemmer(word) == stem) {
            best = word;
            best_count = count;
        }
    }
    return best;
}

}  // namespace

double jlh_score(Xapian::doccount fg, Xapian::doccount fg_size, Xapian::doccount bg,
                 Xapian::doccount bg_size) {
    if (fg_size == 0 || bg_size == 0 || bg == 0) return 0.0;
    const double p_fg = static_cast<double>(fg) / fg_size;
    const double p_bg = static_cast<double>(bg) / bg_size;
    if (p_fg <= p_bg) return 0.0;
    return (p_fg - p_bg) * (p_fg / p_bg);
}

Significance significant_entities(AttributeSource& source, const Xapian::Query& query,
                                  const sc::FieldSpec& field, std::size_t limit) {
    struct Tally {
        Xapian::doccount count = 0;
        std::map<std::string, Xapian::doccount> names;
    };
    std::unordered_map<std::string, Tally> tallies;
    Significance result;
    result.request = SignificantRequest{&field};
    result.matches = result.foreground_size =
        source.visit_match_entities(query, field, [&](const std::vector<sc::Entity>& entities) {
            std::set<std::string_view> seen;  // once per article even if a key repeats
            for (const auto& entity : entities) {
                if (!seen.insert(entity.key).second) continue;
                Tally& tally = tallies[entity.key];
                ++tally.count;
                ++tally.names[entity.name];
            }
        });
    result.background_size = source.article_count();

    const std::set<std::string> terms = query_terms(query);
    for (const auto& [key, tally] : tallies) {
        if (tally.count < kMinForeground) continue;
        // The name most matching articles give the key (ties: byte order).
        auto best = tally.names.begin();
        for (auto it = tally.names.begin(); it != tally.names.end(); ++it) {
            if (it->second > best->second) best = it;
        }
        if (named_by_query(sc::Entity{key, best->first}, field, terms)) continue;
        // An article naming the key is also counted in the background, so
        // the background is at least the foreground even when the index's
        // count undercounts.
        const Xapian::doccount background =
            std::max(source.articles_naming(field, key), tally.count);
        const double score =
            jlh_score(tally.count, result.foreground_size, background, result.background_size);
        if (score > 0.0) {
            result.values.push_back({key, best->first, tally.count, background, score});
        }
    }
    rank(result, limit);
    return result;
}

Significance significant_terms(const Xapian::Database& database, const Xapian::Query& query,
                               const Xapian::Stem& stemmer, std::size_t limit) {
    Significance result;
    result.request = SignificantRequest{};
    result.background_size = database.get_doccount();

    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    // Only the set of matches counts. TfIdfWeight("bnn") (1 per matching
    // term) rather than BoolWeight, which trips a Xapian 1.4 bug on indexes
    // updated in place (match_only_weight.hpp); a built-in scheme, so remote
    // parts can run it.
    enquire.set_weighting_scheme(Xapian::TfIdfWeight("bnn"));
    const Xapian::doccount check_all = database.get_doccount();
    const Xapian::doccount matches = enquire.get_mset(0, 0, check_all).get_matches_estimated();
    const Xapian::MSet all = enquire.get_mset(0, matches, check_all);
    // A spread sample of the matches when there are many: every k-th in
    // document order, so it covers the whole range of the archive.
    std::vector<Xapian::docid> sample;
    for (auto doc = all.begin(); doc != all.end(); ++doc) sample.push_back(*doc);
    std::sort(sample.begin(), sample.end());
    if (sample.size() > kMaxWordSample) {
        std::vector<Xapian::docid> spread;
        for (std::size_t i = 0; i < kMaxWordSample; ++i) {
            spread.push_back(sample[i * sample.size() / kMaxWordSample]);
        }
        sample = std::move(spread);
    }
    result.matches = all.size();
    result.foreground_size = static_cast<Xapian::doccount>(sample.size());

    // Matching articles per stem. Term lists are sorted: the stems ("Z"
    // then a lower-case word) follow the other prefixed terms and come
    // before the unstemmed words.
    std::unordered_map<std::string, Xapian::doccount> stems;
    stems.reserve(1U << 14U);
    const std::string stem_prefix(1, kStemPrefix);
    for (const Xapian::docid doc : sample) {
        const auto end = database.termlist_end(doc);
        auto it = database.termlist_begin(doc);
        for (it.skip_to(stem_prefix); it != end; ++it) {
            const std::string& term = *it;
            if (term.empty() || term.front() != kStemPrefix) break;
            // A stemmed word, not a stemmed title term ("ZSjapan").
            if (term.size() > 1 && !is_prefixed(std::string_view(term).substr(1))) {
                ++stems[term.substr(1)];
            }
        }
    }

    // The query's own words, stemmed as the index stems them.
    std::set<std::string> excluded;
    for (const auto& term : query_terms(query)) {
        if (term.size() > 1 && term.front() == kStemPrefix) {
            excluded.insert(term.substr(1));
        } else if (!is_prefixed(term)) {
            excluded.insert(stemmer(term));
        }
    }
    for (const auto& [stem, count] : stems) {
        if (count < kMinForeground || stem.size() < 2 || !has_letter(stem) ||
            excluded.contains(stem)) {
            continue;
        }
        const Xapian::doccount background =
            std::max(database.get_termfreq(std::string(1, kStemPrefix) + stem), count);
        const double score =
            jlh_score(count, result.foreground_size, background, result.background_size);
        if (score > 0.0) result.values.push_back({stem, stem, count, background, score});
    }
    rank(result, limit);

    for (auto& value : result.values) value.name = word_for_stem(database, stemmer, value.key);
    return result;
}

}  // namespace dateline::searcher
