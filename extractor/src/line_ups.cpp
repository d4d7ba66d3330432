#include "line_ups.hpp"

#include <algorithm>
#include <string_view>

#include "utf8.hpp"

namespace dateline::extractor::detail {

namespace {

// Largest item: "De Zeeuw", "Van Persie"; longer runs are no list of names.
constexpr std::size_t kMaxItemWords = 2;

struct Item {
    std::size_t first = 0;
    std::size_t last = 0;
};

// The items of the list that starts at token `first`, if one does: name
// words up to kMaxItemWords, then a comma, and so on. Empty if the first
// item is none.
std::vector<Item> list_at(std::span<const Token> tokens, std::size_t first) {
    std::vector<Item> items;
    std::size_t i = first;
    while (i < tokens.size() && is_capitalised_word(tokens[i].text)) {
        std::size_t end = i + 1;
        while (end < tokens.size() && end - i < kMaxItemWords &&
               is_capitalised_word(tokens[end].text))
            ++end;
        // Three name words in a row: a name of its own ("Manchester United
        // Football"), not an item.
        if (end < tokens.size() && is_capitalised_word(tokens[end].text)) break;
        items.push_back({i, end});
        if (end >= tokens.size() || tokens[end].text != ",") break;
        i = end + 1;
    }
    return items;
}

}  // namespace

std::vector<EntitySpan> retype_line_ups(std::span<const Token> tokens,
                                        std::vector<EntitySpan> spans) {
    std::vector<EntitySpan> out;
    std::size_t next_span = 0;  // the first span not yet copied to out
    std::size_t i = 0;
    while (i < tokens.size()) {
        // A line-up follows its label ("Chelsea:", "Subs:").
        const bool after_label = i > 0 && tokens[i - 1].text == ":";
        const std::vector<Item> items = after_label ? list_at(tokens, i) : std::vector<Item>{};
        if (items.size() < kMinLineUpItems) {
            ++i;
            continue;
        }
        const std::size_t list_first = items.front().first;
        const std::size_t list_last = items.back().last;
        i = list_last;
        // A list in prose ends in "and" ("Its brands: Frigidaire, Tappan,
        // Kelvinator and Gibson"); a line-up is commas only.
        if (list_last < tokens.size() && tokens[list_last].text == "and") continue;
        // The tagger's types of the items: the spans that touch the list.
        std::size_t people = 0;
        std::size_t places = 0;
        std::size_t orgs = 0;
        std::size_t after_list = next_span;  // the first span after the list
        while (after_list < spans.size() && spans[after_list].first < list_last) {
            const EntitySpan& span = spans[after_list++];
            if (span.last <= list_first) continue;
            people += span.type == EntityType::Person ? 1 : 0;
            places += span.type == EntityType::Location ? 1 : 0;
            orgs += span.type == EntityType::Organisation ? 1 : 0;
        }
        if (people < 2 || people < places || people < orgs) continue;
        // A span reaching into the list from before it keeps its own part.
        for (; next_span < after_list && spans[next_span].first < list_first; ++next_span) {
            EntitySpan span = spans[next_span];
            span.last = std::min(span.last, list_first);
            out.push_back(span);
        }
        for (const Item& item : items) out.push_back({item.first, item.last, EntityType::Person});
        // A span reaching out of the list keeps its part after it.
        for (; next_span < after_list; ++next_span) {
            EntitySpan span = spans[next_span];
            if (span.last > list_last && is_capitalised_word(tokens[list_last].text)) {
                span.first = list_last;
                out.push_back(span);
            }
        }
    }
    for (; next_span < spans.size(); ++next_span) out.push_back(spans[next_span]);
    return out;
}

void retype_line_ups(std::span<const std::vector<std::string_view>> sentences,
                     std::vector<std::vector<Tag>>& tags) {
    std::vector<Token> tokens;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        // Offsets as if the words were joined by spaces: only the words count.
        tokens.clear();
        std::size_t offset = 0;
        for (const std::string_view word : sentences[s]) {
            tokens.push_back({word, offset, offset + word.size()});
            offset += word.size() + 1;
        }
        const auto spans = retype_line_ups(tokens, spans_from_tags(tags[s]));
        tags[s] = tags_from_spans(tags[s].size(), spans);
    }
}

}  // namespace dateline::extractor::detail
