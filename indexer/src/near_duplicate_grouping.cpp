#include "dateline/indexer/near_duplicate_grouping.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>

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

}  // namespace

GroupingSummary assign_near_duplicate_groups(std::span<Xapian::WritableDatabase> databases) {
    std::vector<GroupingArticle> articles;
    std::vector<Located> located;
    for (std::size_t d = 0; d < databases.size(); ++d) {
        auto& db = databases[d];
        std::unordered_map<Xapian::docid, std::size_t> position;
        const std::string id_prefix(sc::prefix::kId);
        for (auto term = db.allterms_begin(id_prefix); term != db.allterms_end(id_prefix); ++term) {
            const std::string id_term = *term;
            const auto posting = db.postlist_begin(id_term);
            if (posting == db.postlist_end(id_term)) continue;
            position.emplace(*posting, articles.size());
            articles.push_back({std::string(sc::id_from_term(id_term)), {}, std::nullopt});
            located.push_back({d, *posting, {}});
        }
        const auto read_slot = [&](Xapian::valueno slot, auto&& store) {
            for (auto value = db.valuestream_begin(slot); value != db.valuestream_end(slot);
                 ++value) {
                const auto it = position.find(value.get_docid());
                if (it != position.end()) store(it->second, *value);
            }
        };
        read_slot(sc::slot::kDate,
                  [&](std::size_t i, const std::string& value) { articles[i].date = value; });
        read_slot(sc::slot::kSignature, [&](std::size_t i, const std::string& value) {
            articles[i].signature = sc::decode_signature(value);
        });
        read_slot(sc::slot::kNearDuplicateGroup,
                  [&](std::size_t i, const std::string& value) { located[i].key = value; });
    }

    const std::vector<std::size_t> leaders = near_duplicate_leaders(articles);
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
            grouped ? sc::near_duplicate_group_key(articles[leader].id, *articles[leader].signature)
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
