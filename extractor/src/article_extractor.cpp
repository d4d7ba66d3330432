#include "dateline/extractor/article_extractor.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <utility>

#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "dateline/extractor/organisation_names.hpp"
#include "dateline/schema/place_identities.hpp"

namespace dateline::extractor {

namespace {

namespace sc = dateline::schema;

// Words that make a tagged "person" an organisation or wire furniture.
bool is_implausible_person(const sc::Entity& person) {
    static constexpr std::string_view kNotNames[] = {
        "reuter", "reuters", "afp",  "ap",        "upi",     "co",  "corp", "inc", "ltd",
        "plc",    "group",   "bank", "agreement", "company", "shr", "dlrs", "mln", "pct"};
    std::string_view rest = person.key;
    while (!rest.empty()) {
        const auto dash = rest.find('-');
        const std::string_view word = rest.substr(0, dash);
        if (std::find(std::begin(kNotNames), std::end(kNotNames), word) != std::end(kNotNames))
            return true;
        if (dash == std::string_view::npos) break;
        rest.remove_prefix(dash + 1);
    }
    return false;
}

bool has_lowercase(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether `found` is one of the article's metadata organisations: the same key
// or name key either way.
bool is_known_org(std::span<const sc::Entity> known, const sc::Entity& found) {
    return std::any_of(known.begin(), known.end(), [&](const sc::Entity& org) {
        const std::string name_key = sc::canonical_key(org.name);
        return org.key == found.key || name_key == found.key;
    });
}

bool is_known_person(std::span<const sc::Entity> known, const sc::Entity& found) {
    const auto terms = sc::person_terms(found);
    const auto has = [&](const std::string& key) {
        return std::find(terms.begin(), terms.end(), key) != terms.end();
    };
    return std::any_of(known.begin(), known.end(), [&](const sc::Entity& person) {
        return has(person.key) || has(sc::canonical_key(person.name));
    });
}

// The country (or historical country) a place identity is or lies in, or
// nullptr.
const sc::PlaceIdentityRow* country_row(std::string_view key, std::string_view iso = {}) {
    if (const auto* row = sc::find_place_identity(key)) {
        if (row->kind == sc::PlaceIdentityKind::Country ||
            row->kind == sc::PlaceIdentityKind::Historical)
            return row;
        if (!row->country.empty()) return sc::find_place_identity(row->country);
    }
    if (iso.empty()) return nullptr;
    std::string code(iso);
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return country_row(code);
}

// The country whose generic institutions ("the Finance Ministry") an article
// means: its dateline's, else the one country named in more of its place
// mentions and metadata places than any other; nullptr when there is none.
// A historical country the article names stands for its successor
// ("BONN" in a story about West Germany is West Germany's).
const sc::PlaceIdentityRow* article_country(std::span<const sc::PlaceIdentityRow* const> metadata,
                                            const ExtractedEntities& found) {
    std::vector<std::pair<const sc::PlaceIdentityRow*, int>> counts;
    const auto count = [&](const sc::PlaceIdentityRow* row) {
        if (row == nullptr) return;
        for (auto& [known, n] : counts) {
            if (known == row) {
                ++n;
                return;
            }
        }
        counts.emplace_back(row, 1);
    };
    for (const auto* row : metadata) count(row);
    const sc::PlaceIdentityRow* dateline = nullptr;
    for (const PlaceMention& mention : found.place_mentions) {
        const auto* row = country_row(mention.place.key, mention.country);
        count(row);
        if (found.dateline && dateline == nullptr && mention.place.key == found.dateline->key)
            dateline = row;
    }
    // West Germany's mentions count for Bonn's "de" and the other way round.
    for (auto& [historical, n] : counts) {
        if (historical->kind != sc::PlaceIdentityKind::Historical) continue;
        for (auto& [successor, m] : counts) {
            if (successor->key != historical->successor) continue;
            if (dateline == successor) dateline = historical;
            n += m;
            m = 0;
        }
    }
    if (dateline != nullptr) return dateline;
    const sc::PlaceIdentityRow* best = nullptr;
    int most = 0;
    bool tie = false;
    for (const auto& [row, n] : counts) {
        if (n > most) {
            best = row;
            most = n;
            tie = false;
        } else if (n == most) {
            tie = true;
        }
    }
    return tie ? nullptr : best;
}

}  // namespace

ArticleExtractor ArticleExtractor::load(const std::filesystem::path& model_dir) {
    return ArticleExtractor(
        std::make_shared<const NerModel>(NerModel::load(model_dir / kModelFileName)),
        std::make_shared<const Gazetteer>(Gazetteer::load(model_dir / kGazetteerFileName)));
}

ArticleExtractor::ArticleExtractor(std::shared_ptr<const NerModel> model,
                                   std::shared_ptr<const Gazetteer> gazetteer)
    : gazetteer_(gazetteer), finder_(std::move(model), std::move(gazetteer)) {}

sc::Entity ArticleExtractor::place_identity(const sc::Entity& place) const {
    const std::string name_key = sc::canonical_key(place.name);
    if (sc::find_place_identity(place.key) != nullptr || sc::geonameid_of_key(place.key) ||
        sc::find_place_identity(name_key) != nullptr)
        return sc::place_identity(place);
    for (const auto& key : {place.key, name_key}) {
        const auto known = gazetteer_->find_key(key);
        if (!known) continue;
        if (known->kind == PlaceKind::Country || known->geonameid == 0)
            return sc::place_identity(sc::entity_from_name(known->name));
        if (const auto* row = sc::find_place_by_geonameid(known->geonameid))
            return sc::Entity{std::string(row->key), std::string(row->name)};
        return sc::Entity{sc::geonames_key(known->geonameid), std::string(known->name)};
    }
    return sc::place_identity(place);
}

ArticleEntities ArticleExtractor::extract(const ArticleText& article) const {
    std::string text;
    if (has_lowercase(article.title)) {
        text = article.title;
        text += "\n\n";
    }
    const std::size_t body_offset = text.size();
    text += article.body;
    auto found = finder_.find(text, body_offset, article.date);

    ArticleEntities result;
    for (auto& person : found.people) {
        // A "person" the gazetteer knows as a country is a tagging slip.
        const auto as_place = gazetteer_->find_key(person.key);
        if (as_place && as_place->kind == PlaceKind::Country) continue;
        if (is_implausible_person(person) || is_known_person(article.people, person)) continue;
        result.people.push_back(std::move(person));
    }
    // Generic institutions alone ("the Finance Ministry") are the
    // article's country's, or nobody's in particular (dropped).
    if (!found.unplaced_institutions.empty()) {
        std::vector<const sc::PlaceIdentityRow*> metadata;
        for (const auto& place : article.places) {
            const sc::Entity identity = place_identity(place);
            metadata.push_back(country_row(identity.key));
        }
        if (const auto* country = article_country(metadata, found)) {
            for (const auto& institution : found.unplaced_institutions) {
                sc::Entity org = country_institution(institution.name, *country);
                const bool present =
                    std::any_of(found.orgs.begin(), found.orgs.end(),
                                [&](const sc::Entity& e) { return e.key == org.key; });
                if (!present) found.orgs.push_back(std::move(org));
            }
        }
    }
    for (auto& org : found.orgs) {
        if (!is_known_org(article.orgs, org)) result.orgs.push_back(std::move(org));
    }
    std::set<std::string> known_places;
    for (const auto& place : article.places) known_places.insert(place_identity(place).key);
    const auto is_new_place = [&](const sc::Entity& place) {
        return known_places.insert(place_identity(place).key).second;
    };
    // Places as the index stores them: by identity ("United States" -> us,
    // "West German" -> west-germany), each once.
    for (auto& place : found.places) {
        // Short unknown "places" are abbreviations from tables ("Shr", "Cts");
        // a country's identity is short too ("gb"), and known.
        if (place.key.size() <= 3 && !gazetteer_->find_key(place.key) &&
            sc::find_place_identity(place.key) == nullptr)
            continue;
        if (is_new_place(place)) result.places.push_back(sc::place_identity(place));
    }
    for (auto& place : found.implied_places) {
        if (is_new_place(place)) result.implied_places.push_back(sc::place_identity(place));
    }
    if (found.dateline) result.dateline = sc::place_identity(*found.dateline);
    for (auto& mention : found.place_mentions) {
        if (mention.begin < body_offset) continue;  // in the title
        mention.begin -= body_offset;
        result.place_mentions.push_back(std::move(mention));
    }
    return result;
}

}  // namespace dateline::extractor
