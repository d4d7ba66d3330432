#include "dateline/schema/stored_article.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace dateline::schema {

std::string source_label(std::string_view relative_path, std::size_t line) {
    std::string label(relative_path);
    if (line > 0) {
        label += ':';
        label += std::to_string(line);
    }
    return label;
}

std::string encode_stored_article(const StoredArticle& article) {
    nlohmann::json data{{"id", article.id},
                        {"title", article.title},
                        {"body", article.body},
                        {"source", article.source}};
    if (!article.url.empty()) data["url"] = article.url;
    // Readers clean text to valid UTF-8; `replace` keeps a stray byte from
    // turning into an exception halfway through an index run.
    return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StoredArticle decode_stored_article(std::string_view data) {
    const auto json = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object()) throw std::runtime_error("document data is not a Dateline record");
    StoredArticle article;
    article.id = json.value("id", "");
    article.title = json.value("title", "");
    article.body = json.value("body", "");
    article.source = json.value("source", "");
    article.url = json.value("url", "");
    return article;
}

}  // namespace dateline::schema
