#pragma once
// People and places: how a name becomes a canonical key, boolean terms and a
// facet value.
//
// An Entity has a key (canonical, used for matching and facet counting) and a
// display name. Two spellings that fold to the same key ("José Martí" and
// "jose marti") are one entity across the whole index.

#include <string>
#include <string_view>
#include <vector>

namespace dateline::schema {

struct Entity {
    std::string key;   ///< canonical_key() of the name, or a collection code ("west-germany")
    std::string name;  ///< display form ("West Germany")

    friend bool operator==(const Entity&, const Entity&) = default;
};

/// Folds a name to its canonical key: lower case, Latin accents removed,
/// apostrophes dropped, every other run of non-alphanumerics turned into one
/// '-' ("Jacques de Larosière" -> "jacques-de-larosiere", "O'Neill" -> "oneill").
/// Non-Latin letters are kept (lower-cased). Empty if the name has no letters
/// or digits.
[[nodiscard]] std::string canonical_key(std::string_view name);

/// Builds an entity from a display name (key = canonical_key(name)).
[[nodiscard]] Entity entity_from_name(std::string_view name);

/// The identity an entity is stored and counted under: the key of its display
/// name, so that a code-book entry ({volcker, "Paul Volcker"}) and the same
/// name found in a text are one entity (paul-volcker); the entity itself when
/// the name has no letters or digits. The key stays a query term.
[[nodiscard]] Entity entity_identity(const Entity& entity);

/// Terms (without prefix) that let `person:` find this person: the key, the
/// key of the display name if different, and each word of the name longer
/// than two letters (not particles like "al", "de"), so
/// `person:volcker` and `person:"paul volcker"` both match Paul Volcker.
[[nodiscard]] std::vector<std::string> person_terms(const Entity& person);

/// Terms (without prefix) for an organisation: its key and the key of its
/// display name. Words are not split out: `org:general` must not match
/// General Motors. (Places have identities of their own:
/// place_identities.hpp.)
[[nodiscard]] std::vector<std::string> whole_name_terms(const Entity& entity);

/// Encodes entities for a value slot: "key\x1Fname" records joined by '\x1E'.
/// Neither separator can occur in a key or a cleaned name.
[[nodiscard]] std::string encode_entities(const std::vector<Entity>& entities);
/// Inverse of encode_entities(); skips malformed records.
[[nodiscard]] std::vector<Entity> decode_entities(std::string_view encoded);

}  // namespace dateline::schema
