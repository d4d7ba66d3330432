#pragma once
// TextEntityExtractor: the indexer's EntityExtractor, backed by the one
// extraction policy of extractor/ (extractor::ArticleExtractor,
// docs/extraction.md). It adds what ArticleExtractor finds: people, then
// places (mentioned, the dateline's, and the countries they imply), so that
// `dateline-ner FILE` shows exactly what indexing FILE adds.

#include <filesystem>

#include "dateline/extractor/article_extractor.hpp"
#include "dateline/indexer/entity_extractor.hpp"

namespace dateline::indexer {

class TextEntityExtractor final : public EntityExtractor {
  public:
    /// Loads ner.model and gazetteer.bin from `model_dir`. Throws
    /// extractor::ModelError when they are missing or unreadable.
    explicit TextEntityExtractor(const std::filesystem::path& model_dir);

    [[nodiscard]] ExtractedEntities extract(const Article& article) const override;
    /// Metadata places by ArticleExtractor::place_identity().
    void identify(Article& article) const override;

  private:
    extractor::ArticleExtractor extractor_;
};

}  // namespace dateline::indexer
