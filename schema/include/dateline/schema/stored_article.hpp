#pragma once
// What a document keeps for display: the document data, a small JSON object.
//
// Xapian stores one opaque string per document. Dateline writes JSON there
// (keys below) so that the index stays inspectable with `delve -d`. People,
// places and the date live in value slots (fields.hpp), not here, so each
// fact has a single home.

#include <cstddef>
#include <string>
#include <string_view>

namespace dateline::schema {

struct StoredArticle {
    std::string id;
    std::string title;
    std::string body;    ///< full text, for snippets
    std::string source;  ///< source_label() of the record
    std::string url;     ///< empty when unknown

    friend bool operator==(const StoredArticle&, const StoredArticle&) = default;
};

/// Where a record came from, as shown to users and stored: "path" for a file
/// that is one article (line 0), "path:line" for a record in a bigger one.
[[nodiscard]] std::string source_label(std::string_view relative_path, std::size_t line);

/// Serialises to the document data: {"id":…,"title":…,"body":…,"source":…,"url":…}.
[[nodiscard]] std::string encode_stored_article(const StoredArticle& article);
/// Parses document data written by encode_stored_article(). Throws
/// std::runtime_error if the data is not such an object.
[[nodiscard]] StoredArticle decode_stored_article(std::string_view data);

}  // namespace dateline::schema
