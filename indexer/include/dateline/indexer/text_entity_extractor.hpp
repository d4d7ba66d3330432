#pragma once
// TextEntityExtractor: the indexer's EntityExtractor backed by the trained
// tagger and gazetteer of extractor/ (docs/extraction.md).
//
// What it adds to an article, on top of its metadata:
//  * people named in the title and body, unless one of the article's own
//    people is the same person (`volcker` is Paul Volcker: a known key or
//    name key is among the found person's terms);
//  * places named in the text, and the filing place of a dateline, by their
//    canonical gazetteer names ("U.S." -> United States);
//  * the country of every city or region found ("Baghdad" adds Iraq), as a
//    place like any other, so `place:iraq` and the place facet include it;
// skipping any place that the gazetteer says is one the article already has
// (metadata "usa" and found "United States" are one place).
// Known slips of the tagger on wire copy are filtered out: sign-offs and
// organisations as people ("Reuter", "Motors Corp"), countries as people,
// short unknown abbreviations from tables as places ("Shr"), and all-caps
// headlines are not read at all.

#include <filesystem>
#include <memory>

#include "dateline/extractor/entity_finder.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/indexer/entity_extractor.hpp"

namespace dateline::indexer {

class TextEntityExtractor final : public EntityExtractor {
  public:
    /// Loads ner.model and gazetteer.bin from `model_dir`. Throws
    /// extractor::ModelError when they are missing or unreadable.
    explicit TextEntityExtractor(const std::filesystem::path& model_dir);

    [[nodiscard]] ExtractedEntities extract(const Article& article) const override;

  private:
    /// The gazetteer's key for a place name, or the name's own key.
    [[nodiscard]] std::string place_identity(const schema::Entity& place) const;

    std::shared_ptr<const extractor::Gazetteer> gazetteer_;
    extractor::EntityFinder finder_;
};

}  // namespace dateline::indexer
