#pragma once
// ArticleExtractor: the one extraction policy. What it returns for an article
// is exactly what dateline-index adds to that article's people and places,
// and what dateline-ner prints.
//
// On top of EntityFinder (tagging and normalisation of one text) it decides
// what an article's text adds to its metadata:
//  * the text read is the title (unless it is an all-caps headline: "JAPAN TO
//    CUT RATES" misleads the tagger, "TO" becomes a town, and names nothing
//    the body does not) and the body;
//  * people found in the text, except tagging slips on wire copy (sign-offs
//    and organisation words: "Reuter", "Motors Corp"; a country tagged as a
//    person) and except the article's own people under another name
//    (metadata `volcker` is the found "Paul Volcker": a metadata key or
//    name key is among the found person's terms);
//  * places named in the text and the filing place of a dateline, by their
//    canonical gazetteer names ("U.S." -> United States), except short
//    unknown abbreviations from tables ("Shr", "Cts");
//  * the countries of the cities and regions found (implied places);
//  * organisations: the tagger's ORG spans and the names the text shows to
//    be companies or institutions (entity_finder.hpp), except the article's
//    own organisations under another name (metadata `ec` is the found
//    "European Community");
// and never a place the gazetteer says the article already has (metadata
// "usa" and found "United States" are one place).
//
// Thread safety: extract() is const and may run concurrently.

#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "dateline/extractor/entity_finder.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"

namespace dateline::extractor {

/// An article as extraction sees it: its text and what its metadata names.
struct ArticleText {
    std::string_view title;
    std::string_view body;
    std::span<const schema::Entity> people;  ///< metadata people (codes or names)
    std::span<const schema::Entity> places;  ///< metadata places
    std::span<const schema::Entity> orgs;    ///< metadata organisations (codes or names)
    /// The article's date (of a month or a year, its first day), if known:
    /// a city implies the country that held it then.
    std::optional<schema::Date> date;
};

/// What the text adds to an article; none of it repeats its metadata.
struct ArticleEntities {
    std::vector<schema::Entity> people;
    std::vector<schema::Entity> orgs;            ///< organisations (entity_finder.hpp)
    std::vector<schema::Entity> places;          ///< mentioned places and the dateline's
    std::vector<schema::Entity> implied_places;  ///< countries of the cities and regions found
    std::optional<schema::Entity> dateline;  ///< the filing place; in places unless metadata has it
    /// Every place mention of the body resolved to a place, in text order,
    /// with byte offsets into the body (not the title); metadata places
    /// included, a mention that names no place absent.
    std::vector<PlaceMention> place_mentions;
};

class ArticleExtractor {
  public:
    /// Loads ner.model and gazetteer.bin from `model_dir`. Throws ModelError
    /// when they are missing or unreadable.
    static ArticleExtractor load(const std::filesystem::path& model_dir);

    ArticleExtractor(std::shared_ptr<const NerModel> model,
                     std::shared_ptr<const Gazetteer> gazetteer);

    [[nodiscard]] ArticleEntities extract(const ArticleText& article) const;

    [[nodiscard]] const EntityFinder& finder() const noexcept { return finder_; }

    /// The identity a metadata place is stored under: the identity table's
    /// (`usa` -> us, United States), else that of the place its name names
    /// first in the gazetteer (a city by its GeoNames id: "Lisbon" ->
    /// gn-2267057, Lisbon), else schema::place_identity() of it. So that a
    /// `places: Lisbon` header and a Lisbon found in a text are one place.
    [[nodiscard]] schema::Entity place_identity(const schema::Entity& place) const;

  private:
    std::shared_ptr<const Gazetteer> gazetteer_;
    EntityFinder finder_;
};

}  // namespace dateline::extractor
