#pragma once
// Significant people, places and words: what is unusually common in the
// articles a query matches (the foreground) compared with the whole archive
// (the background), as Elasticsearch's significant_terms aggregation does.
//
// Score: JLH (Elasticsearch's default), for a value found in `fg` of the
// `fg_size` matching articles and in `bg` of the `bg_size` articles of the
// archive (the matches included):
//     p_fg = fg / fg_size,  p_bg = bg / bg_size
//     JLH  = (p_fg - p_bg) * (p_fg / p_bg)  when p_fg > p_bg, else 0.
// The first factor (absolute gain) keeps very rare values from winning on a
// single article; the second (relative gain) keeps values common everywhere
// ("said", the United States in a US archive) from winning on size alone.
// A value must be in at least kMinForeground matching articles: below that a
// ratio is chance (docs/significant.md explains the choice against
// chi-square).
//
// What the query itself names is left out: `person:volcker --significant
// person` does not list Volcker, and `oil --significant term` not "oil".
//
// Words: the stemmed terms of titles and bodies (so "rate" and "rates" count
// together), shown as the form most frequent in the matches. Prefixed terms
// (fields, dates, ids) and terms without a letter (numbers) are not words.

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

#include "dateline/searcher/attribute_source.hpp"
#include "dateline/searcher/search_request.hpp"

namespace dateline::searcher {

/// Values found in fewer matching articles are never significant.
inline constexpr Xapian::doccount kMinForeground = 3;
/// Words are counted in at most this many matching articles, spread evenly
/// over the matches in index order: reading every term of every match would
/// make a common query slow, and a sample this size already ranks the
/// frequent words the same way (docs/significant.md).
inline constexpr std::size_t kMaxWordSample = 1000;

/// The JLH score above; 0 when any size is 0.
[[nodiscard]] double jlh_score(Xapian::doccount fg, Xapian::doccount fg_size, Xapian::doccount bg,
                               Xapian::doccount bg_size);

struct SignificantValue {
    std::string key;   ///< entity key, or the stemmed term
    std::string name;  ///< display name, or the word as most often written in the matches
    Xapian::doccount foreground = 0;  ///< matching articles with it
    Xapian::doccount background = 0;  ///< articles of the archive with it
    double score = 0.0;               ///< JLH

    friend bool operator==(const SignificantValue&, const SignificantValue&) = default;
};

struct Significance {
    SignificantRequest request;            ///< what was ranked
    Xapian::doccount matches = 0;          ///< matching articles
    Xapian::doccount foreground_size = 0;  ///< those counted in: all, or a sample for words
    Xapian::doccount background_size = 0;  ///< articles in the archive
    std::vector<SignificantValue> values;  ///< score, highest first (ties: key); at most the limit
};

/// The `limit` most significant values of the entity field `field` (people,
/// places, orgs) in the articles `query` matches.
[[nodiscard]] Significance significant_entities(AttributeSource& source, const Xapian::Query& query,
                                                const schema::FieldSpec& field, std::size_t limit);

/// The `limit` most significant words of the articles `query` matches in
/// `database`, whose stemmed terms were made with `stemmer`. The foreground
/// is the matches, or a sample of kMaxWordSample of them
/// (Significance::foreground_size says how many). Reads the term list of
/// each: over a remote index that is one round trip per article read.
[[nodiscard]] Significance significant_terms(const Xapian::Database& database,
                                             const Xapian::Query& query,
                                             const Xapian::Stem& stemmer, std::size_t limit);

}  // namespace dateline::searcher
