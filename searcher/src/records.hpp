#pragma once
// Records: what the machine-readable formats write about one hit, one
// article (--show) or one keyword-in-context line (--kwic), as a JSON object
// whose keys are also the CSV/TSV columns. The JSON printer and the record
// printer both build them here, so `--json`, `--format jsonl` and
// `--format csv` cannot disagree. Private to the searcher library.

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "dateline/schema/entity.hpp"
#include "dateline/searcher/article_view.hpp"
#include "dateline/searcher/keyword_in_context.hpp"
#include "dateline/searcher/output_format.hpp"
#include "dateline/searcher/search_result.hpp"
#include "dateline/searcher/snippet.hpp"

namespace dateline::searcher::detail {

using Record = nlohmann::ordered_json;

/// Display names, as a JSON array.
[[nodiscard]] Record names_json(const std::vector<schema::Entity>& entities);
/// Snippet parts: [{"text": ..., "highlight": bool}, ...].
[[nodiscard]] Record parts_json(const Snippet& snippet);

/// rank, id, date, title, people, places, orgs, score, snippet, source, url
[[nodiscard]] Record hit_record(const Hit& hit);
/// The keys of hit_record(), in order: the CSV/TSV header.
[[nodiscard]] std::vector<std::string> hit_columns();

/// id, date, title, people, places, orgs, source, url, body
[[nodiscard]] Record article_record(const ArticleView& article);
[[nodiscard]] std::vector<std::string> article_columns();

/// date, id, left, match, right
[[nodiscard]] Record kwic_record(const KwicLine& line);
[[nodiscard]] std::vector<std::string> kwic_columns();

/// JSON text on one line; bytes that are not UTF-8 become U+FFFD.
[[nodiscard]] std::string dump(const Record& record);

/// Writes `records` in a record format (jsonl, csv, tsv, ids): JSON Lines; a
/// header of `columns` and a row per record; or each record's "id". Cells:
/// strings as they are, numbers as JSON writes them, null as empty, a list
/// of names joined by "; ", snippet parts as their plain text.
void print_records(std::ostream& out, const std::vector<Record>& records,
                   const std::vector<std::string>& columns, OutputFormat format);

}  // namespace dateline::searcher::detail
