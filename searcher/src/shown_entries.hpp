#pragma once
// ShownEntries: the (key, display name) entries of one facet-store column
// (facets/facet_store.hpp) as the index's alias table for that field
// (schema/entity_aliases.hpp) shows them: the entries of an aliased key
// become its target, those of a hidden key nothing, the others stay as they
// are.
//
// Why here: the store holds what the documents say, and the alias tables
// change with every run (recomputed from the whole archive), so they are
// applied when counting, exactly as FacetCounter applies them to the value
// slots; the facets are then the same either way.
//
// Shown entries are numbered in (key, name) byte order, like the column's,
// so the entries of one key are adjacent and keys come in byte order
// (key_number()). When no alias touches the column, the shown entries are
// the column's own and nothing is built.

#include <cstdint>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "dateline/facets/facet_store.hpp"
#include "dateline/schema/entity_aliases.hpp"

namespace dateline::searcher {

class ShownEntries {
  public:
    /// shown() of an entry whose key is hidden.
    static constexpr std::uint32_t kHidden = std::numeric_limits<std::uint32_t>::max();

    /// `column` and `aliases` must outlive this object (shown keys and names
    /// are views into them). Costs one alias look-up per key and a merge of
    /// the column's entries with the sorted alias targets: no allocation per
    /// entry, as it runs once per facet of every faceted search.
    ShownEntries(const facets::EntityColumn& column, const schema::EntityAliases& aliases);

    [[nodiscard]] const facets::EntityColumn& column() const { return *column_; }
    /// True when no alias touches the column: shown(e) == e.
    [[nodiscard]] bool identity() const { return shown_of_.empty(); }
    /// The shown entry of column entry `entry` (below the column's
    /// entry_count()), or kHidden.
    [[nodiscard]] std::uint32_t shown(std::uint32_t entry) const {
        return shown_of_.empty() ? entry : shown_of_[entry];
    }
    /// Number of shown entries: they are 0 .. size()-1.
    [[nodiscard]] std::uint32_t size() const;
    [[nodiscard]] std::string_view key(std::uint32_t shown) const;
    [[nodiscard]] std::string_view name(std::uint32_t shown) const;
    /// Number of the shown entry's key (keys numbered in byte order from 0).
    [[nodiscard]] std::uint32_t key_number(std::uint32_t shown) const;
    /// Number of distinct shown keys.
    [[nodiscard]] std::uint32_t key_count() const;

  private:
    const facets::EntityColumn* column_;
    // Empty when no alias touches the column; else per column entry.
    std::vector<std::uint32_t> shown_of_;
    // Shown (key, name), sorted, views into the column or the alias table.
    std::vector<std::pair<std::string_view, std::string_view>> pairs_;
    std::vector<std::uint32_t> key_numbers_;  // parallel to pairs_
};

}  // namespace dateline::searcher
