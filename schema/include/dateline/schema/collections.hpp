#pragma once
// Collections: the folders (or files) an index was given, remembered in its
// metadata so that a run without a path updates them all, a new path adds
// one, and removals only concern the collection that held a file.
//
// Each collection has a key (its root's base name, made unique with "-2",
// "-3"...), its absolute root, and whether its sources are qualified. The
// sources of an index's first collection are their paths relative to its
// root, as they always were ("2019/rates.txt"); every later collection's are
// qualified by its key and a colon ("seed:2019/rates.txt"), so two
// collections never share a source, a file state or a path-derived id, and
// an index built before collections existed keeps its ids.
//
// Metadata key: "dateline.collection:" + key; value: "qualified last_run
// root", qualified being 0 or 1, last_run seconds since the epoch of the
// last run that read the collection, root the rest of the value. A reader
// joins root and the rest of a source to find an article's file
// (source_file()).

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::schema {

inline constexpr std::string_view kCollectionKeyPrefix = "dateline.collection:";

struct Collection {
    std::string key;             ///< "seed"
    std::filesystem::path root;  ///< absolute
    bool qualified = false;      ///< sources are "key:relative"
    std::int64_t last_run = 0;   ///< seconds since the epoch
    bool root_is_file = false;   ///< a file given by itself (not stored: asked of the disk)

    /// "seed:" for a qualified collection, "" for the first one.
    [[nodiscard]] std::string source_prefix() const { return qualified ? key + ":" : ""; }

    friend bool operator==(const Collection&, const Collection&) = default;
};

[[nodiscard]] std::string collection_metadata_key(std::string_view key);
[[nodiscard]] std::string encode_collection(const Collection& collection);
/// nullopt for a value encode_collection() did not write.
[[nodiscard]] std::optional<Collection> decode_collection(std::string_view key,
                                                          std::string_view value);

/// Every collection recorded in `db`, by key.
[[nodiscard]] std::vector<Collection> load_collections(const Xapian::Database& db);

/// The collection a source (a file state's path, an XSRC term's value, a
/// stored source without its ":line") belongs to: the qualified one its
/// "key:" names, else the unqualified one; nullptr when there is none.
[[nodiscard]] const Collection* owner_of(const std::vector<Collection>& collections,
                                         std::string_view source);

/// The file on disk a source names: its collection's root joined with the
/// source's relative path (the root itself for a collection of one file);
/// nullopt when no collection holds it.
[[nodiscard]] std::optional<std::filesystem::path> source_file(
    const std::vector<Collection>& collections, std::string_view source);

}  // namespace dateline::schema
