#pragma once
// The alias tables of an archive (schema/entity_aliases.hpp), as the indexer
// records them at the end of every run: who a lone surname is
// (person_aliases.hpp), which acronym is which organisation (org_aliases.hpp),
// and two rules across fields:
//  * a "person" that the archive names as an organisation (or as the start
//    of one: "Dean Witter" of Dean Witter Reynolds) in at least as many
//    articles is hidden from the people ("Merrill Lynch" tagged PER in a few
//    articles, ORG in more);
//  * a "place" that neither the gazetteer nor the identity table knows (its
//    key is no `gn-` key and no identity: a tagged LOC kept as written) and
//    that the archive names as a person or an organisation in more articles,
//    two at least, is hidden from the places ("Twitter", "Barack Obama",
//    "Hydro-Quebec" tagged LOC in a few articles). A place the gazetteer
//    resolved keeps its row whatever else bears its name; so does a name
//    with one article each way ("Monmouth", a town and a university).

#include <xapian.h>

#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/entity_aliases.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::indexer {

/// One entity identity of an archive.
struct EntityCount {
    schema::Entity entity;  ///< identity key, and the name most articles give it
    Xapian::doccount articles = 0;
};

/// The entities of an archive in the entity field `field`: every identity in
/// its value slot, with its article count and most common display name,
/// ordered by key.
[[nodiscard]] std::vector<EntityCount> count_entities(const Xapian::Database& archive,
                                                      const schema::FieldSpec& field);

/// The alias tables of `archive` (rules above).
[[nodiscard]] schema::AliasTables compute_alias_tables(const Xapian::Database& archive);

}  // namespace dateline::indexer
