#pragma once
// The --report file: a run's summary and every problem, as JSON for scripts
// and monitoring (format documented in docs/operations.md).

#include <string>
#include <vector>

#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/index_status.hpp"
#include "dateline/indexer/indexing_run.hpp"

namespace dateline::indexer {

/// {"format_version":1, "status", "rebuilt", "added", "updated", "removed",
///  "unchanged", "skipped", "failed", "warnings", "still_failing",
///  "removals_withheld", "seconds", "documents", "facet_store" (when the
///  index has a generation), "forgotten" (after --forget),
///  "collections":[{"name","root","articles","files","failing","last_run",
///  "last_change"}] (times as "2026-12-05T07:09:00Z", or null),
///  "problems":[{"file","line","reason","severity"}],
///  "ignored":[{"file","reason"}]}, keys in this order.
[[nodiscard]] std::string run_report_json(const IndexingSummary& summary, int exit_status,
                                          const std::vector<Diagnostic>& problems,
                                          const std::vector<CollectionFigures>& collections = {});

}  // namespace dateline::indexer
