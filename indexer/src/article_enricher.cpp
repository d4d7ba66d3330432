#include "dateline/indexer/article_enricher.hpp"

#include <fmt/format.h>

#include "dateline/indexer/dateline_date.hpp"

namespace dateline::indexer {

std::optional<Diagnostic> ArticleEnricher::enrich(Article& article) const {
    const std::size_t bytes = article.title.size() + article.body.size();
    if (bytes > options_.max_article_bytes) {
        return Diagnostic{article.source.path, article.source.line,
                          fmt::format("article too large ({} MB; the limit is {} MB)", bytes >> 20,
                                      options_.max_article_bytes >> 20)};
    }
    if (options_.extractor == nullptr) return std::nullopt;
    options_.extractor->identify(article);
    merge_entities(article, options_.extractor->extract(article));
    if (!article.date) {
        // Undated wire copy: the dateline gives month and day, the path the year.
        if (const auto year = year_from_path(article.source.relative_path)) {
            article.date = date_from_dateline(article.body, *year);
        }
    }
    return std::nullopt;
}

}  // namespace dateline::indexer
