#pragma once
// Near-duplicate grouping: which articles of an index are copies of one story
// (schema/near_duplicate_group.hpp says what a group is), written as each
// article's group key in slot::kNearDuplicateGroup.
//
// Groups depend on the whole archive (who leads a group depends on every
// earlier article), so they are recomputed from the signature slots of every
// article each time a run finishes, inside the run's commit: after an update
// the groups are exactly those a rebuild would make. When a group's leader is
// removed or changed, the next article of the group leads it (its key
// changes); members no longer similar to a leader leave. Only documents whose
// key changes are rewritten, and of those only the value (Xapian rewrites no
// postings for a document whose terms are unchanged). The recomputation reads
// three value streams and the id terms: about 0.1 s for Reuters-21578.
//
// Candidates are found by the LSH bands of the signatures
// (schema::band_hashes) and confirmed by comparing whole signatures, so a
// pair at the threshold may be missed (1 - (1 - 0.5^4)^16 = 64% of pairs of
// similarity 0.5 are candidates, 99% at 0.7).

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "dateline/schema/near_duplicate_signature.hpp"

namespace dateline::indexer {

/// What grouping knows of an article.
struct GroupingArticle {
    std::string id;
    std::string date;  ///< the date slot's value (PartialDate::sortable()); empty if undated
    std::optional<schema::Signature> signature;  ///< none for a text too short
};

/// For each article (by position), the position of its group's leader: its
/// own for a leader and for an article with no signature. Leaders are taken
/// in order of date (undated last), then id.
[[nodiscard]] std::vector<std::size_t> near_duplicate_leaders(
    const std::vector<GroupingArticle>& articles);

/// What assign_near_duplicate_groups() found and did.
struct GroupingSummary {
    std::size_t articles = 0;
    std::size_t groups = 0;            ///< groups of two articles or more
    std::size_t grouped_articles = 0;  ///< articles in those groups
    std::size_t rewritten = 0;         ///< documents whose group key changed
};

/// Recomputes the groups of every article in `databases` (the shards, or
/// the parts, of one index, seen as one archive) and writes the keys that
/// changed: a member of a group of two or more gets its group's key, any
/// other article none. Does not commit. Throws Xapian::Error.
GroupingSummary assign_near_duplicate_groups(std::span<Xapian::WritableDatabase> databases);

}  // namespace dateline::indexer
