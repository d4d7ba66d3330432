#include "dateline/indexer/text_entity_extractor.hpp"

#include <iterator>

namespace dateline::indexer {

TextEntityExtractor::TextEntityExtractor(const std::filesystem::path& model_dir)
    : extractor_(extractor::ArticleExtractor::load(model_dir)) {}

ExtractedEntities TextEntityExtractor::extract(const Article& article) const {
    auto found = extractor_.extract(
        {article.title, article.body, article.people, article.places, article.orgs,
         article.date ? std::optional(article.date->first_day()) : std::nullopt});
    ExtractedEntities result;
    result.people = std::move(found.people);
    result.orgs = std::move(found.orgs);
    result.places = std::move(found.places);
    result.places.insert(result.places.end(), std::make_move_iterator(found.implied_places.begin()),
                         std::make_move_iterator(found.implied_places.end()));
    return result;
}

void TextEntityExtractor::identify(Article& article) const {
    for (auto& place : article.places) place = extractor_.place_identity(place);
}

}  // namespace dateline::indexer
