#include "dateline/indexer/text_entity_extractor.hpp"

#include <algorithm>
#include <set>

#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/ner_model.hpp"

namespace dateline::indexer {

namespace sc = dateline::schema;

namespace {

std::shared_ptr<const extractor::Gazetteer> load_gazetteer(const std::filesystem::path& dir) {
    return std::make_shared<const extractor::Gazetteer>(
        extractor::Gazetteer::load(dir / extractor::kGazetteerFileName));
}

bool is_known_person(const std::vector<sc::Entity>& known, const sc::Entity& found) {
    const auto terms = sc::person_terms(found);
    const auto has = [&](const std::string& key) {
        return std::find(terms.begin(), terms.end(), key) != terms.end();
    };
    return std::any_of(known.begin(), known.end(), [&](const sc::Entity& person) {
        return has(person.key) || has(sc::canonical_key(person.name));
    });
}

}  // namespace

TextEntityExtractor::TextEntityExtractor(const std::filesystem::path& model_dir)
    : gazetteer_(load_gazetteer(model_dir)),
      finder_(std::make_shared<const extractor::NerModel>(
                  extractor::NerModel::load(model_dir / extractor::kModelFileName)),
              gazetteer_) {}

std::string TextEntityExtractor::place_identity(const sc::Entity& place) const {
    for (const auto& key : {place.key, sc::canonical_key(place.name)}) {
        if (const auto known = gazetteer_->find_key(key)) return sc::canonical_key(known->name);
    }
    return place.key;
}

ExtractedEntities TextEntityExtractor::extract(const Article& article) const {
    std::string text = article.title;
    text += "\n\n";
    text += article.body;
    auto found = finder_.find(text);

    ExtractedEntities result;
    for (auto& person : found.people) {
        if (!is_known_person(article.people, person)) result.people.push_back(std::move(person));
    }
    std::set<std::string> known_places;
    for (const auto& place : article.places) known_places.insert(place_identity(place));
    const auto add_place = [&](sc::Entity place) {
        if (known_places.insert(place_identity(place)).second)
            result.places.push_back(std::move(place));
    };
    for (auto& place : found.places) add_place(std::move(place));
    for (auto& place : found.implied_places) add_place(std::move(place));
    return result;
}

}  // namespace dateline::indexer
