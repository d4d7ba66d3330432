#pragma once
// The record printer: results as a stream of records for other programs,
// in one of the record formats of output_format.hpp (jsonl, csv, tsv, ids).
// A record per hit, per keyword-in-context line or for the one article
// shown, with the fields of the same thing in `--json` output
// (docs/output-formats.md lists the columns). Totals, spelling suggestions
// and facets are not records: `--format text` or `json` show them.

#include <ostream>

#include "dateline/searcher/article_view.hpp"
#include "dateline/searcher/keyword_in_context.hpp"
#include "dateline/searcher/output_format.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

/// Writes the hits of `result` in `format`, which must be a record format
/// (is_record_format); throws std::invalid_argument otherwise.
void print_records(std::ostream& out, const SearchResult& result, OutputFormat format);

/// One record: the article (--show), its whole body included.
void print_records(std::ostream& out, const ArticleView& article, OutputFormat format);

/// A record per keyword-in-context line (--kwic).
void print_records(std::ostream& out, const KwicResult& result, OutputFormat format);

}  // namespace dateline::searcher
