#pragma once
// OutputFormat: how dateline-search writes what it found (--format).
//
//   text   for people: aligned, coloured on a terminal (text_printer.hpp)
//   json   one JSON object (json_printer.hpp, docs/json-format.md)
//   jsonl  one JSON object per record (hit, keyword-in-context line, article)
//   csv    a header row, then one row per record; RFC 4180 quoting
//   tsv    the same columns separated by tabs
//   ids    the id of each record, one per line, like `grep -l`
// docs/output-formats.md describes the records and their columns.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::searcher {

enum class OutputFormat { Text, Json, Jsonl, Csv, Tsv, Ids };

/// "text", "json", "jsonl", "csv", "tsv", "ids"; nullopt otherwise.
[[nodiscard]] std::optional<OutputFormat> parse_output_format(std::string_view text);

/// The names parse_output_format accepts, in the order above.
[[nodiscard]] std::vector<std::string> output_format_names();

/// The format's name ("csv").
[[nodiscard]] std::string_view output_format_name(OutputFormat format);

/// True for the formats that write one record after another (jsonl, csv,
/// tsv, ids): they carry records only, no totals or facets.
[[nodiscard]] bool is_record_format(OutputFormat format);

}  // namespace dateline::searcher
