#include "dateline/indexer/file_preparer.hpp"

#include "dateline/schema/fields.hpp"

namespace dateline::indexer {

FilePreparer::FilePreparer(std::string_view language, bool spelling,
                           const ArticleEnricher& enricher, schema::DateOrder date_order)
    : builder_(schema::make_stemmer(language)),
      spelling_(spelling),
      enricher_(enricher),
      date_order_(date_order) {}

PreparedFile FilePreparer::prepare(const InputFile& input, const FileStat& stat,
                                   std::optional<std::string> content) {
    PreparedFile prepared;
    if (!content) {
        std::string error;
        content = read_file(input.path, error);
        if (!content) {
            prepared.read_error = error;
            return prepared;
        }
    }
    prepared.state.size = stat.size;
    prepared.state.mtime_ns = stat.mtime_ns;
    prepared.state.hash = content_hash(*content);
    prepared.state.forced_format = forced_format_name(input);
    read_input_articles(
        input, *content,
        [&](Article article) {
            if (auto refused = enricher_.enrich(article)) {
                prepared.events.emplace_back(std::move(*refused));
                return;
            }
            prepared.events.emplace_back(builder_.prepare(article, spelling_));
        },
        [&](Diagnostic d) { prepared.events.emplace_back(std::move(d)); }, date_order_);
    return prepared;
}

}  // namespace dateline::indexer
