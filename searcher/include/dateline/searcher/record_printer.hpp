#pragma once
// The record printer: results as a stream of records for other programs,
// in one of the record formats of output_format.hpp (jsonl, csv, tsv, ids).
// A record per hit, with the fields of a hit in `--json` output
// (docs/output-formats.md lists the columns). Totals, spelling suggestions
// and facets are not records: `--format text` or `json` show them.

#include <ostream>

#include "dateline/searcher/output_format.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

/// Writes the hits of `result` in `format`, which must be a record format
/// (is_record_format); throws std::invalid_argument otherwise.
void print_records(std::ostream& out, const SearchResult& result, OutputFormat format);

}  // namespace dateline::searcher
