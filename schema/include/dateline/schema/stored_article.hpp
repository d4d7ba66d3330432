#pragma once
// What a document keeps for display: the document data, a small JSON object.
//
// Xapian stores one opaque string per document. Dateline writes JSON there
// (keys below) so that the index stays inspectable with `delve -d`. People,
// places and the date live in value slots (fields.hpp), not here, so each
// fact has a single home.

#include <string>
#include <string_view>

namespace dateline::schema {

struct StoredArticle {
    std::string id;
    std::string title;
    std::string body;    ///< full text, for snippets
    std::string source;  ///< "path" or "path:line" of the record in its file
    std::string url;     ///< empty when unknown

    friend bool operator==(const StoredArticle&, const StoredArticle&) = default;
};

/// Serialises to the document data: {"id":…,"title":…,"body":…,"source":…,"url":…}.
[[nodiscard]] std::string encode_stored_article(const StoredArticle& article);
/// Parses document data written by encode_stored_article(). Throws
/// std::runtime_error if the data is not such an object.
[[nodiscard]] StoredArticle decode_stored_article(std::string_view data);

}  // namespace dateline::schema
