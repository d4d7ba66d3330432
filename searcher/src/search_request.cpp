#include "dateline/searcher/search_request.hpp"

namespace dateline::searcher {

std::optional<SortOrder> parse_sort_order(std::string_view text) {
    if (text == "relevance") return SortOrder::Relevance;
    if (text == "date") return SortOrder::Date;
    if (text == "-date") return SortOrder::DateDesc;
    return std::nullopt;
}

std::string_view facet_name(const schema::FieldSpec* field) { return field->query_name; }

std::vector<std::string> facet_request_names() {
    std::vector<std::string> names;
    for (const auto& field : schema::fields()) {
        if (!field.facetable) continue;
        names.emplace_back(field.query_name);
        if (field.role != schema::FieldRole::Date) continue;
        for (const auto granularity : kGranularities) {
            names.push_back(std::string(field.query_name) + ':' +
                            std::string(granularity_name(granularity)));
        }
    }
    return names;
}

std::optional<FacetRequest> parse_facet_request(std::string_view text) {
    const auto colon = text.find(':');
    const schema::FieldSpec* field = schema::find_facet_field(text.substr(0, colon));
    if (field == nullptr) return std::nullopt;
    FacetRequest request{field, DateGranularity::Month};
    if (colon == std::string_view::npos) return request;
    if (!request.is_date()) return std::nullopt;
    if (const auto granularity = parse_granularity(text.substr(colon + 1))) {
        request.granularity = *granularity;
        return request;
    }
    return std::nullopt;
}

std::vector<std::string> significant_request_names() {
    std::vector<std::string> names;
    for (const auto& field : schema::entity_fields()) names.emplace_back(field.query_name);
    names.emplace_back("term");
    return names;
}

std::optional<SignificantRequest> parse_significant_request(std::string_view text) {
    if (text == "term") return SignificantRequest{};
    const schema::FieldSpec* field = schema::find_facet_field(text);
    if (field == nullptr || field->role != schema::FieldRole::Entity) return std::nullopt;
    return SignificantRequest{field};
}

std::string_view significant_name(const SignificantRequest& request) {
    return request.is_terms() ? "term" : request.field->query_name;
}

}  // namespace dateline::searcher
