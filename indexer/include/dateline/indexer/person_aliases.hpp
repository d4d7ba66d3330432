#pragma once
// Person aliases: which people of an archive are one person, decided from the
// whole archive (docs/extraction.md, "People across the archive").
//
// Extraction resolves names within one article ("Soleimani" after "Qasem
// Soleimani"). What one article cannot know, the archive can:
//  * variants of one full name are one person: the same surname, the same
//    given name or a familiar form of it (Bill / William Weld), middle
//    initials aside (John R. Bolton / John Bolton) unless two different
//    middles make the short form ambiguous (George H. W. Bush / George W.
//    Bush), a surname spelt with one letter more or less at its end
//    (Zelensky / Zelenskyy). The variant named in most articles is the row;
//  * a single word resolves to the one full name that dominates it: in at
//    least twice as many articles as any other full name it could be
//    (Reuters' "Reagan" -> Ronald Reagan). The word is a surname when the
//    archive's full names end with it (or have it as the first of two
//    surnames: "Rosselló" of Ricardo Rosselló Nevares) in at least as many
//    articles as they start with it, else a given name;
//  * a given name alone that no full name dominates is hidden: a first name
//    alone is never a facet row ("George", "David"). A surname alone that
//    two people share ("Clinton": Bill and Hillary) stays a row of its own;
//  * a single word that no full name of the archive has is hidden: the
//    archive cannot say who it is, and such words are mostly tagging slips
//    ("Twitter", "God", "Denver"); the price is the few people known by one
//    name ("Suharto"), still found by `person:suharto`.
// The rules read only the archive's own counts, so they hold for any
// archive and language and change as nightly updates add articles.

#include <span>

#include "dateline/indexer/archive_aliases.hpp"
#include "dateline/schema/entity_aliases.hpp"

namespace dateline::indexer {

/// The people's alias table for an archive with these people (rules above).
[[nodiscard]] schema::EntityAliases compute_person_aliases(std::span<const EntityCount> people);

}  // namespace dateline::indexer
