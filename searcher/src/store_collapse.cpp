#include "dateline/searcher/store_collapse.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace dateline::searcher {

GroupCounter::GroupCounter(const facets::GroupColumn& groups, std::size_t shard)
    : groups_(groups), shard_(shard), seen_(std::size_t{groups.group_count()} + 1, false) {}

void GroupCounter::count(std::span<const Xapian::docid> documents) {
    for (const Xapian::docid docid : documents) {
        const std::uint32_t group = groups_.group(shard_, docid);
        if (group == 0) {
            ++ungrouped_;
        } else if (!seen_[group]) {
            seen_[group] = true;
            ++groups_seen_;
        }
    }
}

Xapian::doccount matches_for_page(Xapian::doccount offset, Xapian::doccount limit) {
    constexpr Xapian::doccount kMost = std::numeric_limits<Xapian::doccount>::max() / 8;
    const Xapian::doccount page = std::min(offset + limit, kMost);
    return 2 * page + 16;
}

CollapsedPage collapse_page(Xapian::MSet ranked, Xapian::doccount asked, Xapian::doccount offset,
                            Xapian::doccount limit, const facets::GroupColumn& groups,
                            std::size_t shard,
                            const std::function<Xapian::MSet(Xapian::doccount)>& fetch) {
    CollapsedPage page{std::move(ranked), {}};
    for (;;) {
        page.positions.clear();
        std::unordered_set<std::uint32_t> listed;
        Xapian::doccount hit = 0;
        const Xapian::doccount size = page.mset.size();
        for (Xapian::doccount position = 0; position < size && page.positions.size() < limit;
             ++position) {
            const std::uint32_t group = groups.group(shard, *page.mset[position]);
            if (group != 0 && !listed.insert(group).second) continue;
            if (hit++ >= offset) page.positions.push_back(position);
        }
        // Full, or fewer matches than asked for, so all of them: the page.
        if (page.positions.size() == limit || size < asked) return page;
        constexpr Xapian::doccount kMost = std::numeric_limits<Xapian::doccount>::max();
        asked = asked > kMost / 4 ? kMost : 4 * asked;
        page.mset = fetch(asked);
    }
}

}  // namespace dateline::searcher
