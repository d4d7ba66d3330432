#pragma once
// Near-duplicate groups: which articles count as copies of one story, and the
// key a group's articles share in slot::kNearDuplicateGroup, the slot searches
// collapse on (Xapian::Enquire::set_collapse_key).
//
// A group is led by its first article (the earliest by date, then by id); an
// article belongs to the group of the first leader before it whose signature
// agrees with its own in at least kNearDuplicateThreshold of the positions
// (an estimated Jaccard similarity of the two texts' 3-word shingles). Every
// member is thus compared with the leader itself, never only with another
// member: a chain of small changes does not draw unrelated stories together.
//
// The key is the leader's id and a hash of the leader's signature. The id
// makes it unique within an index; the hash keeps groups of two indexes
// searched together apart when their leaders merely share an id (the same
// relative path in two archives), while the same article indexed in both
// (same id, same text) leads one group across them.

#include <string>
#include <string_view>

#include "dateline/schema/near_duplicate_signature.hpp"

namespace dateline::schema {

/// Least estimated similarity (share of equal MinHash values, 0 to 1) of an
/// article and its group's leader. At 0.5 half the word runs of the union of
/// the two texts are shared: an update that adds a paragraph to a short
/// item, a correction, a regional copy with another dateline; two different
/// stories in the same template ("X Corp 1st qtr net") share fewer.
inline constexpr double kNearDuplicateThreshold = 0.5;

/// The group key of a group led by the article `leader_id` with `signature`.
[[nodiscard]] std::string near_duplicate_group_key(std::string_view leader_id,
                                                   const Signature& signature);

/// The leader's id in a group key; empty for a value that is not one.
[[nodiscard]] std::string_view near_duplicate_group_leader(std::string_view key);

}  // namespace dateline::schema
