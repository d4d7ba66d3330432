#include "dateline/indexer/file_preparer.hpp"

#include "dateline/schema/fields.hpp"

namespace dateline::indexer {

FilePreparer::FilePreparer(std::string_view language, bool spelling,
                           const ArticleEnricher& enricher)
    : builder_(schema::make_stemmer(language)), spelling_(spelling), enricher_(enricher) {}

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
    prepared.state = FileState{stat.size, stat.mtime_ns, content_hash(*content), 0};
    read_input_articles(
        input, *content,
        [&](Article article) {
            if (auto refused = enricher_.enrich(article)) {
                prepared.events.emplace_back(std::move(*refused));
                return;
            }
            prepared.events.emplace_back(builder_.prepare(article, spelling_));
        },
        [&](Diagnostic d) { prepared.events.emplace_back(std::move(d)); });
    return prepared;
}

}  // namespace dateline::indexer
