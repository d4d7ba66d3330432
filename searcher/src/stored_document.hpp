#pragma once
// Reading what a document of the index keeps for display: its stored data
// (schema::StoredArticle), date and entity lists. Shared by the hits of a
// search, --show and --kwic. Private to the searcher library.

#include <xapian.h>

#include <optional>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity_aliases.hpp"
#include "dateline/schema/entity_lists.hpp"
#include "dateline/schema/stored_article.hpp"

namespace dateline::searcher::detail {

/// The stored data of `doc` (document `docid`). Throws IndexError naming the
/// document when the data cannot be read (a damaged index).
[[nodiscard]] schema::StoredArticle read_stored(const Xapian::Document& doc, Xapian::docid docid);

/// The date of `doc`; nullopt when it has none.
[[nodiscard]] std::optional<schema::PartialDate> read_date(const Xapian::Document& doc);

/// Fills every entity list of `lists` from the slots of `doc`, each entity
/// as the index's alias tables show it (hidden ones left out).
void read_entities(const Xapian::Document& doc, const schema::AliasTables& aliases,
                   schema::EntityLists& lists);

/// The document of the article with this id, if the index has it.
[[nodiscard]] std::optional<Xapian::docid> find_article(const Xapian::Database& database,
                                                        std::string_view id);

}  // namespace dateline::searcher::detail
