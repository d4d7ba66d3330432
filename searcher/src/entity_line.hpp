#pragma once
// The one line of a hit that names its people, places and orgs
// ("people: Maria Keller, Tomás Ortega  places: Madrid"), cut to the
// terminal's width: each list keeps the names that fit and says how many
// it leaves out ("+3 more"), so a hit with many names still takes one line.
// Private to the searcher library (text_printer.cpp).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::searcher::detail {

struct EntityList {
    std::string_view label;               ///< "people"
    std::vector<std::string_view> names;  ///< not empty
};

/// The lists as "label: name, name" joined by two spaces, in at most `width`
/// columns (display columns, cli/text_width.hpp); 0 means no limit. When
/// they do not all fit, the room is shared out so that a short list is
/// shown whole before a long one is cut; a cut list ends with " +N more".
/// Each list shows at least its first name, so a very narrow width may be
/// exceeded.
[[nodiscard]] std::string entity_line(const std::vector<EntityList>& lists, std::size_t width);

}  // namespace dateline::searcher::detail
