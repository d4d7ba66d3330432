#pragma once
// The --report file: a run's summary and every problem, as JSON for scripts
// and monitoring (format documented in docs/operations.md).

#include <string>
#include <vector>

#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/indexing_run.hpp"

namespace dateline::indexer {

/// {"format_version":1, "status", "rebuilt", "added", "updated", "removed",
///  "unchanged", "skipped", "failed", "warnings", "still_failing",
///  "removals_withheld", "seconds", "documents",
///  "problems":[{"file","line","reason","severity"}],
///  "ignored":[{"file","reason"}]}, keys in this order.
[[nodiscard]] std::string run_report_json(const IndexingSummary& summary, int exit_status,
                                          const std::vector<Diagnostic>& problems);

}  // namespace dateline::indexer
