#include "dateline/searcher/json_printer.hpp"

#include <nlohmann/json.hpp>

#include "dateline/schema/fields.hpp"

namespace dateline::searcher {

namespace {

using Json = nlohmann::ordered_json;

Json names(const std::vector<schema::Entity>& entities) {
    Json array = Json::array();
    for (const auto& entity : entities) array.push_back(entity.name);
    return array;
}

Json snippet_json(const Snippet& snippet) {
    Json parts = Json::array();
    for (const auto& part : snippet.parts) {
        parts.push_back(Json{{"text", part.text}, {"highlight", part.highlighted}});
    }
    return parts;
}

Json hit_json(const Hit& hit) {
    Json object{
        {"rank", hit.rank},
        {"id", hit.id},
        {"date", hit.date ? Json(hit.date->iso()) : Json(nullptr)},
        {"title", hit.title},
    };
    // "people", "places", "orgs": every entity field, named as in the schema.
    for (const auto& field : schema::entity_fields()) {
        object[std::string(field.name)] = names(hit.entities(field));
    }
    object["score"] = hit.score;
    object["snippet"] = snippet_json(hit.snippet);
    object["source"] = hit.source;
    object["url"] = hit.url.empty() ? Json(nullptr) : Json(hit.url);
    return object;
}

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
    if (!result.corrected_query.empty()) object["corrected_query"] = result.corrected_query;
    Json hits = Json::array();
    for (const auto& hit : result.hits) hits.push_back(hit_json(hit));
    object["hits"] = std::move(hits);
    object["facets"] = facets_json(result.facets);
    out << object.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace dateline::searcher
