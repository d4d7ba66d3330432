#include "dateline/indexer/text_entity_extractor.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/ner_model.hpp"

namespace dateline::indexer {

namespace sc = dateline::schema;

namespace {

std::shared_ptr<const extractor::Gazetteer> load_gazetteer(const std::filesystem::path& dir) {
    return std::make_shared<const extractor::Gazetteer>(
        extractor::Gazetteer::load(dir / extractor::kGazetteerFileName));
}

// Words that make a tagged "person" an organisation or wire furniture.
bool is_implausible_person(const sc::Entity& person) {
    static constexpr std::string_view kNotNames[] = {
        "reuter", "reuters", "afp",  "ap",        "upi",     "co",  "corp", "inc", "ltd",
        "plc",    "group",   "bank", "agreement", "company", "shr", "dlrs", "mln", "pct"};
    std::string_view rest = person.key;
    while (!rest.empty()) {
        const auto dash = rest.find('-');
        const std::string_view word = rest.substr(0, dash);
        for (const auto stop : kNotNames) {
            if (word == stop) return true;
        }
        if (dash == std::string_view::npos) break;
        rest.remove_prefix(dash + 1);
    }
    return false;
}

bool has_lowercase(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
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
    // An all-caps headline ("JAPAN TO CUT RATES") misleads the tagger ("TO"
    // becomes a town) and names nothing the body does not; leave it out.
    std::string text;
    if (has_lowercase(article.title)) {
        text = article.title;
        text += "\n\n";
    }
    text += article.body;
    auto found = finder_.find(text);

    ExtractedEntities result;
    for (auto& person : found.people) {
        // A "person" the gazetteer knows as a country is a tagging slip.
        const auto as_place = gazetteer_->find_key(person.key);
        if (as_place && as_place->kind == extractor::PlaceKind::Country) continue;
        if (is_implausible_person(person) || is_known_person(article.people, person)) continue;
        result.people.push_back(std::move(person));
    }
    std::set<std::string> known_places;
    for (const auto& place : article.places) known_places.insert(place_identity(place));
    const auto add_place = [&](sc::Entity place) {
        if (known_places.insert(place_identity(place)).second)
            result.places.push_back(std::move(place));
    };
    for (auto& place : found.places) {
        // Short unknown "places" are abbreviations from tables ("Shr", "Cts").
        if (place.key.size() <= 3 && !gazetteer_->find_key(place.key)) continue;
        add_place(std::move(place));
    }
    for (auto& place : found.implied_places) add_place(std::move(place));
    return result;
}

}  // namespace dateline::indexer
