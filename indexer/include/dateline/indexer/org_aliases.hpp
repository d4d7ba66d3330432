#pragma once
// Organisation aliases: which organisation keys of an archive are one
// organisation, decided from the whole archive like people's
// (person_aliases.hpp).
//
// An acronym is the organisation whose initials it spells, when one such
// organisation dominates it (named in at least twice as many articles as any
// other with those initials): `ec` is the European Community, `imf` the
// International Monetary Fund, `opec` the Organisation of Petroleum Exporting
// Countries ("of", "and", "the", "for", "on", "in" are skipped). Reuters'
// code-book codes are such acronyms, so `org:ec` and `org:"european
// community"` are one query and one facet row.

#include <span>

#include "dateline/indexer/archive_aliases.hpp"
#include "dateline/schema/entity_aliases.hpp"

namespace dateline::indexer {

/// The organisations' alias table for an archive with these organisations.
[[nodiscard]] schema::EntityAliases compute_org_aliases(std::span<const EntityCount> orgs);

}  // namespace dateline::indexer
