#pragma once
// Article: what a reader makes of one news story, before it touches Xapian.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/entity_lists.hpp"

namespace dateline::indexer {

/// Where a record came from: the file as given on the command line (for
/// messages), the path relative to the indexed folder (for ids and the
/// source field) and the 1-based line the record starts on (0 for a file
/// that holds one article: the whole file is the source).
struct SourceLocation {
    std::string path;
    std::string relative_path;
    std::size_t line = 1;
};

/// The entity lists (people, places, orgs; schema::EntityLists) hold no
/// duplicate keys each.
struct Article : schema::EntityLists {
    std::string id;                           ///< unique and stable across rebuilds
    std::optional<schema::PartialDate> date;  ///< a day, or just a month or year; absent if none
    std::string title;                        ///< never empty once a reader is done, if body is not
    std::string body;                         ///< valid UTF-8, control characters removed
    std::string url;
    SourceLocation source;
};

}  // namespace dateline::indexer
