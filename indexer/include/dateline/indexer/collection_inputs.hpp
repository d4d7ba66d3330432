#pragma once
// CollectionInputs: from the paths of one run to the collections they belong
// to (schema/collections.hpp), and from the files found under them to their
// sources ("2019/a.txt", "seed:2019/a.txt").
//
// A path is resolved to an absolute path without "." or "..", so however it
// is spelled (`arch`, `./arch/`, `/home/me/arch`) it names the same
// collection. A path at or under a remembered root is that collection (a
// folder under it is a part of it: only files under that folder are read
// or removed); any other existing path becomes a new collection, unless it
// holds a remembered one: that is refused, since taking it in would change
// the ids of its articles (they are relative to its root). No path at all
// means every remembered collection.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/indexer/input_discovery.hpp"
#include "dateline/schema/collections.hpp"

namespace dateline::indexer {

/// One path of the run, resolved.
struct CollectionInput {
    std::filesystem::path given;  ///< as the user wrote it (diagnostics name files this way)
    /// A path that names nothing on disk (discovery reports it): no collection.
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t collection = 0;  ///< index into CollectionInputs::collections, or kNone
    std::string part;            ///< folder or file under the root ('/' separated); "" = whole
};

/// The collection `given` names for `dateline-index --forget`: the one whose
/// root it is (however spelled), else, when no such file or folder exists,
/// the one whose key it is. Throws std::runtime_error, listing the
/// remembered collections, when it names none, or saying which collection
/// holds it when it lies inside one.
[[nodiscard]] std::size_t collection_to_forget(const std::vector<schema::Collection>& collections,
                                               const std::filesystem::path& given);

class CollectionInputs {
  public:
    /// Resolves `paths` against `remembered`. Without paths, or with
    /// `everything` (a rebuild), every remembered collection is read whole.
    /// Throws std::runtime_error for a run with no path on an index that
    /// remembers none, or a path that holds a remembered collection.
    CollectionInputs(std::vector<schema::Collection> remembered,
                     const std::vector<std::filesystem::path>& paths, bool everything);

    /// The remembered collections followed by the new ones.
    [[nodiscard]] const std::vector<schema::Collection>& collections() const {
        return collections_;
    }
    [[nodiscard]] const std::vector<CollectionInput>& inputs() const { return inputs_; }
    /// Collections first seen in this run.
    [[nodiscard]] std::size_t new_count() const { return collections_.size() - remembered_; }

    /// Rewrites the relative path of a file discover_inputs() found under
    /// `input.given` into its source in the collection.
    void qualify(const CollectionInput& input, InputFile& file) const;

    /// True when the source of a file recorded by an earlier run is under a
    /// path of this run, so that its file going away means it was removed.
    [[nodiscard]] bool covers(std::string_view source) const;

  private:
    std::size_t add_collection(const std::filesystem::path& root);

    std::vector<schema::Collection> collections_;
    std::size_t remembered_ = 0;
    std::vector<CollectionInput> inputs_;
};

}  // namespace dateline::indexer
