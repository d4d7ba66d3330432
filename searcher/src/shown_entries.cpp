#include "shown_entries.hpp"

#include <algorithm>
#include <utility>

namespace dateline::searcher {

namespace sc = dateline::schema;

ShownEntries::ShownEntries(const facets::EntityColumn& column, const sc::EntityAliases& aliases)
    : column_(&column) {
    if (aliases.empty()) return;
    const std::uint32_t entries = column.entry_count();
    using Pair = std::pair<std::string_view, std::string_view>;
    // What each entry is shown as, one look-up per key (a key's entries are
    // adjacent): kAsItIs, kHidden, or an index into `targets`.
    constexpr std::uint32_t kAsItIs = kHidden - 1;
    std::vector<std::uint32_t> target_of_entry(entries, kAsItIs);
    std::vector<Pair> targets;
    for (std::uint32_t first = 0; first < entries;) {
        std::uint32_t end = first + 1;
        while (end < entries && column.key_number(end) == column.key_number(first)) ++end;
        if (const auto target = aliases.find_target(column.key(first))) {
            std::uint32_t shown_as = kHidden;
            if (!target->key.empty()) {
                shown_as = static_cast<std::uint32_t>(targets.size());
                targets.emplace_back(target->key, target->name);
            }
            std::fill(target_of_entry.begin() + first, target_of_entry.begin() + end, shown_as);
        }
        first = end;
    }
    if (std::all_of(target_of_entry.begin(), target_of_entry.end(),
                    [](std::uint32_t t) { return t == kAsItIs; }))
        return;

    // The shown entries are the entries shown as they are (already in
    // (key, name) order) merged with the targets sorted the same way; equal
    // pairs are one shown entry.
    std::vector<std::uint32_t> order(targets.size());
    for (std::uint32_t t = 0; t < order.size(); ++t) order[t] = t;
    std::sort(order.begin(), order.end(),
              [&targets](std::uint32_t a, std::uint32_t b) { return targets[a] < targets[b]; });
    std::vector<std::uint32_t> shown_of_target(targets.size());
    shown_of_.assign(entries, kHidden);
    const auto append = [this](const Pair& pair) {
        if (!pairs_.empty() && pairs_.back() == pair) return;
        const bool new_key = pairs_.empty() || pairs_.back().first != pair.first;
        key_numbers_.push_back(pairs_.empty() ? 0 : key_numbers_.back() + (new_key ? 1 : 0));
        pairs_.push_back(pair);
    };
    std::uint32_t e = 0;
    std::size_t t = 0;
    while (true) {
        while (e < entries && target_of_entry[e] != kAsItIs) ++e;
        if (e == entries && t == order.size()) break;
        const bool take_entry =
            e < entries &&
            (t == order.size() || Pair(column.key(e), column.name(e)) <= targets[order[t]]);
        if (take_entry) {
            append(Pair(column.key(e), column.name(e)));
            shown_of_[e++] = static_cast<std::uint32_t>(pairs_.size() - 1);
        } else {
            append(targets[order[t]]);
            shown_of_target[order[t++]] = static_cast<std::uint32_t>(pairs_.size() - 1);
        }
    }
    for (std::uint32_t entry = 0; entry < entries; ++entry) {
        const std::uint32_t target = target_of_entry[entry];
        if (target != kAsItIs && target != kHidden) shown_of_[entry] = shown_of_target[target];
    }
}

std::uint32_t ShownEntries::size() const {
    return shown_of_.empty() ? column_->entry_count() : static_cast<std::uint32_t>(pairs_.size());
}

std::string_view ShownEntries::key(std::uint32_t shown) const {
    return shown_of_.empty() ? column_->key(shown) : pairs_[shown].first;
}

std::string_view ShownEntries::name(std::uint32_t shown) const {
    return shown_of_.empty() ? column_->name(shown) : pairs_[shown].second;
}

std::uint32_t ShownEntries::key_number(std::uint32_t shown) const {
    return shown_of_.empty() ? column_->key_number(shown) : key_numbers_[shown];
}

std::uint32_t ShownEntries::key_count() const {
    if (shown_of_.empty()) return column_->key_count();
    return key_numbers_.empty() ? 0 : key_numbers_.back() + 1;
}

}  // namespace dateline::searcher
