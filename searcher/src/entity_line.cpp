#include "entity_line.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "dateline/cli/text_width.hpp"

namespace dateline::searcher::detail {

namespace {

constexpr std::string_view kBetweenLists = "  ";

// "label: a, b, c" with the first `shown` names, then " +N more" for the rest.
std::string segment(const EntityList& list, std::size_t shown) {
    std::string text = fmt::format("{}: ", list.label);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) text += ", ";
        text += list.names[i];
    }
    if (shown < list.names.size()) text += fmt::format(" +{} more", list.names.size() - shown);
    return text;
}

// The longest segment of `list` within `budget` columns (at least one name).
std::string fitted_segment(const EntityList& list, std::size_t budget) {
    std::size_t shown = 1;
    while (shown < list.names.size() && cli::display_width(segment(list, shown + 1)) <= budget) {
        ++shown;
    }
    return segment(list, shown);
}

}  // namespace

std::string entity_line(const std::vector<EntityList>& lists, std::size_t width) {
    std::vector<std::string> whole;
    for (const auto& list : lists) whole.push_back(segment(list, list.names.size()));
    const auto joined = [](const std::vector<std::string>& segments) {
        std::string line;
        for (const auto& text : segments) {
            if (!line.empty()) line += kBetweenLists;
            line += text;
        }
        return line;
    };
    std::string line = joined(whole);
    if (width == 0 || cli::display_width(line) <= width) return line;

    // Share the room out, narrowest list first: a list that needs less than
    // an even share leaves the rest to the others.
    const std::size_t separators = kBetweenLists.size() * (lists.size() - 1);
    std::size_t left = width > separators ? width - separators : 0;
    std::vector<std::size_t> order(lists.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::vector<std::size_t> natural(lists.size());
    for (std::size_t i = 0; i < lists.size(); ++i) natural[i] = cli::display_width(whole[i]);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return natural[a] < natural[b]; });
    std::vector<std::string> fitted(lists.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        const std::size_t share = left / (order.size() - k);
        fitted[i] = natural[i] <= share ? whole[i] : fitted_segment(lists[i], share);
        const std::size_t used = cli::display_width(fitted[i]);
        left = left > used ? left - used : 0;
    }
    return joined(fitted);
}

}  // namespace dateline::searcher::detail
