#pragma once
// Small hand-made indexes for searcher tests, written with the real
// IndexWriter so the searcher reads exactly what dateline-index writes.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/indexer/article.hpp"

namespace dateline::searcher::test {

/// An article; `date` is "YYYY-MM-DD" or empty, people/places are display names.
[[nodiscard]] indexer::Article make_article(std::string id, std::string_view date,
                                            std::string title, std::string body,
                                            const std::vector<std::string>& people = {},
                                            const std::vector<std::string>& places = {});

/// Writes `articles` to a new index folder at `path` (english, with spelling
/// data), published as dateline-index does.
void build_index(const std::filesystem::path& path, const std::vector<indexer::Article>& articles);

}  // namespace dateline::searcher::test
