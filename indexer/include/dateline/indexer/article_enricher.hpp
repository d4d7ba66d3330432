#pragma once
// ArticleEnricher: what happens to an article between its reader and its
// document.
//
// Readers only parse (reader.hpp); this step refuses what cannot be indexed
// and adds what the text says and the metadata does not, in this order:
//   1. the size limit: an article whose title and body pass
//      max_article_bytes is refused with a diagnostic (no news article is
//      that long: it is a log or a dump, and would cost the index a huge
//      document);
//   2. entities found in the text by the EntityExtractor, added to those
//      the metadata names (metadata wins: merge_entities() only adds), after
//      the metadata's own have the identities extraction gives
//      (EntityExtractor::identify(): a `places: Lisbon` header is Lisbon's
//      GeoNames place);
//   3. for an undated article, the day of its dateline ("BAGHDAD, Jan 3
//      (Reuters) - …") in the year its path names (dateline_date.hpp).
// Steps 2 and 3 read the text: both run only with an extractor, so
// `dateline-index --no-extract` indexes exactly what the readers give.
//
// Thread-safe as long as the extractor is (EntityExtractor::extract is
// const): the worker threads share one enricher.

#include <cstddef>
#include <optional>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/entity_extractor.hpp"

namespace dateline::indexer {

/// Title plus body bytes above which an article is refused: 16 MiB.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{16} << 20;

struct EnrichmentOptions {
    /// Entities and dateline dates from the text; none (nullptr) by default.
    const EntityExtractor* extractor = nullptr;
    /// Title plus body bytes above which an article is refused. Default: kMaxArticleBytes.
    std::size_t max_article_bytes = kMaxArticleBytes;
};

class ArticleEnricher {
  public:
    explicit ArticleEnricher(EnrichmentOptions options) : options_(options) {}

    /// Enriches `article` in place. Returns the diagnostic that refuses it
    /// (at its source location), or nullopt when it is to be indexed.
    [[nodiscard]] std::optional<Diagnostic> enrich(Article& article) const;

  private:
    EnrichmentOptions options_;
};

}  // namespace dateline::indexer
