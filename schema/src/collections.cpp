#include "dateline/schema/collections.hpp"

#include <charconv>

namespace dateline::schema {

std::string collection_metadata_key(std::string_view key) {
    return std::string(kCollectionKeyPrefix) + std::string(key);
}

std::string encode_collection(const Collection& collection) {
    return std::string(collection.qualified ? "1" : "0") + ' ' +
           std::to_string(collection.last_run) + ' ' + collection.root.string();
}

std::optional<Collection> decode_collection(std::string_view key, std::string_view value) {
    Collection collection;
    collection.key = std::string(key);
    if (value.size() < 2 || (value[0] != '0' && value[0] != '1') || value[1] != ' ') {
        return std::nullopt;
    }
    collection.qualified = value[0] == '1';
    value.remove_prefix(2);
    const auto [end, error] =
        std::from_chars(value.data(), value.data() + value.size(), collection.last_run);
    if (error != std::errc{} || end == value.data() + value.size() || *end != ' ') {
        return std::nullopt;
    }
    value.remove_prefix(static_cast<std::size_t>(end - value.data()) + 1);
    if (value.empty()) return std::nullopt;
    collection.root = std::filesystem::path(std::string(value));
    std::error_code ignored;
    collection.root_is_file = std::filesystem::is_regular_file(collection.root, ignored);
    return collection;
}

std::vector<Collection> load_collections(const Xapian::Database& db) {
    std::vector<Collection> collections;
    const std::string prefix(kCollectionKeyPrefix);
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        const std::string key = *it;
        if (auto collection = decode_collection(std::string_view(key).substr(prefix.size()),
                                                db.get_metadata(key))) {
            collections.push_back(std::move(*collection));
        }
    }
    return collections;
}

const Collection* owner_of(const std::vector<Collection>& collections, std::string_view source) {
    const Collection* unqualified = nullptr;
    for (const auto& collection : collections) {
        if (!collection.qualified) {
            unqualified = &collection;
        } else if (source.starts_with(collection.source_prefix())) {
            return &collection;
        }
    }
    return unqualified;
}

std::optional<std::filesystem::path> source_file(const std::vector<Collection>& collections,
                                                 std::string_view source) {
    const Collection* owner = owner_of(collections, source);
    if (owner == nullptr) return std::nullopt;
    if (owner->root_is_file) return owner->root;
    source.remove_prefix(owner->source_prefix().size());
    return owner->root / std::filesystem::path(std::string(source));
}

}  // namespace dateline::schema
