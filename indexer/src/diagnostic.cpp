#include "dateline/indexer/diagnostic.hpp"

#include "dateline/schema/stored_article.hpp"

namespace dateline::indexer {

std::string Diagnostic::to_string() const {
    return schema::source_label(path, line) + ": " + reason;
}

}  // namespace dateline::indexer
