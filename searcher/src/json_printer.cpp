#include "dateline/searcher/json_printer.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dateline/schema/fields.hpp"
#include "records.hpp"

namespace dateline::searcher {

namespace {

using Json = detail::Record;

// The key of a facet in "facets": the field's name; date facets of several
// granularities in one request are told apart as "date:year", "date:day", ...
std::string facet_key(const Facet& facet, const std::vector<Facet>& facets) {
    std::string key(facet_name(facet.request.field));
    if (!facet.request.is_date()) return key;
    const auto dates = std::count_if(facets.begin(), facets.end(),
                                     [](const Facet& other) { return other.request.is_date(); });
    if (dates > 1) key += ":" + std::string(granularity_name(facet.request.granularity));
    return key;
}

Json timeline_json(const Timeline& timeline) {
    Json series = Json::array();
    for (const auto& one : timeline.series) {
        series.push_back(
            Json{{"query", one.query}, {"total", one.total}, {"undated", one.undated}});
    }
    Json periods = Json::array();
    for (std::size_t p = 0; p < timeline.periods.size(); ++p) {
        Json matches = Json::array();
        Json shares = Json::array();
        for (std::size_t s = 0; s < timeline.series.size(); ++s) {
            matches.push_back(timeline.series[s].counts[p]);
            const auto share = timeline.share(s, p);
            shares.push_back(share ? Json(*share) : Json(nullptr));
        }
        periods.push_back(Json{{"period", timeline.periods[p].label},
                               {"articles", timeline.periods[p].articles},
                               {"matches", std::move(matches)},
                               {"shares", std::move(shares)}});
    }
    return Json{{"granularity", granularity_name(timeline.granularity)},
                {"series", std::move(series)},
                {"periods", std::move(periods)}};
}

Json significant_json(const Significance& significance) {
    Json values = Json::array();
    for (const auto& value : significance.values) {
        values.push_back(Json{{"key", value.key},
                              {"name", value.name},
                              {"matches", value.foreground},
                              {"articles", value.background},
                              {"score", value.score}});
    }
    return Json{{"field", significant_name(significance.request)},
                {"score", "jlh"},
                {"matches", significance.matches},
                {"counted", significance.foreground_size},
                {"articles", significance.background_size},
                {"values", std::move(values)}};
}

Json facets_json(const std::vector<Facet>& facets) {
    Json object = Json::object();
    for (const auto& facet : facets) {
        Json values = Json::array();
        for (const auto& value : facet.values) {
            values.push_back(
                Json{{"key", value.key}, {"name", value.name}, {"count", value.count}});
        }
        object[facet_key(facet, facets)] = std::move(values);
    }
    return object;
}

}  // namespace

void print_json(std::ostream& out, const SearchResult& result) {
    Json object{
        {"format_version", kJsonFormatVersion}, {"query", result.query}, {"total", result.total}};
    if (result.groups) object["groups"] = *result.groups;
    if (!result.like.empty()) object["like"] = result.like;
    if (!result.corrected_query.empty()) object["corrected_query"] = result.corrected_query;
    Json hits = Json::array();
    for (const auto& hit : result.hits) hits.push_back(detail::hit_record(hit));
    object["hits"] = std::move(hits);
    object["facets"] = facets_json(result.facets);
    if (result.timeline) object["timeline"] = timeline_json(*result.timeline);
    if (result.significant) object["significant"] = significant_json(*result.significant);
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
