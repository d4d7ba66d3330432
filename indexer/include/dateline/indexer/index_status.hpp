#pragma once
// `dateline-index --status`: what an index holds, collection by collection,
// read from its metadata without taking the writer's lock.

#include <filesystem>
#include <string>

namespace dateline::indexer {

/// One line per collection: "KEY  ROOT  N articles in F files, last changed
/// YYYY-MM-DD HH:MM UTC", each followed by its files still failing
/// ("  failing: SOURCE: PROBLEM"); then the total. Throws Xapian::Error when
/// `index` cannot be opened.
[[nodiscard]] std::string index_status(const std::filesystem::path& index);

}  // namespace dateline::indexer
