#pragma once
// EntityFinder: plain news text -> the people and places it mentions.
//
// Pipeline: tokenize() -> split_sentences() -> Tagger (the whole text is one
// document) -> PER and LOC spans (ORG and MISC are dropped, which keeps
// "Revolutionary Guards" and "AFP" out) -> normalisation:
//  * people: titles and possessives dropped ("President Donald Trump's" ->
//    "Donald Trump"), a shorter name resolved to a longer one in the same
//    text ("Soleimani" -> "Qasem Soleimani"), all-caps names title-cased;
//  * places: the LOC spans, the dateline's place ("BAGHDAD, Jan 3 (Reuters)
//    -") and the qualifiers of "City, State" / "City, Country" patterns,
//    each resolved by evidence to one place (place_resolver.hpp) and
//    reported by its identity (place_identities.hpp: "U.S." -> us, United
//    States; "Paris, Texas" -> gn-4717560, Paris); a place the gazetteer
//    does not know stays as written;
//  * hierarchy: the country (and US state) of every confidently resolved
//    city or region is reported in implied_places (unless it is among
//    places already), so an indexer can index it as a place term and
//    `place:iraq` finds a Baghdad-only story.
// Each entity is reported once, in order of first mention; people as
// schema::Entity {key = schema::canonical_key(name), name}. Weekday and month
// names are never people or places.
//
// Thread safety: find() is const and may run concurrently.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/ner_model.hpp"
#include "dateline/extractor/tagger.hpp"
#include "dateline/extractor/tags.hpp"
#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"

namespace dateline::extractor {

struct EntityFinderOptions {
    /// Resolve "Soleimani" to "Qasem Soleimani" in the same text. Default: true.
    bool resolve_short_names = true;
    /// Fill implied_places with the countries of cities and regions. Default: true.
    bool implied_countries = true;
    /// Use the dateline's place. Default: true.
    bool dateline = true;
};

/// A place mention of the text and the place it was resolved to.
struct PlaceMention {
    std::string text;             ///< as written ("Paris", "Pa.")
    std::size_t begin = 0;        ///< byte offset into the text
    schema::Entity place;         ///< identity key and display name (place_identities.hpp)
    std::uint32_t geonameid = 0;  ///< GeoNames id, 0 if none
    std::string country;          ///< ISO alpha-2 of its country, "" if unknown
};

struct ExtractedEntities {
    std::vector<schema::Entity> people;
    /// Organisations: the tagger's ORG spans, and person or place spans that
    /// the text shows to be organisations (organisation_names.hpp).
    std::vector<schema::Entity> orgs;
    /// Generic institutions no country was written with anywhere in the text
    /// ("the Finance Ministry" alone), by institution ({"finance-ministry",
    /// "Finance Ministry"}), in order of first mention: whose they are is
    /// the article's dateline or dominant country (article_extractor.hpp).
    /// One written with its country ("Japan's Finance Ministry") is in orgs
    /// as that country's (organisation_names.hpp, country_institution()),
    /// and so is every other mention of it in the text.
    std::vector<schema::Entity> unplaced_institutions;
    std::vector<schema::Entity> places;  ///< mentioned places (and the dateline's)
    std::vector<schema::Entity>
        implied_places;  ///< countries of mentioned cities/regions, not in places
    std::optional<schema::Entity> dateline;  ///< the filing place, also in places
    /// Every place mention resolved to a place, in text order (a mention
    /// that names no place is absent).
    std::vector<PlaceMention> place_mentions;
};

/// A tagged span of the text (all four types), before normalisation.
struct Mention {
    EntityType type = EntityType::Misc;
    std::size_t begin = 0;  ///< byte offsets into the text
    std::size_t end = 0;
    std::string text;
};

class EntityFinder {
  public:
    EntityFinder(std::shared_ptr<const NerModel> model, std::shared_ptr<const Gazetteer> gazetteer,
                 EntityFinderOptions options = {});

    /// Loads ner.model and gazetteer.bin from a folder. Throws ModelError.
    static EntityFinder load(const std::filesystem::path& model_dir,
                             EntityFinderOptions options = {});

    /// The entities of `text`. Its dateline is looked for at byte
    /// `body_offset`: where the body starts when a title precedes it. `date`,
    /// the article's, decides which country a city implies (a Bonn of 1987
    /// is in West Germany; PlaceResolver::resolve()).
    [[nodiscard]] ExtractedEntities find(std::string_view text, std::size_t body_offset = 0,
                                         std::optional<schema::Date> date = std::nullopt) const;

    /// The raw tagged spans, in text order (for debugging and evaluation).
    [[nodiscard]] std::vector<Mention> mentions(std::string_view text) const;

    [[nodiscard]] const Tagger& tagger() const noexcept { return tagger_; }

  private:
    Tagger tagger_;
    std::shared_ptr<const Gazetteer> gazetteer_;
    EntityFinderOptions options_;
};

}  // namespace dateline::extractor
