#pragma once
// Diagnostic: a problem with one input record or file, reported. Most cost
// the record (it is skipped); a warning says what was left out of a record
// that is still indexed (a date not understood).

#include <cstddef>
#include <functional>
#include <string>

namespace dateline::indexer {

enum class Severity {
    Error,    ///< the record or file was not indexed
    Warning,  ///< the record was indexed without the part named in the reason
};

struct Diagnostic {
    std::string path;      ///< the file, as given by the user
    std::size_t line = 0;  ///< 1-based; 0 when the problem is the whole file
    std::string reason;
    Severity severity = Severity::Error;

    /// "path:line: reason" (or "path: reason" when line is 0).
    [[nodiscard]] std::string to_string() const;
};

using DiagnosticSink = std::function<void(Diagnostic)>;

}  // namespace dateline::indexer
