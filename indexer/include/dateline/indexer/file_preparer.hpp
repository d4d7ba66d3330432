#pragma once
// FilePreparer: everything indexing does to one input file that does not
// touch the index, so that it can run on a worker thread ahead of the writer:
//
//   read the bytes -> detect the format -> read articles (reader.hpp)
//     -> enrich each (article_enricher.hpp) -> build its document
//        (document_builder.hpp)
//
// The result keeps the file's articles and problems in file order, for the
// writer's thread to store and report as a sequential run would.
//
// A FilePreparer owns a DocumentBuilder (a TermGenerator and a stemmer,
// worth reusing): one per worker, used by one thread at a time. The
// enricher is shared and must outlive it.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dateline/indexer/article_enricher.hpp"
#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/document_builder.hpp"
#include "dateline/indexer/file_state.hpp"
#include "dateline/indexer/input_discovery.hpp"
#include "dateline/indexer/prepared_article.hpp"

namespace dateline::indexer {

/// A file's articles and problems, in file order, ready to be written.
struct PreparedFile {
    std::optional<std::string> read_error;  ///< the file could not be read at all
    std::vector<std::variant<PreparedArticle, Diagnostic>> events;
    FileState state;  ///< of the bytes read; `articles` is counted as they are written
};

class FilePreparer {
  public:
    /// `language` is a Snowball language (schema::make_stemmer); `spelling`
    /// collects each article's spelling dictionary words; `date_order` is how
    /// readers take "1/3/2021".
    FilePreparer(std::string_view language, bool spelling, const ArticleEnricher& enricher,
                 schema::DateOrder date_order = schema::DateOrder::MonthFirst);

    /// Prepares `input`, whose size and time are `stat`; `content` is its
    /// bytes when the caller has read them already (to hash them).
    [[nodiscard]] PreparedFile prepare(const InputFile& input, const FileStat& stat,
                                       std::optional<std::string> content);

  private:
    DocumentBuilder builder_;
    bool spelling_;
    const ArticleEnricher& enricher_;
    schema::DateOrder date_order_;
};

}  // namespace dateline::indexer
