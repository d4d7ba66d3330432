#pragma once
// The CoNLL-2003 entity types and the tag encodings the tagger uses.
//
// Inside the tagger a tag is a small integer in BIO (IOB2) form: 0 = O,
// 1 + 2*type = B-type, 2 + 2*type = I-type, so kTagCount = 9. Files may use
// IOB1 (CoNLL-2003 as distributed) or IOB2; spans_from_labels() reads both with
// conlleval's chunk rules.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::extractor {

enum class EntityType : std::uint8_t { Person = 0, Location = 1, Organisation = 2, Misc = 3 };

inline constexpr std::size_t kEntityTypeCount = 4;
inline constexpr std::size_t kTagCount = 1 + 2 * kEntityTypeCount;
inline constexpr std::array<EntityType, kEntityTypeCount> kEntityTypes = {
    EntityType::Person, EntityType::Location, EntityType::Organisation, EntityType::Misc};

using Tag = std::uint8_t;
inline constexpr Tag kOutside = 0;

[[nodiscard]] constexpr Tag begin_tag(EntityType type) noexcept {
    return static_cast<Tag>(1 + 2 * static_cast<unsigned>(type));
}
[[nodiscard]] constexpr Tag inside_tag(EntityType type) noexcept {
    return static_cast<Tag>(2 + 2 * static_cast<unsigned>(type));
}
[[nodiscard]] constexpr EntityType tag_type(Tag tag) noexcept {
    return static_cast<EntityType>((tag - 1) / 2);
}
[[nodiscard]] constexpr bool is_begin(Tag tag) noexcept { return tag != kOutside && tag % 2 == 1; }

/// "PER", "LOC", "ORG", "MISC".
[[nodiscard]] std::string_view type_code(EntityType type) noexcept;
/// Inverse of type_code(); nullopt for anything else.
[[nodiscard]] std::optional<EntityType> parse_type_code(std::string_view code) noexcept;
/// "O", "B-PER", "I-PER", ...
[[nodiscard]] std::string tag_name(Tag tag);

/// A typed entity over the token range [first, last).
struct EntitySpan {
    std::size_t first = 0;
    std::size_t last = 0;
    EntityType type = EntityType::Misc;

    friend bool operator==(const EntitySpan&, const EntitySpan&) = default;
};

/// Entity spans of IOB1 or IOB2 labels ("O", "I-PER", "B-LOC"), with
/// conlleval's rules: a chunk starts at B-X, or at I-X after O or another
/// type. Labels of unknown types ("I-FOO") count as O. Throws
/// std::invalid_argument for a label that is not O/B-*/I-*.
[[nodiscard]] std::vector<EntitySpan> spans_from_labels(std::span<const std::string> labels);

/// Entity spans of BIO tags (an I-X after O or another type starts a span).
[[nodiscard]] std::vector<EntitySpan> spans_from_tags(std::span<const Tag> tags);

/// BIO tags for n tokens covered by the given spans (the rest O).
[[nodiscard]] std::vector<Tag> tags_from_spans(std::size_t n, std::span<const EntitySpan> spans);

}  // namespace dateline::extractor
