#include "records.hpp"

#include "dateline/schema/fields.hpp"
#include "dateline/searcher/delimited_row.hpp"

namespace dateline::searcher::detail {

namespace {

// How a CSV or TSV cell shows a record's value.
std::string cell(const Record& value) {
    if (value.is_null()) return {};
    if (value.is_string()) return value.get<std::string>();
    if (value.is_array()) {
        std::string text;
        for (const auto& item : value) {
            if (item.is_object()) {  // snippet parts: the plain text
                text += item.value("text", "");
                continue;
            }
            if (!text.empty()) text += "; ";
            text += cell(item);
        }
        return text;
    }
    return dump(value);
}

Record date_json(const std::optional<schema::PartialDate>& date) {
    return date ? Record(date->iso()) : Record(nullptr);
}

Record url_json(const std::string& url) { return url.empty() ? Record(nullptr) : Record(url); }

std::vector<std::string> keys(const Record& record) {
    std::vector<std::string> columns;
    for (const auto& item : record.items()) columns.push_back(item.key());
    return columns;
}

}  // namespace

Record names_json(const std::vector<schema::Entity>& entities) {
    Record array = Record::array();
    for (const auto& entity : entities) array.push_back(entity.name);
    return array;
}

Record parts_json(const Snippet& snippet) {
    Record parts = Record::array();
    for (const auto& part : snippet.parts) {
        parts.push_back(Record{{"text", part.text}, {"highlight", part.highlighted}});
    }
    return parts;
}

Record hit_record(const Hit& hit) {
    Record object{
        {"rank", hit.rank},
        {"id", hit.id},
        {"date", date_json(hit.date)},
        {"title", hit.title},
        {"title_parts", parts_json(hit.title_parts)},
    };
    // "people", "places", "orgs": every entity field, named as in the schema.
    for (const auto& field : schema::entity_fields()) {
        object[std::string(field.name)] = names_json(hit.entities(field));
    }
    object["score"] = hit.score;
    object["snippet"] = parts_json(hit.snippet);
    object["source"] = hit.source;
    object["url"] = url_json(hit.url);
    // Only where copies were collapsed into the hit, so that the records of
    // most hits, and the CSV and TSV columns, are those of an archive without
    // copies.
    if (!hit.similar.empty()) object["similar"] = hit.similar;
    return object;
}

std::vector<std::string> hit_columns() {
    std::vector<std::string> columns = keys(hit_record(Hit{}));
    // The title's parts are the title again as plain text: no column.
    std::erase(columns, "title_parts");
    return columns;
}

Record article_record(const ArticleView& article) {
    Record object{
        {"id", article.id},
        {"date", date_json(article.date)},
        {"title", article.title},
    };
    for (const auto& field : schema::entity_fields()) {
        object[std::string(field.name)] = names_json(article.entities(field));
    }
    object["source"] = article.source;
    object["url"] = url_json(article.url);
    object["body"] = article.body;
    return object;
}

std::vector<std::string> article_columns() { return keys(article_record(ArticleView{})); }

Record kwic_record(const KwicLine& line) {
    return Record{
        {"date", date_json(line.date)}, {"id", line.id},       {"left", line.left},
        {"match", line.match},          {"right", line.right},
    };
}

std::vector<std::string> kwic_columns() { return keys(kwic_record(KwicLine{})); }

std::string dump(const Record& record) {
    return record.dump(-1, ' ', false, Record::error_handler_t::replace);
}

void print_records(std::ostream& out, const std::vector<Record>& records,
                   const std::vector<std::string>& columns, OutputFormat format) {
    switch (format) {
        case OutputFormat::Jsonl:
            for (const auto& record : records) out << dump(record) << '\n';
            return;
        case OutputFormat::Ids:
            for (const auto& record : records) out << cell(record.at("id")) << '\n';
            return;
        case OutputFormat::Csv:
        case OutputFormat::Tsv: {
            const Delimiter delimiter =
                format == OutputFormat::Csv ? Delimiter::Comma : Delimiter::Tab;
            write_delimited_row(out, columns, delimiter);
            for (const auto& record : records) {
                std::vector<std::string> row;
                for (const auto& column : columns) row.push_back(cell(record.at(column)));
                write_delimited_row(out, row, delimiter);
            }
            return;
        }
        case OutputFormat::Text:
        case OutputFormat::Json:
            break;
    }
}

}  // namespace dateline::searcher::detail
