#include "dateline/indexer/near_duplicate_grouping.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "dateline/schema/fields.hpp"
#include "dateline/schema/near_duplicate_group.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::indexer {

namespace sc = dateline::schema;

std::vector<std::size_t> near_duplicate_leaders(const std::vector<GroupingArticle>& articles) {
    std::vector<std::size_t> order(articles.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = articles[a];
        const auto& y = articles[b];
        if (x.date.empty() != y.date.empty()) return y.date.empty();
        if (x.date != y.date) return x.date < y.date;
        return x.id < y.id;
    });

    std::vector<std::size_t> leaders(articles.size());
    std::iota(leaders.begin(), leaders.end(), std::size_t{0});
    // Band hash -> the leaders holding it, in leading order (each band's
    // index is mixed into its hash, so one map serves all bands).
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
    std::vector<std::size_t> rank(articles.size());  // position in `order`
    for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    std::vector<std::size_t> candidates;
    for (const std::size_t article : order) {
        const auto& signature = articles[article].signature;
        if (!signature) continue;
        const auto bands = sc::band_hashes(*signature);
        candidates.clear();
        for (const auto band : bands) {
            if (const auto it = buckets.find(band); it != buckets.end()) {
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
            }
        }
        std::sort(candidates.begin(), candidates.end(),
                  [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        const auto leader = std::find_if(candidates.begin(), candidates.end(), [&](std::size_t c) {
            return sc::estimated_similarity(*articles[c].signature, *signature) >=
                   sc::kNearDuplicateThreshold;
        });
        if (leader != candidates.end()) {
            leaders[article] = *leader;
            continue;
        }
        for (const auto band : bands) buckets[band].push_back(article);
    }
    return leaders;
}

namespace {

struct Located {
    std::size_t database;
    Xapian::docid docid;
    std::string key;  ///< the group key the document holds now
};

// An article as grouping first reads it: without its signature.
struct Unsigned {
    std::string id;
    std::string date;
};

// The articles of one database as (docid, position), ordered by docid: 16
// bytes an article, where a hash map took 40, and unlike an array indexed
// by docid no larger for an index whose updates left gaps in its docids.
using Positions = std::vector<std::pair<Xapian::docid, std::size_t>>;

// Calls `visit(position, value)` for every document of `db` that has a
// value in `slot` and a position in `positions`: one walk beside the value
// stream, which goes in docid order too.
template <typename Visit>
void read_slot(const Xapian::Database& db, Xapian::valueno slot, const Positions& positions,
               Visit&& visit) {
    auto next = positions.begin();
    for (auto value = db.valuestream_begin(slot); value != db.valuestream_end(slot); ++value) {
        const Xapian::docid docid = value.get_docid();
        while (next != positions.end() && next->first < docid) ++next;
        if (next == positions.end()) break;
        if (next->first == docid) visit(next->second, *value);
    }
}

// The low 32 bits of a band hash: what tells which bands are shared. Two
// bands may share them without being equal, which only keeps a few more
// signatures than needed (their bands meet no other, so they lead only
// themselves): half the memory of a million articles' 16 million hashes.
std::uint32_t short_hash(std::uint64_t hash) { return static_cast<std::uint32_t>(hash); }

}  // namespace

GroupingSummary assign_near_duplicate_groups(std::span<Xapian::WritableDatabase> databases) {
    // Every article's id, date and where it is. Its signature is kept only
    // when the article shares an LSH band with another one: an article that
    // shares none has no candidate leader and is no one's, so the groups are
    // those of all signatures. Keeping every signature, and every leader's
    // bands in buckets, cost 382 MB for 200,000 articles
    // (docs/performance.md).
    std::vector<Unsigned> articles;
    std::vector<Located> located;
    // Sized at once: doubling a million articles' vectors held both copies.
    std::size_t documents = 0;
    for (const auto& db : databases) documents += db.get_doccount();
    articles.reserve(documents);
    located.reserve(documents);
    std::vector<Positions> positions(databases.size());
    const std::string id_prefix(sc::prefix::kId);
    for (std::size_t d = 0; d < databases.size(); ++d) {
        auto& db = databases[d];
        auto& position = positions[d];
        position.reserve(db.get_doccount());
        for (auto term = db.allterms_begin(id_prefix); term != db.allterms_end(id_prefix); ++term) {
            const std::string id_term = *term;
            const auto posting = db.postlist_begin(id_term);
            if (posting == db.postlist_end(id_term)) continue;
            position.emplace_back(*posting, articles.size());
            articles.push_back({std::string(sc::id_from_term(id_term)), {}});
            located.push_back({d, *posting, {}});
        }
        std::sort(position.begin(), position.end());
        read_slot(db, sc::slot::kDate, position,
                  [&](std::size_t i, const std::string& value) { articles[i].date = value; });
        read_slot(db, sc::slot::kNearDuplicateGroup, position,
                  [&](std::size_t i, const std::string& value) { located[i].key = value; });
    }

    // The band hashes held by two articles or more (each band's index is
    // mixed into its hash, so one sorted array serves all bands), by their
    // short_hash(); the array is sized at once, for every article.
    std::vector<std::uint32_t> bands;
    bands.reserve(articles.size() * sc::kBands);
    for (std::size_t d = 0; d < databases.size(); ++d) {
        read_slot(databases[d], sc::slot::kSignature, positions[d],
                  [&](std::size_t, const std::string& value) {
                      if (const auto signature = sc::decode_signature(value)) {
                          for (const auto hash : sc::band_hashes(*signature))
                              bands.push_back(short_hash(hash));
                      }
                  });
    }
    std::sort(bands.begin(), bands.end());
    std::vector<std::uint32_t> shared;
    for (std::size_t b = 1; b < bands.size(); ++b) {
        if (bands[b] == bands[b - 1] && (shared.empty() || shared.back() != bands[b]))
            shared.push_back(bands[b]);
    }
    std::vector<std::uint32_t>().swap(bands);
    // Only the articles that share a band can join a group: they keep
    // their signatures, in reading order (`candidates` their positions).
    std::vector<std::size_t> candidates;
    std::vector<GroupingArticle> signed_articles;
    for (std::size_t d = 0; d < databases.size(); ++d) {
        read_slot(databases[d], sc::slot::kSignature, positions[d],
                  [&](std::size_t i, const std::string& value) {
                      const auto signature = sc::decode_signature(value);
                      if (!signature) return;
                      const auto hashes = sc::band_hashes(*signature);
                      const bool shares =
                          std::any_of(hashes.begin(), hashes.end(), [&](std::uint64_t hash) {
                              return std::binary_search(shared.begin(), shared.end(),
                                                        short_hash(hash));
                          });
                      if (!shares) return;
                      candidates.push_back(i);
                      signed_articles.push_back({articles[i].id, articles[i].date, signature});
                  });
    }
    positions.clear();

    std::vector<std::size_t> leaders(articles.size());
    std::iota(leaders.begin(), leaders.end(), std::size_t{0});
    std::unordered_map<std::size_t, const sc::Signature*> signature_of;  // candidates only
    const std::vector<std::size_t> signed_leaders = near_duplicate_leaders(signed_articles);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        leaders[candidates[c]] = candidates[signed_leaders[c]];
        signature_of.emplace(candidates[c], &*signed_articles[c].signature);
    }
    std::vector<std::size_t> members(articles.size(), 0);
    for (const auto leader : leaders) ++members[leader];

    GroupingSummary summary;
    summary.articles = articles.size();
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const std::size_t leader = leaders[i];
        const bool grouped = members[leader] >= 2;
        if (grouped) {
            ++summary.grouped_articles;
            if (leader == i) ++summary.groups;
        }
        const std::string key =
            grouped ? sc::near_duplicate_group_key(articles[leader].id, *signature_of.at(leader))
                    : std::string();
        if (key == located[i].key) continue;
        auto& db = databases[located[i].database];
        Xapian::Document doc = db.get_document(located[i].docid);
        if (key.empty()) {
            doc.remove_value(sc::slot::kNearDuplicateGroup);
        } else {
            doc.add_value(sc::slot::kNearDuplicateGroup, key);
        }
        db.replace_document(located[i].docid, doc);
        ++summary.rewritten;
    }
    return summary;
}

}  // namespace dateline::indexer
