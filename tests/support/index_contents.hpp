#pragma once
// Reading back what an index holds, for end-to-end tests.

#include <map>
#include <string>

namespace dateline::test {

/// Every article in the index at `index_path`: id -> title (from the stored
/// document data).
[[nodiscard]] std::map<std::string, std::string> index_titles(const std::string& index_path);

}  // namespace dateline::test
