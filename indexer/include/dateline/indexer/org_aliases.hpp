#pragma once
// Organisation aliases: which organisation keys of an archive are one
// organisation, decided from the whole archive like people's
// (person_aliases.hpp).
//
// Spellings of one organisation are one row, the spelling most articles use:
// "organization" and "organisation" alike, a leading "U.S."/"US"/"United
// States" dropped ("U.S. Treasury" is the Treasury), "Department of X" read as
// "X Department" (also Ministry, Office).
//
// A name that starts the names of longer organisations is the one of them
// that dominates (twice the articles of any other) when that one has at
// least half the short name's articles: "Ford" is Ford Motor, "Texaco" stays
// beside a rarer "Texaco Canada".
//
// An acronym is the organisation whose initials it spells (those of any of
// its spellings: "USDA"), when one such
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
