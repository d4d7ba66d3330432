// The text format: one article per file, optional header lines first.

#include <vector>

#include "article_date.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/indexer/text_cleaning.hpp"
#include "dateline/schema/fields.hpp"
#include "entity_list.hpp"

namespace dateline::indexer {

namespace {

namespace sc = dateline::schema;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && (is_blank(text.front()) || text.front() == '\n')) text.remove_prefix(1);
    while (!text.empty() && (is_blank(text.back()) || text.back() == '\n')) text.remove_suffix(1);
    return text;
}

enum class Key { Date, Title, Entities, Url };

struct KeyName {
    std::string_view name;
    Key key;
    const sc::FieldSpec* entity_field = nullptr;  // for Key::Entities
};

// The header keys: date, title, url, and one per entity field of the schema
// (people, places, orgs), named as the field.
const std::vector<KeyName>& header_keys() {
    static const std::vector<KeyName> keys = [] {
        std::vector<KeyName> list{{"date", Key::Date}, {"title", Key::Title}, {"url", Key::Url}};
        for (const auto& field : sc::entity_fields()) {
            list.push_back({field.name, Key::Entities, &field});
        }
        return list;
    }();
    return keys;
}

struct HeaderLine {
    KeyName key;
    bool colon;              // "key: value" rather than "key value"
    bool lower_case_key;     // written "title", not "Title"
    std::string_view value;  // trimmed
};

// Splits "  Key: value" / "key value"; nullopt when the line does not start
// with a known key followed by ':' or white space.
std::optional<HeaderLine> split_header(std::string_view line) {
    while (!line.empty() && is_blank(line.front())) line.remove_prefix(1);
    std::size_t end = 0;
    while (end < line.size() &&
           ((line[end] >= 'a' && line[end] <= 'z') || (line[end] >= 'A' && line[end] <= 'Z'))) {
        ++end;
    }
    const std::string_view word = line.substr(0, end);
    std::string lower(word);
    bool lower_case = true;
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
            lower_case = false;
        }
    }
    for (const auto& known : header_keys()) {
        if (lower != known.name) continue;
        std::string_view rest = line.substr(end);
        while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
        const bool colon = !rest.empty() && rest.front() == ':';
        if (colon) {
            rest.remove_prefix(1);
        } else if (end == line.size() || !is_blank(line[end])) {
            return std::nullopt;  // "dated", "title-case", "url:" handled above
        }
        return HeaderLine{known, colon, lower_case, trim(rest)};
    }
    return std::nullopt;
}

// The longest run of leading words of `value` that is a date, and what
// follows it ("2021-01-03 January 3, 2021, marked…" -> date + body text).
struct DatePrefix {
    schema::DateParse parse;
    std::string_view rest;
};

DatePrefix date_prefix(std::string_view value, schema::DateOrder order) {
    using schema::DateStatus;
    constexpr std::size_t kMaxWords = 8;  // "Sat, 03 Jan 2021 10:00:00 +0000" has 6
    DatePrefix best{schema::parse_date(value, order), {}};
    if (best.parse.status == DateStatus::Ok) return best;
    DatePrefix impossible{};
    if (best.parse.status == DateStatus::Impossible) impossible = best;
    best = {};
    std::size_t end = 0;
    for (std::size_t words = 0; words < kMaxWords && end < value.size(); ++words) {
        end = value.find_first_of(" \t", value.find_first_not_of(" \t", end));
        if (end == std::string_view::npos) break;
        const schema::DateParse parse = schema::parse_date(value.substr(0, end), order);
        if (parse.status == DateStatus::Ok) {
            best = {parse, trim(value.substr(end))};
        } else if (parse.status == DateStatus::Impossible &&
                   impossible.parse.status != DateStatus::Impossible) {
            impossible = {parse, trim(value.substr(end))};
        }
    }
    if (best.parse.status == DateStatus::Ok) return best;
    return impossible;
}

bool looks_like_url(std::string_view value) {
    return value.starts_with("http://") || value.starts_with("https://") ||
           value.starts_with("www.");
}

}  // namespace

void read_text_article(std::string_view content, const ReadContext& context,
                       const ArticleSink& on_article, const DiagnosticSink& on_diagnostic) {
    const auto report = [&](std::size_t line, std::string reason) {
        on_diagnostic(Diagnostic{context.file.path, line, std::move(reason)});
    };
    if (content.find('\0') != std::string_view::npos) {
        report(0, "binary file (contains NUL bytes); skipped");
        return;
    }
    const std::string text = remove_control_characters(to_valid_utf8(content));
    std::string_view rest = text;
    if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);  // byte order mark

    Article article;
    article.id = context.file.relative_path;
    article.source = context.file;
    article.source.line = 0;  // the whole file is the article (article.hpp)

    // Header lines, then the body. A blank line ends a started header and is
    // consumed; blank lines before anything else are skipped.
    std::size_t line_number = 0;
    bool header_seen = false;
    std::string body_start;                  // body text found on a date line
    std::optional<Diagnostic> date_problem;  // given once the article is known to be indexed
    while (!rest.empty()) {
        const auto end = std::min(rest.find('\n'), rest.size());
        const std::string_view line = rest.substr(0, end);
        ++line_number;
        if (trim(line).empty()) {
            rest.remove_prefix(std::min(end + 1, rest.size()));
            if (header_seen) break;
            continue;
        }
        const auto header = split_header(line);
        if (!header) break;
        const Key key = header->key.key;
        if (key == Key::Date) {
            const DatePrefix found = date_prefix(header->value, context.date_order);
            if (found.parse.status == schema::DateStatus::Unparseable && !header->colon) {
                break;  // "Date palms…": prose, not a header
            }
            if (found.parse.status == schema::DateStatus::Ok) {
                article.date = found.parse.date;
            } else {
                date_problem = date_warning(
                    context, line_number,
                    found.parse.status == schema::DateStatus::Impossible
                        ? trim(header->value.substr(0, header->value.size() - found.rest.size()))
                        : header->value,
                    found.parse.status);
            }
            body_start = std::string(found.rest);
        } else if (!header->colon && !header->lower_case_key &&
                   (key != Key::Url || !looks_like_url(header->value))) {
            break;  // "People familiar with…" starts the body
        } else if (key == Key::Title) {
            article.title = collapse_whitespace(header->value);
        } else if (key == Key::Entities) {
            add_entity_names(article.entities(*header->key.entity_field), header->value);
        } else if (key == Key::Url) {
            article.url = std::string(header->value);
        }
        header_seen = true;
        rest.remove_prefix(std::min(end + 1, rest.size()));
        if (!body_start.empty()) break;  // the body began on the date line
    }

    std::string body = body_start;
    if (!body.empty()) body += '\n';
    body += rest;
    article.body = std::string(trim(body));
    if (article.body.empty() && article.title.empty()) {
        report(0, content.empty() ? "empty file; skipped" : "no article text; skipped");
        return;
    }
    if (article.title.empty()) article.title = title_from_body(article.body);
    if (date_problem) on_diagnostic(std::move(*date_problem));
    on_article(std::move(article));
}

}  // namespace dateline::indexer
