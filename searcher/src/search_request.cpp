#include "dateline/searcher/search_request.hpp"

namespace dateline::searcher {

std::optional<SortOrder> parse_sort_order(std::string_view text) {
    if (text == "relevance") return SortOrder::Relevance;
    if (text == "date") return SortOrder::Date;
    if (text == "-date") return SortOrder::DateDesc;
    return std::nullopt;
}

std::string_view facet_name(FacetField field) {
    switch (field) {
        case FacetField::Person:
            return "person";
        case FacetField::Place:
            return "place";
        case FacetField::Date:
            break;
    }
    return "date";
}

std::optional<FacetRequest> parse_facet_request(std::string_view text) {
    const auto colon = text.find(':');
    const std::string_view field = text.substr(0, colon);
    const std::string_view detail =
        colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
    for (const FacetField candidate : {FacetField::Person, FacetField::Place}) {
        if (field == facet_name(candidate) && colon == std::string_view::npos) {
            return FacetRequest{candidate, DateGranularity::Month};
        }
    }
    if (field != facet_name(FacetField::Date)) return std::nullopt;
    if (colon == std::string_view::npos || detail == "month") {
        return FacetRequest{FacetField::Date, DateGranularity::Month};
    }
    if (detail == "year") return FacetRequest{FacetField::Date, DateGranularity::Year};
    if (detail == "day") return FacetRequest{FacetField::Date, DateGranularity::Day};
    return std::nullopt;
}

}  // namespace dateline::searcher
