#include "dateline/indexer/reader.hpp"

namespace dateline::indexer {

namespace {

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace

std::string_view format_name(Format format) {
    switch (format) {
        case Format::Text:
            return "text";
        case Format::Reuters:
            return "reuters";
        case Format::Jsonl:
            return "jsonl";
        case Format::Csv:
            return "csv";
    }
    return "text";
}

std::optional<Format> parse_format(std::string_view name) {
    const std::string lower = lower_ascii(name);
    if (lower == "text" || lower == "txt") return Format::Text;
    if (lower == "reuters" || lower == "sgml") return Format::Reuters;
    if (lower == "jsonl" || lower == "json") return Format::Jsonl;
    if (lower == "csv") return Format::Csv;
    return std::nullopt;
}

Format detect_format(const std::filesystem::path& path, std::string_view head) {
    const std::string extension = lower_ascii(path.extension().string());
    if (extension == ".sgm" || extension == ".sgml") return Format::Reuters;
    if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json")
        return Format::Jsonl;
    if (extension == ".csv" || extension == ".tsv") return Format::Csv;
    // Skip a UTF-8 byte order mark and leading white space before sniffing.
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return Format::Text;
    head.remove_prefix(first);
    if (head.front() == '{') return Format::Jsonl;
    // A JSON array of objects; a text article may start with "[Updated]".
    if (head.front() == '[') {
        const auto next = head.find_first_not_of(" \t\r\n", 1);
        if (next != std::string_view::npos && (head[next] == '{' || head[next] == ']'))
            return Format::Jsonl;
    }
    if (head.starts_with("<!DOCTYPE lewis") || head.starts_with("<REUTERS")) return Format::Reuters;
    return Format::Text;
}

void read_articles(Format format, std::string_view content, const ReadContext& context,
                   const ArticleSink& on_article, const DiagnosticSink& on_diagnostic) {
    switch (format) {
        case Format::Text:
            read_text_article(content, context, on_article, on_diagnostic);
            return;
        case Format::Reuters:
            read_reuters_file(content, context, on_article, on_diagnostic);
            return;
        case Format::Jsonl:
            read_jsonl_file(content, context, on_article, on_diagnostic);
            return;
        case Format::Csv:
            read_csv_file(content, context, on_article, on_diagnostic);
            return;
    }
}

}  // namespace dateline::indexer
