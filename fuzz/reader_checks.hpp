#pragma once
// The contract of reader.hpp, checked on everything a reader emits: every
// string valid UTF-8 without control characters (newline and tab allowed),
// a non-empty id, a title whenever there is a body.

#include <string_view>
#include <vector>

#include "dateline/indexer/article.hpp"
#include "dateline/indexer/diagnostic.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "fuzz_support.hpp"

namespace dateline::fuzz {

/// A string a reader emits: valid UTF-8 without control characters.
inline void check_text(std::string_view field, std::string_view value) {
    if (!is_valid_utf8(value)) fail("invalid UTF-8", field, value);
    if (has_control_character(value)) fail("control character", field, value);
}

inline void check_entities(std::string_view field, const std::vector<schema::Entity>& entities) {
    for (const auto& entity : entities) {
        check_text(field, entity.key);
        check_text(field, entity.name);
    }
}

/// The Article contract of reader.hpp / article.hpp.
inline void check_article(const indexer::Article& article) {
    check_text("id", article.id);
    check_text("title", article.title);
    check_text("body", article.body);
    check_text("url", article.url);
    for (const auto& field : schema::entity_fields()) {
        check_entities(field.name, article.entities(field));
    }
    if (article.id.empty()) fail("empty id", "id", article.id);
    if (article.title.empty() && !article.body.empty()) fail("empty title", "body", article.body);
}

/// A diagnostic is printed to a terminal: its reason must be valid UTF-8 too.
inline void check_diagnostic(const indexer::Diagnostic& diagnostic) {
    if (!is_valid_utf8(diagnostic.reason)) fail("invalid UTF-8", "reason", diagnostic.reason);
}

}  // namespace dateline::fuzz
