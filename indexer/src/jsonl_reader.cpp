// JSON Lines: one article object per line.

#include <nlohmann/json.hpp>

#include "article_date.hpp"
#include "dateline/indexer/reader.hpp"
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

// A string field, "" when absent or null; BadRecord for any other type.
std::string string_field(const json& object, const char* name) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_string()) throw BadRecord{std::string("field '") + name + "' is not a string"};
    return clean(it->get_ref<const std::string&>());
}

void entity_field(const json& object, std::string_view name, std::vector<schema::Entity>& out) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return;
    const auto add = [&](const json& item) {
        if (!item.is_string()) {
            throw BadRecord{"field '" + std::string(name) + "' must hold strings"};
        }
        std::string value = collapse_whitespace(clean(item.get_ref<const std::string&>()));
        add_entity(out, schema::entity_from_name(value));
    };
    if (it->is_array()) {
        for (const auto& item : *it) add(item);
    } else {
        add(*it);
    }
}

Article article_from(const json& object, const ReadContext& context, std::size_t line,
                     const DiagnosticSink& on_diagnostic) {
    if (!object.is_object()) throw BadRecord{"not a JSON object"};
    Article article;
    article.source = context.file;
    article.source.line = line;

    const auto id = object.find("id");
    if (id == object.end() || id->is_null()) {
        article.id = context.file.relative_path + ":" + std::to_string(line);
    } else if (id->is_string()) {
        article.id = clean(id->get_ref<const std::string&>());
    } else if (id->is_number_integer() || id->is_number_unsigned()) {
        article.id = id->dump();
    } else {
        throw BadRecord{"field 'id' is neither a string nor an integer"};
    }
    if (article.id.empty()) throw BadRecord{"empty id"};

    const std::string date = string_field(object, "date");
    article.title = collapse_whitespace(string_field(object, "title"));
    article.body = string_field(object, "body");
    if (article.body.empty()) article.body = string_field(object, "text");
    article.url = string_field(object, "url");
    for (const auto& field : schema::entity_fields()) {
        entity_field(object, field.name, article.entities(field));
    }
    if (article.title.empty() && article.body.empty()) throw BadRecord{"no title and no text"};
    if (article.title.empty()) article.title = title_from_body(article.body);
    // Last, so that a warning about the date is only given for a line that
    // is indexed.
    article.date = read_article_date(date, context, line, on_diagnostic);
    return article;
}

}  // namespace

void read_jsonl_file(std::string_view content, const ReadContext& context,
                     const ArticleSink& on_article, const DiagnosticSink& on_diagnostic) {
    std::size_t line_number = 0;
    while (!content.empty()) {
        const auto end = std::min(content.find('\n'), content.size());
        const std::string_view line = content.substr(0, end);
        content.remove_prefix(std::min(end + 1, content.size()));
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;

        // nlohmann::json rejects invalid UTF-8; repair it as every reader does.
        const json object = json::parse(to_valid_utf8(line), nullptr, /*allow_exceptions=*/false);
        if (object.is_discarded()) {
            on_diagnostic(Diagnostic{context.file.path, line_number, "invalid JSON; line skipped"});
            continue;
        }
        try {
            on_article(article_from(object, context, line_number, on_diagnostic));
        } catch (const BadRecord& bad) {
            on_diagnostic(
                Diagnostic{context.file.path, line_number, bad.reason + "; line skipped"});
        }
    }
}

}  // namespace dateline::indexer
