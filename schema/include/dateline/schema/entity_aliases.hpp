#pragma once
// EntityAliases: the archive-wide table that says which entity key stands for
// which entity, one per entity field (AliasTables), kept in the index metadata
// and applied at query and facet time.
//
// Why at query and facet time: whether a lone "Reagan" is Ronald Reagan is a
// fact about the whole archive ("the one full name that dominates it"), and it
// may change as nightly updates add articles. Documents keep what their own
// text says (identity `reagan`); the indexer recomputes this table at the end
// of every run, in the commit that publishes the run's articles
// (indexer/person_aliases.hpp), and readers apply it, so the answer is always
// that of the archive as it is now, without rewriting a single document.
//
// Reading the tables (for any reader of the index: the searcher, a facet
// store built after a commit, an export):
//
//     const AliasTables tables = AliasTables::read(db);
//     const FieldSpec& people = *find_field("people");
//     for (const Entity& person : decode_entities(doc.get_value(*people.slot)))
//         if (auto shown = tables.of(people).resolve(person)) count(shown->key, shown->name);
//
// or resolve_entities() for a whole list (resolved, hidden ones dropped, each
// entity once). A query for an entity matches the documents whose identity is
// the entity or any key in aliases_of() it (entity_identity_term(), terms.hpp):
// `person:"ronald reagan"` finds the articles that only say "Reagan".
//
// A key may also be hidden: it names no entity of its own (a first name
// alone that no full name in the archive dominates). Hidden keys are not
// facet rows and are not shown among a hit's people; the articles stay
// searchable by the word.
//
// Thread safety: const member functions may run concurrently.

#include <xapian.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::schema {

/// Metadata key of an entity field's alias table (EntityAliases::encode()):
/// "dateline.aliases." + the field's name ("dateline.aliases.people").
[[nodiscard]] std::string aliases_metadata_key(const FieldSpec& field);

class EntityAliases {
  public:
    /// Records that `alias` (a key as stored in documents) stands for
    /// `target`; an empty target key hides `alias`. Adding an alias twice
    /// keeps the last target. An alias equal to its target is ignored.
    void add(std::string alias, Entity target);

    /// What `entity` is shown as: its alias target, the entity itself when
    /// its key has no alias, nullopt when the key is hidden.
    [[nodiscard]] std::optional<Entity> resolve(const Entity& entity) const;

    /// The alias target of `key`, or nullptr (not an alias, or hidden).
    [[nodiscard]] const Entity* target_of(std::string_view key) const;

    /// Every key that stands for `target_key` (in the order added).
    [[nodiscard]] std::span<const std::string> aliases_of(std::string_view target_key) const;

    /// Adds every alias of `other` whose key this table does not have (the
    /// tables of several indexes searched as one; the first one wins).
    void merge_missing(const EntityAliases& other);

    [[nodiscard]] bool empty() const noexcept { return targets_.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return targets_.size(); }

    /// One line per alias, "alias<TAB>target key<TAB>target name", sorted by
    /// alias; a hidden key has empty target fields.
    [[nodiscard]] std::string encode() const;
    /// Inverse of encode(); malformed lines are skipped.
    [[nodiscard]] static EntityAliases decode(std::string_view text);

    friend bool operator==(const EntityAliases& a, const EntityAliases& b) {
        return a.encode() == b.encode();
    }

  private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, Entity, StringHash, std::equal_to<>> targets_;
    std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> aliases_;
};

/// `entities` as shown: each resolved through `aliases`, hidden ones dropped,
/// each key once (first occurrence wins), order kept.
[[nodiscard]] std::vector<Entity> resolve_entities(const EntityAliases& aliases,
                                                   const std::vector<Entity>& entities);

/// The alias tables of every entity field (FieldRole::Entity), empty ones
/// for fields without aliases.
class AliasTables {
  public:
    AliasTables();

    /// The table of `field`, an entity field of the schema table.
    [[nodiscard]] const EntityAliases& of(const FieldSpec& field) const;
    [[nodiscard]] EntityAliases& of(const FieldSpec& field);

    /// The tables recorded in `db` (empty ones where none is). A database
    /// combining several reads the first part's metadata only (Xapian 1.4):
    /// open the parts one by one and merge_missing() to combine theirs.
    [[nodiscard]] static AliasTables read(const Xapian::Database& db);
    /// Records every table in `db` (not committed); an empty one removes its key.
    void write(Xapian::WritableDatabase& db) const;

    /// EntityAliases::merge_missing() for every field.
    void merge_missing(const AliasTables& other);

    friend bool operator==(const AliasTables&, const AliasTables&) = default;

  private:
    std::vector<EntityAliases> tables_;  // parallel to entity_fields()
};

}  // namespace dateline::schema
