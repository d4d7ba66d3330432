#pragma once
// Readers: bytes of one input file -> Articles and Diagnostics.
//
// Readers parse, nothing more: they never touch Xapian and never throw for bad
// input. Each malformed record becomes one Diagnostic (file, line, reason) and
// reading goes on with the next record. Every string a reader emits is valid
// UTF-8 without control characters (text_cleaning.hpp).
//
// Dates are read by schema::parse_date (every form it knows, to the day, the
// month or the year). A date that is there but cannot be read, or is not a
// real date, costs the article nothing but its date: the article is indexed
// without one and a warning says so ("path:line: date 'soon' not understood;
// indexed without a date").

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/reuters_codebook.hpp"
#include "dateline/schema/date_parsing.hpp"

namespace dateline::indexer {

enum class Format {
    Text,     ///< one article per file: optional header lines, then the body
    Reuters,  ///< Reuters-21578 SGML, many <REUTERS> records per file
    Jsonl,    ///< one JSON object per line
    Csv,      ///< comma-separated values with a header row, one article per row
};

/// "text", "reuters", "jsonl", "csv".
[[nodiscard]] std::string_view format_name(Format format);
/// Parses a --format value ("text", "reuters" or "sgml", "jsonl" or "json",
/// "csv"); nullopt otherwise.
[[nodiscard]] std::optional<Format> parse_format(std::string_view name);

/// Picks the format of a file from its extension (.sgm/.sgml -> Reuters,
/// .jsonl/.ndjson -> Jsonl, .csv -> Csv) and otherwise from its first bytes (a line starting
/// with '{' -> Jsonl, "<!DOCTYPE lewis" or "<REUTERS" -> Reuters), else Text.
[[nodiscard]] Format detect_format(const std::filesystem::path& path, std::string_view head);

using ArticleSink = std::function<void(Article)>;

/// What a reader knows about the file it reads.
struct ReadContext {
    SourceLocation file;                        ///< line is ignored
    const ReutersCodebook* codebook = nullptr;  ///< display names for Reuters codes
    /// How "1/3/2021" is read (--date-order): month first by default.
    schema::DateOrder date_order = schema::DateOrder::MonthFirst;
};

/// Reads one text-format article. Header lines (`key: value` or `key value`,
/// keys date, title, url and the entity fields people, places, orgs, any
/// case, leading white space
/// allowed) come first; the body is the rest. The header ends at the first
/// line that is not a header line, or at a blank line (consumed). A `date`
/// header may be followed by body text on the same line (the seed format
/// "date 2021-01-03 Text…"): the longest leading run of words that parses as
/// a date is the date. So that prose is not taken for a header, the form
/// without a colon counts only when the value starts with a date (date), is a
/// URL (url), or the key is written in lower case ("people Paul Volcker", not
/// "People familiar with…"). Without a date header the article has no date.
/// people/places/orgs are separated by ';' or ','. Without a title the first
/// sentence, shortened at a word boundary, is the title. Id = relative path;
/// source line 0 (the file is the article). An empty, text-less or binary
/// (NUL bytes) file is reported with line 0.
void read_text_article(std::string_view content, const ReadContext& context,
                       const ArticleSink& on_article, const DiagnosticSink& on_diagnostic);

/// Reads a Reuters-21578 SGML file: each <REUTERS> element is an article with
/// id "reuters-NEWID", DATE (its day only: the time is often broken), TITLE,
/// BODY (or the bare TEXT when no BODY, without its TITLE/DATELINE/AUTHOR),
/// PEOPLE and PLACES codes (key = the code, name through the codebook when
/// given, else readable_code()). A truncated element (no </REUTERS> before the
/// next <REUTERS or the end), a missing NEWID or a bad date is reported at the
/// line of its <REUTERS tag and skipped (a bad date only costs the date). An element with an empty
/// TEXT is still an article (with empty title and body): it is part of the collection. A file
/// without any <REUTERS> element is reported (line 0).
void read_reuters_file(std::string_view content, const ReadContext& context,
                       const ArticleSink& on_article, const DiagnosticSink& on_diagnostic);

/// Reads JSON Lines: per line an object with id, date, title, body (or text),
/// people, places, orgs (arrays of strings or one string), url, or the names
/// other archives give them (record_fields.hpp). A line without an id gets
/// "relative_path:line". Blank lines are skipped; a bad line is reported.
/// Also reads a JSON array of such objects (each element as a line, by the
/// line it starts on; a malformed element is reported alone, an array cut
/// short keeps the elements before the cut) and a file holding one object
/// over several lines (id: relative_path).
void read_jsonl_file(std::string_view content, const ReadContext& context,
                     const ArticleSink& on_article, const DiagnosticSink& on_diagnostic);

/// Reads comma-separated values (csv_records.hpp; tab- or semicolon-separated
/// where the header line says so: CsvRecords::guess_delimiter): the first record is a
/// header naming the columns (any case, surrounding spaces ignored): id, url,
/// date, title, body or text, people, places, orgs, or the names other
/// archives give them (record_fields.hpp). Other columns are ignored.
/// Each further record is an article, read as a JSON Lines object would be:
/// body falls back to text, people/places/orgs are separated by ';' or ',', a row
/// without an id gets "relative_path:line" (the line its record starts on),
/// which is also its source line. A header without a body or text column is
/// one diagnostic naming the columns it has, and nothing is read; a row whose
/// field count differs from the header's, or that cannot be split, is
/// reported and skipped. A file with NUL bytes is reported as binary.
void read_csv_file(std::string_view content, const ReadContext& context,
                   const ArticleSink& on_article, const DiagnosticSink& on_diagnostic);

/// Dispatches to the reader for `format`.
void read_articles(Format format, std::string_view content, const ReadContext& context,
                   const ArticleSink& on_article, const DiagnosticSink& on_diagnostic);

}  // namespace dateline::indexer
