#pragma once
// Test helper: runs a reader on a string and collects what it emits.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/indexer/reader.hpp"
#include "support/process.hpp"

namespace dateline::indexer::test {

struct ReadResult {
    std::vector<Article> articles;
    std::vector<Diagnostic> diagnostics;

    /// Diagnostics as "path:line: reason".
    [[nodiscard]] std::vector<std::string> messages() const {
        std::vector<std::string> out;
        for (const auto& d : diagnostics) out.push_back(d.to_string());
        return out;
    }
};

inline ReadResult read_with(Format format, std::string_view content,
                            const std::string& relative_path,
                            const ReutersCodebook* codebook = nullptr) {
    ReadResult result;
    const ReadContext context{SourceLocation{"in/" + relative_path, relative_path, 1}, codebook};
    read_articles(
        format, content, context, [&](Article a) { result.articles.push_back(std::move(a)); },
        [&](Diagnostic d) { result.diagnostics.push_back(std::move(d)); });
    return result;
}

/// The bytes of tests/data/readers/<name>.
inline std::string fixture(const std::string& name) {
    std::ifstream in(dateline::test::test_data_dir() + "/readers/" + name, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + name);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

inline std::vector<std::string> keys(const std::vector<schema::Entity>& entities) {
    std::vector<std::string> out;
    for (const auto& e : entities) out.push_back(e.key);
    return out;
}

inline std::vector<std::string> names(const std::vector<schema::Entity>& entities) {
    std::vector<std::string> out;
    for (const auto& e : entities) out.push_back(e.name);
    return out;
}

}  // namespace dateline::indexer::test
