#pragma once
// Small hand-made indexes for searcher tests, written with the real
// IndexWriter so the searcher reads exactly what dateline-index writes, and
// the facet requests tests ask of them.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/indexer/article.hpp"
#include "dateline/searcher/search_request.hpp"

namespace dateline::searcher::test {

/// An article; `date` is "YYYY-MM-DD" or empty, people/places/orgs are
/// display names.
[[nodiscard]] indexer::Article make_article(std::string id, std::string_view date,
                                            std::string title, std::string body,
                                            const std::vector<std::string>& people = {},
                                            const std::vector<std::string>& places = {},
                                            const std::vector<std::string>& orgs = {});

/// Writes `articles` to a new index folder at `path` (english, with spelling
/// data, `shards` databases), published as dateline-index does, facet store
/// included.
void build_index(const std::filesystem::path& path, const std::vector<indexer::Article>& articles,
                 std::size_t shards = 1);

/// Brings the facet store of the index folder at `path` up to date, as
/// dateline-index does after each run.
void update_store(const std::filesystem::path& path);

/// The facet request `--facet spec` makes ("person", "date:day"); throws
/// std::invalid_argument for a spec the tool would refuse.
[[nodiscard]] FacetRequest facet(std::string_view spec);

}  // namespace dateline::searcher::test
