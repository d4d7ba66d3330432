#include "dateline/extractor/tags.hpp"

#include <stdexcept>

namespace dateline::extractor {

std::string_view type_code(EntityType type) noexcept {
    switch (type) {
        case EntityType::Person:
            return "PER";
        case EntityType::Location:
            return "LOC";
        case EntityType::Organisation:
            return "ORG";
        case EntityType::Misc:
            return "MISC";
    }
    return "MISC";
}

std::optional<EntityType> parse_type_code(std::string_view code) noexcept {
    for (const EntityType type : kEntityTypes) {
        if (type_code(type) == code) return type;
    }
    return std::nullopt;
}

std::string tag_name(Tag tag) {
    if (tag == kOutside) return "O";
    return std::string(is_begin(tag) ? "B-" : "I-") + std::string(type_code(tag_type(tag)));
}

namespace {

// Walks (is_begin, type-or-none) pairs with conlleval's chunk rules.
template <class Get>
std::vector<EntitySpan> collect_spans(std::size_t n, Get get) {
    std::vector<EntitySpan> spans;
    int open = -1;  // type of the open span, -1 for none
    for (std::size_t i = 0; i < n; ++i) {
        const auto [begin, type] = get(i);
        if (!type) {
            open = -1;
            continue;
        }
        const int t = static_cast<int>(*type);
        if (begin || open != t) {
            spans.push_back({i, i + 1, *type});
            open = t;
        } else {
            spans.back().last = i + 1;
        }
    }
    return spans;
}

}  // namespace

std::vector<EntitySpan> spans_from_labels(std::span<const std::string> labels) {
    return collect_spans(
        labels.size(), [&](std::size_t i) -> std::pair<bool, std::optional<EntityType>> {
            const std::string& label = labels[i];
            if (label == "O") return {false, std::nullopt};
            if (label.size() < 3 || (label[0] != 'B' && label[0] != 'I') || label[1] != '-') {
                throw std::invalid_argument("bad entity label '" + label + "'");
            }
            return {label[0] == 'B', parse_type_code(std::string_view(label).substr(2))};
        });
}

std::vector<EntitySpan> spans_from_tags(std::span<const Tag> tags) {
    return collect_spans(tags.size(),
                         [&](std::size_t i) -> std::pair<bool, std::optional<EntityType>> {
                             const Tag tag = tags[i];
                             if (tag == kOutside || tag >= kTagCount) return {false, std::nullopt};
                             return {is_begin(tag), tag_type(tag)};
                         });
}

std::vector<Tag> tags_from_spans(std::size_t n, std::span<const EntitySpan> spans) {
    std::vector<Tag> tags(n, kOutside);
    for (const EntitySpan& span : spans) {
        for (std::size_t i = span.first; i < span.last && i < n; ++i) {
            tags[i] = i == span.first ? begin_tag(span.type) : inside_tag(span.type);
        }
    }
    return tags;
}

}  // namespace dateline::extractor
