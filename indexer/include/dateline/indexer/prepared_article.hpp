#pragma once
// PreparedArticle: an article turned into its Xapian document, ready for the
// writer. Building documents is most of the CPU work of indexing, so it runs
// on the worker threads; the writer only stores what it is given.

#include <xapian.h>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dateline/indexer/article.hpp"

namespace dateline::indexer {

/// Words for the "did you mean" dictionary, with how often the article uses them.
using SpellingWords = std::vector<std::pair<std::string, Xapian::termcount>>;
/// Words counted over many articles for the spelling dictionary.
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;

struct PreparedArticle {
    std::string id;         ///< the article's id (its unique term is "Q" + id)
    SourceLocation source;  ///< where it was read, for messages
    Xapian::Document document;
    SpellingWords spelling;      ///< empty when the dictionary is not built
    std::size_t text_bytes = 0;  ///< title and body size: what the writer buffers grows with it
};

}  // namespace dateline::indexer
