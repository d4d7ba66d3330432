#pragma once
// What the keys of a JSON Lines object and the columns of a CSV header mean.
//
// News archives name the same fields differently: a dump of a news API has
// `headline`, `content` and `published_at`, an RSS export `link`, `pubDate`
// and `description`, a scraped corpus `article` or `maintext`. Both record
// readers map a name to the article field it stands for here, so that they
// agree, and an archive exported by another tool is read without renaming its
// columns. Dateline's own names (`id`, `url`, `date`, `title`, `body`, `text`,
// `people`, `places`, `orgs`) come first in every list.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/schema/fields.hpp"

namespace dateline::indexer {

/// The fields of an article a record gives besides its entities.
enum class ArticleField : std::uint8_t { Id, Url, Date, Title, Body };
/// How many ArticleField values there are (arrays indexed by field).
inline constexpr std::size_t kArticleFieldCount = 5;

/// A name a record may give `field` under, and how much it is preferred:
/// where a record has several names of one field, the lowest preference with
/// a value wins ("content" over "description", "body" over "text").
struct ArticleFieldName {
    ArticleField field = ArticleField::Body;
    unsigned preference = 0;
};

/// A key or column name in the form the look-ups below take: trimmed, in
/// lower case, spaces and dashes as underscores ("Published At" ->
/// "published_at", "pubDate" -> "pubdate").
[[nodiscard]] std::string normal_field_name(std::string_view name);

/// The article field a normal name stands for, or nullopt (a column this
/// program does not read, such as "category").
[[nodiscard]] std::optional<ArticleFieldName> article_field_named(std::string_view normal_name);

/// The entity field a normal name stands for: its schema name ("people"),
/// its query name ("person") or a common other name ("persons",
/// "locations", "organizations"); nullptr for any other name.
[[nodiscard]] const schema::FieldSpec* entity_field_named(std::string_view normal_name);

}  // namespace dateline::indexer
