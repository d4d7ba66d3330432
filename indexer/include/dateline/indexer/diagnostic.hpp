#pragma once
// Diagnostic: a problem with one input record, reported and then skipped.

#include <cstddef>
#include <functional>
#include <string>

namespace dateline::indexer {

struct Diagnostic {
    std::string path;      ///< the file, as given by the user
    std::size_t line = 0;  ///< 1-based; 0 when the problem is the whole file
    std::string reason;

    /// "path:line: reason" (or "path: reason" when line is 0).
    [[nodiscard]] std::string to_string() const;
};

using DiagnosticSink = std::function<void(Diagnostic)>;

}  // namespace dateline::indexer
