#include "shown_entries.hpp"

#include <algorithm>
#include <optional>

namespace dateline::searcher {

namespace sc = dateline::schema;

ShownEntries::ShownEntries(const facets::EntityColumn& column, const sc::EntityAliases& aliases)
    : column_(&column) {
    if (aliases.empty()) return;
    const std::uint32_t entries = column.entry_count();
    // What each key is shown as, one look-up per key (a key's entries are
    // adjacent): nullopt = as it is.
    struct Group {
        std::uint32_t first, end;
        std::optional<sc::Entity> target;  // set: aliased (empty key: hidden)
    };
    std::vector<Group> groups;
    bool touched = false;
    for (std::uint32_t first = 0; first < entries;) {
        std::uint32_t end = first + 1;
        while (end < entries && column.key_number(end) == column.key_number(first)) ++end;
        Group group{first, end, std::nullopt};
        const std::string_view key = column.key(first);
        if (auto target = aliases.target_of(key)) {
            group.target = std::move(target);
        } else if (aliases.hides(key)) {
            group.target = sc::Entity{};
        }
        touched = touched || group.target.has_value();
        groups.push_back(std::move(group));
        first = end;
    }
    if (!touched) return;

    // Every shown pair, sorted and numbered; then each entry mapped.
    for (const auto& group : groups) {
        if (!group.target) {
            for (std::uint32_t e = group.first; e < group.end; ++e) {
                pairs_.emplace_back(column.key(e), column.name(e));
            }
        } else if (!group.target->key.empty()) {
            pairs_.emplace_back(group.target->key, group.target->name);
        }
    }
    std::sort(pairs_.begin(), pairs_.end());
    pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
    for (std::size_t i = 0; i < pairs_.size(); ++i) {
        key_numbers_.push_back(
            i == 0 ? 0 : key_numbers_.back() + (pairs_[i].first == pairs_[i - 1].first ? 0 : 1));
    }
    const auto number_of = [&](std::string_view key, std::string_view name) {
        const auto it = std::lower_bound(pairs_.begin(), pairs_.end(),
                                         std::pair<std::string_view, std::string_view>(key, name),
                                         [](const auto& pair, const auto& wanted) {
                                             return std::pair<std::string_view, std::string_view>(
                                                        pair.first, pair.second) < wanted;
                                         });
        return static_cast<std::uint32_t>(it - pairs_.begin());
    };
    shown_of_.assign(entries, kHidden);
    for (const auto& group : groups) {
        for (std::uint32_t e = group.first; e < group.end; ++e) {
            if (!group.target) {
                shown_of_[e] = number_of(column.key(e), column.name(e));
            } else if (!group.target->key.empty()) {
                shown_of_[e] = number_of(group.target->key, group.target->name);
            }
        }
    }
}

std::uint32_t ShownEntries::size() const {
    return shown_of_.empty() ? column_->entry_count() : static_cast<std::uint32_t>(pairs_.size());
}

std::string_view ShownEntries::key(std::uint32_t shown) const {
    return shown_of_.empty() ? column_->key(shown) : std::string_view(pairs_[shown].first);
}

std::string_view ShownEntries::name(std::uint32_t shown) const {
    return shown_of_.empty() ? column_->name(shown) : std::string_view(pairs_[shown].second);
}

std::uint32_t ShownEntries::key_number(std::uint32_t shown) const {
    return shown_of_.empty() ? column_->key_number(shown) : key_numbers_[shown];
}

std::uint32_t ShownEntries::key_count() const {
    if (shown_of_.empty()) return column_->key_count();
    return key_numbers_.empty() ? 0 : key_numbers_.back() + 1;
}

}  // namespace dateline::searcher
