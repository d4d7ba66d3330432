#include "dateline/indexer/collection_runs.hpp"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <string_view>

namespace dateline::indexer {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFileName = "collection-runs";

}  // namespace

CollectionRuns load_collection_runs(const fs::path& index_dir) {
    CollectionRuns runs;
    std::ifstream in(index_dir / kFileName);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t space = line.find(' ');
        if (space == std::string::npos || space + 1 == line.size()) continue;
        std::int64_t seconds = 0;
        const auto [end, error] = std::from_chars(line.data(), line.data() + space, seconds);
        if (error != std::errc{} || end != line.data() + space) continue;
        runs[line.substr(space + 1)] = seconds;
    }
    return runs;
}

bool save_collection_runs(const fs::path& index_dir, const CollectionRuns& runs) {
    const fs::path path = index_dir / kFileName;
    const fs::path temporary = index_dir / (std::string(kFileName) + ".tmp");
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (const auto& [key, seconds] : runs) out << seconds << ' ' << key << '\n';
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            return false;
        }
    }
    return std::rename(temporary.c_str(), path.c_str()) == 0;
}

}  // namespace dateline::indexer
