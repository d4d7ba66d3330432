#include "dateline/indexer/diagnostic.hpp"

namespace dateline::indexer {

std::string Diagnostic::to_string() const {
    std::string text = path;
    if (line > 0) text += ":" + std::to_string(line);
    text += ": ";
    text += reason;
    return text;
}

}  // namespace dateline::indexer
