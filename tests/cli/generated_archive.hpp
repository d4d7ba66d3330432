#pragma once
// A deterministic archive written by a test: JSON Lines and text files whose
// titles carry a version number, so a test can change some files, run the
// indexer, and know exactly which id -> title map the index must then hold.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace dateline::test {

struct GeneratedArchive {
    std::size_t jsonl_files = 20;
    std::size_t articles_per_jsonl = 100;
    std::size_t text_files = 200;

    /// Writes (or rewrites) the archive under `root` at `version`: files whose
    /// number is a multiple of `stride` get titles of this version, the others
    /// keep version 0. Returns the id -> title map the index must hold.
    std::map<std::string, std::string> write(const std::filesystem::path& root, int version,
                                             std::size_t stride = 3) const;
};

/// The dateline-index command line that indexes `archive` into `index`
/// quietly, without extraction (these tests are about the index, not NER).
[[nodiscard]] std::vector<std::string> index_command(const std::string& index,
                                                     const std::filesystem::path& archive,
                                                     bool rebuild);

}  // namespace dateline::test
