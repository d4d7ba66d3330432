#pragma once
// AttributeSource: the dates and entities of articles, as counting needs them.
//
// Timelines and significant people or places count over two sets: the
// articles a query matches (the foreground) and the whole archive (the
// background). For the foreground they need each matching article's date or
// entities; for the background only totals: articles per day, articles naming
// an entity, articles in all. This interface is exactly that, so the counting
// code (timeline.hpp, significance.hpp) does not care where the answers come
// from: IndexAttributeSource reads them from the Xapian index itself (value
// slots and term frequencies); a columnar store of per-article attributes can
// implement the same calls.
//
// Implementations throw Xapian::Error on index trouble, and
// Xapian::DatabaseModifiedError when the index changes under them (the
// Searcher then opens it again and retries).

#include <xapian.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"

namespace dateline::searcher {

class AttributeSource {
  public:
    AttributeSource() = default;
    AttributeSource(const AttributeSource&) = delete;
    AttributeSource& operator=(const AttributeSource&) = delete;
    virtual ~AttributeSource() = default;

    using DateVisitor = std::function<void(const std::optional<schema::Date>&)>;
    using EntityVisitor = std::function<void(const std::vector<schema::Entity>&)>;

    /// Calls `visit` once per article `query` matches, with its date (nullopt
    /// when it has none), in no particular order. Returns the number of
    /// matching articles.
    virtual Xapian::doccount visit_match_dates(const Xapian::Query& query,
                                               const DateVisitor& visit) = 0;

    /// Calls `visit` once per article `query` matches, with its entities of
    /// the entity field `field` (schema::FieldRole::Entity; empty when it
    /// names none), in no particular order. Returns the number of matching
    /// articles.
    virtual Xapian::doccount visit_match_entities(const Xapian::Query& query,
                                                  const schema::FieldSpec& field,
                                                  const EntityVisitor& visit) = 0;

    /// Every day of the archive with its number of dated articles, in
    /// chronological order (days without articles left out).
    [[nodiscard]] virtual std::vector<std::pair<schema::Date, Xapian::doccount>>
    articles_per_day() = 0;

    /// The number of articles in the archive naming the entity `key` in the
    /// entity field `field`.
    [[nodiscard]] virtual Xapian::doccount articles_naming(const schema::FieldSpec& field,
                                                           const std::string& key) = 0;

    /// The number of articles in the archive.
    [[nodiscard]] virtual Xapian::doccount article_count() = 0;
};

}  // namespace dateline::searcher
