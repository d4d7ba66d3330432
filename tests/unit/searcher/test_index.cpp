#include "test_index.hpp"

#include <stdexcept>

#include "dateline/facets/facet_store_builder.hpp"
#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/index_writer.hpp"
#include "dateline/schema/date_parsing.hpp"
#include "dateline/schema/entity.hpp"

namespace dateline::searcher::test {

indexer::Article make_article(std::string id, std::string_view date, std::string title,
                              std::string body, const std::vector<std::string>& people,
                              const std::vector<std::string>& places,
                              const std::vector<std::string>& orgs) {
    indexer::Article article;
    article.source.relative_path = id + ".txt";
    article.source.line = 0;  // one article per file, as the text reader makes it
    article.id = std::move(id);
    if (!date.empty()) article.date = schema::parse_date(date).date;
    article.title = std::move(title);
    article.body = std::move(body);
    for (const auto& name : people) article.people.push_back(schema::entity_from_name(name));
    for (const auto& name : places) article.places.push_back(schema::entity_from_name(name));
    for (const auto& name : orgs) article.orgs.push_back(schema::entity_from_name(name));
    return article;
}

void build_index(const std::filesystem::path& path, const std::vector<indexer::Article>& articles,
                 std::size_t shards) {
    {
        indexer::IndexStore store(path);
        indexer::IndexWriterOptions options;
        options.shards = shards;
        indexer::IndexWriter writer(store, options);
        for (const auto& article : articles) writer.add(article);
        writer.finish();
    }
    update_store(path);
}

void update_store(const std::filesystem::path& path) {
    const indexer::IndexStore store(path);
    (void)facets::update_facet_store(store.current_databases());
}

FacetRequest facet(std::string_view spec) {
    const auto request = parse_facet_request(spec);
    if (!request) throw std::invalid_argument("not a facet: " + std::string(spec));
    return *request;
}

}  // namespace dateline::searcher::test
