#include "dateline/indexer/run_report.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <nlohmann/json.hpp>

namespace dateline::indexer {

namespace {

// "2026-12-05T07:09:00Z"; null when unknown.
nlohmann::ordered_json iso_time(std::int64_t seconds) {
    if (seconds <= 0) return nullptr;
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                       std::chrono::sys_seconds(std::chrono::seconds(seconds)));
}

}  // namespace

std::string run_report_json(const IndexingSummary& summary, int exit_status,
                            const std::vector<Diagnostic>& problems,
                            const std::vector<CollectionFigures>& collections) {
    // Ordered: format_version first, then the figures in the summary's order,
    // as docs/operations.md shows them (nlohmann::json would sort the keys).
    using Json = nlohmann::ordered_json;
    Json report{{"format_version", 1},
                {"status", exit_status},
                {"rebuilt", summary.rebuilt},
                {"added", summary.added},
                {"updated", summary.updated},
                {"removed", summary.removed},
                {"unchanged", summary.unchanged},
                {"skipped", summary.skipped},
                {"failed", summary.failed},
                {"warnings", summary.warnings},
                {"still_failing", summary.still_failing},
                {"removals_withheld", summary.removals_withheld},
                {"seconds", summary.elapsed.count()},
                {"documents", summary.documents_in_index}};
    if (!summary.facet_store_update.empty()) {
        auto& store =
            report["facet_store"] = {{"update", summary.facet_store_update},
                                     {"documents_read", summary.facet_store_documents_read},
                                     {"seconds", summary.facet_store_elapsed.count()}};
        if (!summary.facet_store_problem.empty()) store["problem"] = summary.facet_store_problem;
    }
    if (!summary.forgotten.empty()) report["forgotten"] = summary.forgotten;
    auto& listed = report["collections"] = Json::array();
    for (const auto& entry : collections) {
        listed.push_back({{"name", entry.collection.key},
                          {"root", entry.collection.root.string()},
                          {"articles", entry.articles},
                          {"files", entry.files},
                          {"failing", entry.failing.size()},
                          {"last_run", iso_time(entry.last_run)},
                          {"last_change", iso_time(entry.last_change())}});
    }
    auto& list = report["problems"] = Json::array();
    for (const auto& problem : problems) {
        list.push_back({{"file", problem.path},
                        {"line", problem.line},
                        {"reason", problem.reason},
                        {"severity", problem.severity == Severity::Warning ? "warning" : "error"}});
    }
    auto& ignored = report["ignored"] = Json::array();
    for (const auto& file : summary.ignored) {
        ignored.push_back({{"file", file.path}, {"reason", file.reason}});
    }
    return report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace dateline::indexer
