#include "dateline/searcher/json_printer.hpp"

#include <nlohmann/json.hpp>

#include "dateline/schema/fields.hpp"
#include "records.hpp"

namespace dateline::searcher {

namespace {

using Json = detail::Record;

Json facets_json(const std::vector<Facet>& facets) {
    Json object = Json::object();
    for (const auto& facet : facets) {
        Json values = Json::array();
        for (const auto& value : facet.values) {
            values.push_back(
                Json{{"key", value.key}, {"name", value.name}, {"count", value.count}});
        }
        object[std::string(facet_name(facet.request.field))] = std::move(values);
    }
    return object;
}

}  // namespace

void print_json(std::ostream& out, const SearchResult& result) {
    Json object{
        {"format_version", kJsonFormatVersion}, {"query", result.query}, {"total", result.total}};
    if (!result.like.empty()) object["like"] = result.like;
    if (!result.corrected_query.empty()) object["corrected_query"] = result.corrected_query;
    Json hits = Json::array();
    for (const auto& hit : result.hits) hits.push_back(detail::hit_record(hit));
    object["hits"] = std::move(hits);
    object["facets"] = facets_json(result.facets);
    out << detail::dump(object) << '\n';
}

void print_json(std::ostream& out, const ArticleView& article) {
    Json record = detail::article_record(article);
    if (!article.marked_title.empty() || !article.marked_body.empty()) {
        record["title_parts"] = detail::parts_json(article.marked_title);
        record["body_parts"] = detail::parts_json(article.marked_body);
    }
    const Json object{{"format_version", kJsonFormatVersion}, {"article", std::move(record)}};
    out << detail::dump(object) << '\n';
}

void print_json(std::ostream& out, const KwicResult& result) {
    Json lines = Json::array();
    for (const auto& line : result.lines) lines.push_back(detail::kwic_record(line));
    const Json object{
        {"format_version", kJsonFormatVersion},
        {"query", result.query},
        {"total", result.total},
        {"articles", result.articles},
        {"truncated", result.truncated},
        {"lines", std::move(lines)},
    };
    out << detail::dump(object) << '\n';
}

}  // namespace dateline::searcher
