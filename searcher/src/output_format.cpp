#include "dateline/searcher/output_format.hpp"

#include <array>
#include <utility>

namespace dateline::searcher {

namespace {

constexpr std::array<std::pair<OutputFormat, std::string_view>, 6> kNames{{
    {OutputFormat::Text, "text"},
    {OutputFormat::Json, "json"},
    {OutputFormat::Jsonl, "jsonl"},
    {OutputFormat::Csv, "csv"},
    {OutputFormat::Tsv, "tsv"},
    {OutputFormat::Ids, "ids"},
}};

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view text) {
    for (const auto& [format, name] : kNames) {
        if (name == text) return format;
    }
    return std::nullopt;
}

std::vector<std::string> output_format_names() {
    std::vector<std::string> names;
    for (const auto& entry : kNames) names.emplace_back(entry.second);
    return names;
}

std::string_view output_format_name(OutputFormat format) {
    for (const auto& [candidate, name] : kNames) {
        if (candidate == format) return name;
    }
    return "text";
}

bool is_record_format(OutputFormat format) {
    return format == OutputFormat::Jsonl || format == OutputFormat::Csv ||
           format == OutputFormat::Tsv || format == OutputFormat::Ids;
}

}  // namespace dateline::searcher
