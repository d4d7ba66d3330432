#include "dateline/indexer/collection_inputs.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace dateline::indexer {

namespace fs = std::filesystem;

namespace {

fs::path resolved(const fs::path& path) {
    std::error_code error;
    fs::path absolute = fs::weakly_canonical(fs::absolute(path), error);
    if (error) absolute = fs::absolute(path).lexically_normal();
    // "arch/" and "arch" are one folder.
    if (!absolute.has_filename() && absolute.has_parent_path() && absolute != absolute.root_path())
        absolute = absolute.parent_path();
    return absolute;
}

// `path` relative to `root` when it is at or under it ("" for the root itself).
std::optional<std::string> part_under(const fs::path& root, const fs::path& path) {
    if (path == root) return std::string();
    const fs::path relative = path.lexically_relative(root);
    if (relative.empty() || *relative.begin() == "..") return std::nullopt;
    return relative.generic_string();
}

bool is_under(std::string_view source, std::string_view part) {
    return part.empty() || source == part ||
           (source.starts_with(part) && source.size() > part.size() && source[part.size()] == '/');
}

std::string remembered_list(const std::vector<schema::Collection>& collections) {
    if (collections.empty()) return "it remembers none";
    std::string list = "it remembers ";
    for (std::size_t i = 0; i < collections.size(); ++i) {
        if (i > 0) list += ", ";
        list += collections[i].key + " (" + collections[i].root.string() + ")";
    }
    return list;
}

}  // namespace

std::size_t collection_to_forget(const std::vector<schema::Collection>& collections,
                                 const fs::path& given) {
    const fs::path absolute = resolved(given);
    for (std::size_t i = 0; i < collections.size(); ++i) {
        if (collections[i].root == absolute) return i;
    }
    // The key --status shows, when no folder of that name is meant.
    std::error_code error;
    if (!fs::exists(absolute, error)) {
        for (std::size_t i = 0; i < collections.size(); ++i) {
            if (collections[i].key == given.string()) return i;
        }
    }
    for (const auto& collection : collections) {
        if (part_under(collection.root, absolute)) {
            throw std::runtime_error(
                given.string() + " is inside the collection '" + collection.key + "' (" +
                collection.root.string() +
                "); --forget takes a whole collection: to drop some of its files, delete or "
                "--exclude them and run again");
        }
    }
    throw std::runtime_error(given.string() + " is not a collection of this index; " +
                             remembered_list(collections));
}

CollectionInputs::CollectionInputs(std::vector<schema::Collection> remembered,
                                   const std::vector<fs::path>& paths, bool everything)
    : collections_(std::move(remembered)), remembered_(collections_.size()) {
    if (paths.empty() && collections_.empty()) {
        throw std::runtime_error(
            "the index remembers no collection yet: name the files or folders to index");
    }
    for (const auto& path : paths) {
        const fs::path absolute = resolved(path);
        std::optional<CollectionInput> input;
        for (std::size_t i = 0; i < collections_.size() && !input; ++i) {
            if (auto part = part_under(collections_[i].root, absolute)) {
                if (collections_[i].root_is_file && !part->empty()) continue;
                input = CollectionInput{path, i, std::move(*part)};
            }
        }
        if (!input) {
            for (const auto& collection : collections_) {
                if (part_under(absolute, collection.root)) {
                    // Taking it in would give its articles other ids (they
                    // are relative to the root), so the user decides.
                    throw std::runtime_error(
                        path.string() + " holds the collection '" + collection.key + "' (" +
                        collection.root.string() +
                        "): a collection cannot hold another. Give the folders beside it one by "
                        "one, or first --forget " +
                        collection.root.string() + " to index " + path.string() +
                        " as one collection (its articles then get new ids)");
                }
            }
            std::error_code error;
            if (!fs::exists(absolute, error)) {
                // Discovery reports it; a missing folder is no collection.
                inputs_.push_back(CollectionInput{path, CollectionInput::kNone, ""});
                continue;
            }
            input = CollectionInput{path, add_collection(absolute), ""};
        }
        inputs_.push_back(std::move(*input));
    }
    for (std::size_t i = 0; i < remembered_; ++i) {
        if (!paths.empty() && !everything) break;
        const bool whole = std::any_of(inputs_.begin(), inputs_.end(), [&](const auto& input) {
            return input.collection == i && input.part.empty();
        });
        if (!whole) inputs_.push_back(CollectionInput{collections_[i].root, i, ""});
    }
}

std::size_t CollectionInputs::add_collection(const fs::path& root) {
    schema::Collection collection;
    collection.root = root;
    std::error_code error;
    collection.root_is_file = !fs::is_directory(root, error);
    std::string base = root.filename().string();
    if (base.empty()) base = "root";
    std::replace(base.begin(), base.end(), ':', '-');
    std::string key = base;
    for (int n = 2; std::any_of(collections_.begin(), collections_.end(),
                                [&](const auto& c) { return c.key == key; });
         ++n) {
        key = base + "-" + std::to_string(n);
    }
    collection.key = key;
    // One collection keeps its sources unqualified: the first one.
    collection.qualified = std::any_of(collections_.begin(), collections_.end(),
                                       [](const auto& c) { return !c.qualified; });
    collections_.push_back(std::move(collection));
    return collections_.size() - 1;
}

void CollectionInputs::qualify(const CollectionInput& input, InputFile& file) const {
    if (input.collection >= collections_.size()) return;  // a missing path: nothing found
    const schema::Collection& collection = collections_[input.collection];
    std::string relative = file.relative_path;
    if (!collection.root_is_file && !input.part.empty()) {
        std::error_code error;
        const bool folder = fs::is_directory(input.given, error);
        const fs::path base = folder ? fs::path(input.part) : fs::path(input.part).parent_path();
        if (!base.empty()) relative = (base / relative).generic_string();
    }
    file.relative_path = collection.source_prefix() + relative;
}

bool CollectionInputs::covers(std::string_view source) const {
    const schema::Collection* owner = schema::owner_of(collections_, source);
    if (owner == nullptr) return false;
    const std::string_view relative = source.substr(owner->source_prefix().size());
    return std::any_of(inputs_.begin(), inputs_.end(), [&](const CollectionInput& input) {
        return input.collection < collections_.size() &&
               collections_[input.collection].key == owner->key &&
               (owner->root_is_file || is_under(relative, input.part));
    });
}

}  // namespace dateline::indexer
