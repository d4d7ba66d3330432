#pragma once
// ArticleView: one whole article, as `dateline-search --show ID` prints it
// (text_printer.hpp, json_printer.hpp, record_printer.hpp).

#include <optional>
#include <string>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity_lists.hpp"
#include "dateline/searcher/snippet.hpp"

namespace dateline::searcher {

/// The entity lists (people, places, orgs) are in article order.
struct ArticleView : schema::EntityLists {
    std::string id;
    std::optional<schema::PartialDate> date;  ///< a day, or a month or year only
    std::string title;
    std::string source;  ///< "path" or "path:line" of the record, as stored
    std::string url;     ///< empty when unknown
    std::string body;    ///< the whole body, as stored
    /// With a query: the title and the whole body with the query's matches
    /// marked (mark_matches in snippet.hpp); empty parts without one.
    Snippet marked_title;
    Snippet marked_body;
};

}  // namespace dateline::searcher
