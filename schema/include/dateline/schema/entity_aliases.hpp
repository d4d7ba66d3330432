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

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::schema {

/// Metadata key of an entity field's alias table (EntityAliases::encode()):
/// "dateline.aliases." + the field's name ("dateline.aliases.people").
[[nodiscard]] std::string aliases_metadata_key(const FieldSpec& field);

/// One field's alias table, read-only. It is kept in its metadata form (the
/// text encode() gives) with an array of line offsets beside it, so reading a
/// table from the index is one pass over its text and no allocation per alias:
/// every search opens the index and reads these tables (a few thousand
/// aliases on Reuters-21578), and most searches look up only a handful.
/// Look-ups are binary searches over the lines, which are sorted by alias.
/// Build a table with EntityAliases::Builder.
class EntityAliases {
  public:
    class Builder;

    /// An empty table.
    EntityAliases() = default;

    /// What `entity` is shown as: its alias target, the entity itself when
    /// its key has no alias, nullopt when the key is hidden.
    [[nodiscard]] std::optional<Entity> resolve(const Entity& entity) const;

    /// The alias target of `key`, or nullopt (not an alias, or hidden).
    [[nodiscard]] std::optional<Entity> target_of(std::string_view key) const;

    /// Whether `key` is hidden (names no entity of its own).
    [[nodiscard]] bool hides(std::string_view key) const;

    /// An alias's target as views into this table; `key` is empty for a
    /// hidden key.
    struct TargetView {
        std::string_view key;
        std::string_view name;
    };
    /// The target of `alias` in one look-up and no allocation (what
    /// target_of() and hides() tell together), or nullopt when `alias` is
    /// no alias. For callers that look up every key of a dictionary.
    [[nodiscard]] std::optional<TargetView> find_target(std::string_view alias) const;

    /// Every key that stands for `target_key`, in key order; the views point
    /// into this table. A scan of the table: meant for the few entity terms
    /// of a query, not for every document.
    [[nodiscard]] std::vector<std::string_view> aliases_of(std::string_view target_key) const;

    /// Adds every alias of `other` whose key this table does not have (the
    /// tables of several indexes searched as one; the first one wins).
    void merge_missing(const EntityAliases& other);

    [[nodiscard]] bool empty() const noexcept { return lines_.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return lines_.size(); }

    /// One line per alias, "alias<TAB>target key<TAB>target name\n", sorted
    /// by alias (bytewise), each alias once; a hidden key has empty target
    /// fields. This is the stored form, returned as kept.
    [[nodiscard]] const std::string& encode() const noexcept { return text_; }
    /// Inverse of encode(). Text in that exact form is taken as it is;
    /// anything else is put in it: malformed lines are skipped, lines are
    /// sorted, and of two lines for one alias the later wins.
    [[nodiscard]] static EntityAliases decode(std::string text);

    friend bool operator==(const EntityAliases& a, const EntityAliases& b) {
        return a.text_ == b.text_;
    }

  private:
    /// One line of text_: [alias, key - 1) is the alias, [key, name - 1) the
    /// target key, [name, end) the target name; end is the '\n'.
    struct Line {
        std::uint32_t alias, key, name, end;
    };

    [[nodiscard]] std::string_view alias_of(const Line& line) const;
    [[nodiscard]] std::string_view key_of(const Line& line) const;
    [[nodiscard]] std::string_view name_of(const Line& line) const;
    [[nodiscard]] const Line* find(std::string_view alias) const;

    std::string text_;
    std::vector<Line> lines_;
};

/// Collects aliases for an EntityAliases table: add() in any order, then
/// build(). Building sorts once, so a table of n aliases costs O(n log n).
class EntityAliases::Builder {
  public:
    Builder() = default;
    /// Starts from every alias of `table` (to add to it or override it).
    explicit Builder(const EntityAliases& table);

    /// Records that `alias` (a key as stored in documents) stands for
    /// `target`; an empty target key hides `alias`. Adding an alias twice
    /// keeps the last target. An alias equal to its target is ignored.
    /// Tabs and line breaks in the target's name become spaces.
    void add(std::string alias, Entity target);

    [[nodiscard]] EntityAliases build() &&;

  private:
    struct Alias {
        std::string alias;
        Entity target;
    };
    std::vector<Alias> aliases_;
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

    /// The table of `field`, an entity field of the schema table. On tables
    /// of read_on_demand(), the first call for a field reads its table.
    [[nodiscard]] const EntityAliases& of(const FieldSpec& field) const;
    [[nodiscard]] EntityAliases& of(const FieldSpec& field);

    /// The tables recorded in `db` (empty ones where none is). A database
    /// combining several reads the first part's metadata only (Xapian 1.4):
    /// open the parts one by one and merge_missing() to combine theirs.
    [[nodiscard]] static AliasTables read(const Xapian::Database& db);
    /// The tables of `databases` merged as merge_missing() does (the first
    /// database's alias wins), each field's read when of() first asks for it.
    ///
    /// Why: a search opens the index, and the tables of a large archive are
    /// megabytes (2.2 MB at a million synthetic articles, most of it
    /// organisations), whose reading from the metadata cost more than the
    /// rest of a short search; many searches (counts, timelines, facets from
    /// the facet store) need none, and most need one or two fields.
    ///
    /// The databases are read through these handles, later: use the tables
    /// in the thread that uses the databases (Xapian::Database is not safe
    /// to share between threads). A read error is thrown by of()
    /// (Xapian::Error) as read() throws it.
    [[nodiscard]] static AliasTables read_on_demand(std::vector<Xapian::Database> databases);
    /// Where read_on_demand() finds a field's table: its stored form
    /// (EntityAliases::encode()), empty for none.
    using TableSource = std::function<std::string(const FieldSpec& field)>;
    /// As above, each index's tables read from its source (the database's
    /// metadata, or a copy of it kept elsewhere: the facet store's).
    [[nodiscard]] static AliasTables read_on_demand(std::vector<TableSource> sources);
    /// The source that reads a field's table from `db`'s metadata (what
    /// read() reads), through this handle.
    [[nodiscard]] static TableSource metadata_source(Xapian::Database db);
    /// Records every table in `db` (not committed); an empty one removes its key.
    void write(Xapian::WritableDatabase& db) const;

    /// EntityAliases::merge_missing() for every field.
    void merge_missing(const AliasTables& other);

    /// Same aliases in every field (reads tables on demand).
    friend bool operator==(const AliasTables& a, const AliasTables& b);

  private:
    struct OnDemand;
    // Moves every table into tables_ (reading those not read yet), so that
    // they can change.
    void read_all();

    std::vector<EntityAliases> tables_;  // parallel to entity_fields()
    // The databases of read_on_demand() and the tables read from them so
    // far; null once tables_ holds them (read() or read_all()). Copies
    // share it: a table read is never changed.
    std::shared_ptr<OnDemand> on_demand_;
};

}  // namespace dateline::schema
