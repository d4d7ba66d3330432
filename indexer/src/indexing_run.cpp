#include "dateline/indexer/indexing_run.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <unordered_map>

#include "dateline/indexer/index_writer.hpp"

namespace dateline::indexer {

namespace {

// Reads a whole file; nullopt (with `error` set) when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open file";
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        error = "read error";
        return std::nullopt;
    }
    return std::move(buffer).str();
}

std::string location_of(const SourceLocation& source) {
    return source.path + ":" + std::to_string(source.line);
}

}  // namespace

std::string IndexingSummary::to_string() const {
    const double seconds = elapsed.count();
    const double rate = seconds > 0 ? static_cast<double>(articles) / seconds : 0.0;
    return fmt::format("indexed {} articles from {} files, skipped {}, in {:.1f} s ({:.0f} articles/s)",
                       articles, files, skipped, seconds, rate);
}

IndexingSummary run_indexing(const IndexingOptions& options, const DiagnosticSink& on_diagnostic) {
    const auto start = std::chrono::steady_clock::now();
    IndexingSummary summary;
    const DiagnosticSink report = [&](Diagnostic diagnostic) {
        ++summary.skipped;
        on_diagnostic(std::move(diagnostic));
    };

    IndexStore store(options.index_path);
    IndexWriter writer(store, IndexWriterOptions{options.language, options.spelling,
                                                 options.batch_size, options.rebuild});
    const auto files = discover_inputs(options.inputs, options.discovery, report);

    // First place each id was seen in this run, to report duplicates.
    std::unordered_map<std::string, std::string> seen_ids;
    for (const auto& file : files) {
        std::string error;
        const auto content = read_file(file.path, error);
        if (!content) {
            report(Diagnostic{file.path.string(), 0, error});
            continue;
        }
        ++summary.files;
        const Format format = file.format.value_or(
            detect_format(file.path, std::string_view(*content).substr(0, 4096)));
        const ReadContext context{SourceLocation{file.path.string(), file.relative_path, 1},
                                  file.codebook.get()};
        read_articles(
            format, *content, context,
            [&](Article article) {
                const auto [first, inserted] =
                    seen_ids.try_emplace(article.id, location_of(article.source));
                if (!inserted) {
                    report(Diagnostic{article.source.path, article.source.line,
                                      "duplicate id '" + article.id + "' (first at " +
                                          first->second + "); skipped"});
                    return;
                }
                if (options.extractor != nullptr) {
                    merge_entities(article, options.extractor->extract(article));
                }
                writer.add(article);
                ++summary.articles;
            },
            report);
    }
    summary.documents_in_index = writer.document_count();
    writer.finish();
    summary.elapsed = std::chrono::steady_clock::now() - start;
    return summary;
}

}  // namespace dateline::indexer
