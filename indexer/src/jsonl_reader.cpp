// JSON Lines: one article object per line.

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <vector>

#include "article_date.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/indexer/record_fields.hpp"
#include "dateline/indexer/text_cleaning.hpp"
#include "dateline/schema/fields.hpp"
#include "entity_list.hpp"

namespace dateline::indexer {

namespace {

using nlohmann::json;

// A problem with one line; the line is skipped.
struct BadRecord {
    std::string reason;
};

std::string clean(std::string_view text) { return remove_control_characters(text); }

// A string value; BadRecord naming `key` for any other type.
std::string string_value(const json& value, std::string_view key) {
    if (!value.is_string()) throw BadRecord{"field '" + std::string(key) + "' is not a string"};
    return clean(value.get_ref<const std::string&>());
}

void entity_field(const json& value, std::string_view key, std::vector<schema::Entity>& out) {
    if (value.is_null()) return;
    const auto add = [&](const json& item) {
        if (!item.is_string()) {
            throw BadRecord{"field '" + std::string(key) + "' must hold strings"};
        }
        std::string name = collapse_whitespace(clean(item.get_ref<const std::string&>()));
        add_entity(out, schema::entity_from_name(name));
    };
    if (value.is_array()) {
        for (const auto& item : value) add(item);
    } else {
        add(value);
    }
}

// Whether `value` can be `field`'s: a string, an integer id, a number of
// seconds or milliseconds for a date.
bool fits(ArticleField field, const json& value) {
    if (value.is_string()) return true;
    if (field == ArticleField::Id) return value.is_number_integer() || value.is_number_unsigned();
    return field == ArticleField::Date && value.is_number();
}

// The value of each article field: of the keys naming it (record_fields.hpp),
// the most preferred one with a value. A blank string is no value, so "body":
// "" falls back to "text". Dateline's own names must hold the right type; a
// key that is only another name of the field is skipped when it does not
// ("published": true is a flag, not a date).
struct FieldValue {
    const json* value = nullptr;
    std::string key;
    unsigned preference = 0;
};

// `whole_file`: the object is the file's only one, identified by the file's
// path as a text article is; otherwise by "path:line".
Article article_from(const json& object, const ReadContext& context, std::size_t line,
                     bool whole_file, const DiagnosticSink& on_diagnostic) {
    if (!object.is_object()) throw BadRecord{"not a JSON object"};
    Article article;
    article.source = context.file;
    article.source.line = line;

    std::array<FieldValue, kArticleFieldCount> chosen{};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string name = normal_field_name(it.key());
        if (const schema::FieldSpec* entities = entity_field_named(name)) {
            entity_field(it.value(), it.key(), article.entities(*entities));
            continue;
        }
        const auto meaning = article_field_named(name);
        if (!meaning || it.value().is_null()) continue;
        if (!fits(meaning->field, it.value())) {
            if (meaning->preference == 0 && meaning->field != ArticleField::Id)
                throw BadRecord{"field '" + it.key() + "' is not a string"};
            if (meaning->preference == 0)
                throw BadRecord{"field 'id' is neither a string nor an integer"};
            continue;
        }
        // "id": "" is an error (below), not a missing id.
        const bool own_id = meaning->field == ArticleField::Id && meaning->preference == 0;
        if (!own_id && it.value().is_string() &&
            it.value().get_ref<const std::string&>().find_first_not_of(" \t\r\n") ==
                std::string::npos)
            continue;
        FieldValue& slot = chosen[static_cast<std::size_t>(meaning->field)];
        if (slot.value == nullptr || meaning->preference < slot.preference)
            slot = FieldValue{&it.value(), it.key(), meaning->preference};
    }
    const auto text_of = [&](ArticleField field) -> std::string {
        const FieldValue& slot = chosen[static_cast<std::size_t>(field)];
        return slot.value == nullptr ? std::string() : string_value(*slot.value, slot.key);
    };

    const FieldValue& id = chosen[static_cast<std::size_t>(ArticleField::Id)];
    if (id.value == nullptr) {
        article.id = whole_file ? context.file.relative_path
                                : context.file.relative_path + ":" + std::to_string(line);
    } else if (id.value->is_string()) {
        article.id = clean(id.value->get_ref<const std::string&>());
    } else {
        article.id = id.value->dump();
    }
    if (article.id.empty()) throw BadRecord{"empty id"};

    article.title = collapse_whitespace(text_of(ArticleField::Title));
    article.body = text_of(ArticleField::Body);
    article.url = text_of(ArticleField::Url);
    if (article.title.empty() && article.body.empty()) throw BadRecord{"no title and no text"};
    if (article.title.empty()) article.title = title_from_body(article.body);
    // Last, so that a warning about the date is only given for a line that
    // is indexed.
    const FieldValue& date = chosen[static_cast<std::size_t>(ArticleField::Date)];
    if (date.value != nullptr && date.value->is_number_integer()) {
        // Read as its digits are: 20210103 is a day, 1609632000 a Unix time.
        article.date = read_record_date(date.value->dump(), context, line, on_diagnostic);
    } else if (date.value != nullptr && date.value->is_number()) {
        article.date = read_unix_time_date(date.value->get<double>(), context, line, on_diagnostic);
    } else {
        article.date = read_record_date(text_of(ArticleField::Date), context, line, on_diagnostic);
    }
    return article;
}

// One JSON value of the file: a line of JSON Lines, an element of a JSON
// array, or a whole file holding one object.
struct JsonRecord {
    std::size_t line = 0;   // where it starts, 1-based
    std::string_view text;  // its bytes
};

// Reads one record as an article, or reports it (`what`: "line", "element").
void read_record(const JsonRecord& record, std::string_view what, const ReadContext& context,
                 const ArticleSink& on_article, const DiagnosticSink& on_diagnostic) {
    // nlohmann::json rejects invalid UTF-8; repair it as every reader does.
    const json object =
        json::parse(to_valid_utf8(record.text), nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded()) {
        on_diagnostic(Diagnostic{context.file.path, record.line,
                                 "invalid JSON; " + std::string(what) + " skipped"});
        return;
    }
    try {
        on_article(article_from(object, context, record.line, what == "file", on_diagnostic));
    } catch (const BadRecord& bad) {
        on_diagnostic(Diagnostic{context.file.path, record.line,
                                 bad.reason + "; " + std::string(what) + " skipped"});
    }
}

// The elements of a JSON array (`text` starts at its '['), found by matching
// brackets outside strings, so that a malformed element is reported alone
// and the others are read. `unclosed` is set when the text ends inside the
// array (a file cut short): the elements before are still returned.
std::vector<JsonRecord> split_json_array(std::string_view text, std::size_t first_line,
                                         bool& unclosed) {
    std::vector<JsonRecord> elements;
    std::size_t line = first_line;
    std::size_t depth = 0;  // brackets open inside the current element
    bool in_string = false;
    std::size_t start = std::string_view::npos;
    std::size_t start_line = 0;
    const auto close = [&](std::size_t end) {
        if (start == std::string_view::npos) return;
        std::string_view element = text.substr(start, end - start);
        element = element.substr(0, element.find_last_not_of(" \t\r\n") + 1);
        elements.push_back({start_line, element});
        start = std::string_view::npos;
    };
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (in_string) {
            if (c == '\\') {
                ++i;  // an escaped character, perhaps a quote
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (depth == 0 && c == ',') {
            close(i);
            continue;
        }
        if (depth == 0 && c == ']') {
            close(i);
            unclosed = false;
            return elements;
        }
        if (start == std::string_view::npos) {
            start = i;
            start_line = line;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    close(text.size());
    unclosed = true;
    return elements;
}

// The records of JSON Lines text, one per line that is not blank.
std::vector<JsonRecord> split_lines(std::string_view content) {
    std::vector<JsonRecord> records;
    std::size_t line_number = 0;
    while (!content.empty()) {
        const auto end = std::min(content.find('\n'), content.size());
        const std::string_view line = content.substr(0, end);
        content.remove_prefix(std::min(end + 1, content.size()));
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        records.push_back({line_number, line});
    }
    return records;
}

}  // namespace

void read_jsonl_file(std::string_view content, const ReadContext& context,
                     const ArticleSink& on_article, const DiagnosticSink& on_diagnostic) {
    // Where the first value starts, past a byte order mark and white space.
    std::size_t offset = content.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    offset = std::min(content.find_first_not_of(" \t\r\n", offset), content.size());
    const auto first_line = static_cast<std::size_t>(
        1 +
        std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    const std::string_view rest = content.substr(offset);

    // A JSON array of articles (an export, a scraper's output).
    if (rest.starts_with('[')) {
        bool unclosed = false;
        for (const JsonRecord& element : split_json_array(rest, first_line, unclosed))
            read_record(element, "element", context, on_article, on_diagnostic);
        if (unclosed) {
            on_diagnostic(Diagnostic{context.file.path, first_line,
                                     "the JSON array is not closed (file cut short?); the "
                                     "elements before the end were read"});
        }
        return;
    }
    // One object written over several lines (a file per article): its first
    // line alone is no JSON, the whole file is one object.
    std::vector<JsonRecord> lines = split_lines(content);
    if (!lines.empty() && rest.starts_with('{') &&
        json::parse(to_valid_utf8(lines.front().text), nullptr, false).is_discarded()) {
        const json whole = json::parse(to_valid_utf8(rest), nullptr, false);
        if (whole.is_object()) {
            read_record({first_line, rest}, "file", context, on_article, on_diagnostic);
            return;
        }
    }
    for (const JsonRecord& line : lines)
        read_record(line, "line", context, on_article, on_diagnostic);
}

}  // namespace dateline::indexer
